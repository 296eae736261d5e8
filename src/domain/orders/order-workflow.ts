// The order state machine: one table of (from, to, roles, timestamp column). Resolvers, services, tests and docs
// read it; none restates it.
import { OrderStatus, Role } from '../../entities/enums';

export type StampColumn = 'waktuDiproses' | 'waktuSiap' | 'waktuDiantar' | 'waktuSelesai' | 'waktuDibatalkan';

/** The mutation that makes a move: the kitchen's and delivery's workflow, or a cancellation. */
export type TransitionVia = 'updateOrderStatus' | 'cancelOrder';

export interface Transition {
  from: OrderStatus;
  to: OrderStatus;
  roles: readonly Role[];
  stamp: StampColumn;
  via: TransitionVia;
  /** Only the order's owner may make it, and only while ordering for its shift and date is open. */
  ownerWhileOrderingOpen?: boolean;
}

const { MENUNGGU, IN_PROGRESS, READY, ON_DELIVERY, COMPLETE, DIBATALKAN, MENUNGGU_PERSETUJUAN } = OrderStatus;

export const TRANSITIONS: readonly Transition[] = [
  { from: MENUNGGU, to: IN_PROGRESS, roles: [Role.DAPUR], stamp: 'waktuDiproses', via: 'updateOrderStatus' },
  { from: IN_PROGRESS, to: READY, roles: [Role.DAPUR], stamp: 'waktuSiap', via: 'updateOrderStatus' },
  { from: READY, to: ON_DELIVERY, roles: [Role.DELIVERY], stamp: 'waktuDiantar', via: 'updateOrderStatus' },
  {
    from: ON_DELIVERY,
    to: COMPLETE,
    roles: [Role.DELIVERY],
    stamp: 'waktuSelesai',
    via: 'updateOrderStatus',
  },
  // An employee's plans change before the kitchen has started; an administrator settles any other case.
  {
    from: MENUNGGU,
    to: DIBATALKAN,
    roles: [Role.EMPLOYEE],
    stamp: 'waktuDibatalkan',
    via: 'cancelOrder',
    ownerWhileOrderingOpen: true,
  },
  {
    from: MENUNGGU,
    to: DIBATALKAN,
    roles: [Role.ADMINISTRATOR],
    stamp: 'waktuDibatalkan',
    via: 'cancelOrder',
  },
  {
    from: IN_PROGRESS,
    to: DIBATALKAN,
    roles: [Role.ADMINISTRATOR],
    stamp: 'waktuDibatalkan',
    via: 'cancelOrder',
  },
  { from: READY, to: DIBATALKAN, roles: [Role.ADMINISTRATOR], stamp: 'waktuDibatalkan', via: 'cancelOrder' },
  {
    from: ON_DELIVERY,
    to: DIBATALKAN,
    roles: [Role.ADMINISTRATOR],
    stamp: 'waktuDibatalkan',
    via: 'cancelOrder',
  },
  // The pending request is closed as rejected by the same cancellation (orders.service cancelOrder).
  {
    from: MENUNGGU_PERSETUJUAN,
    to: DIBATALKAN,
    roles: [Role.ADMINISTRATOR],
    stamp: 'waktuDibatalkan',
    via: 'cancelOrder',
  },
];

/** Statuses from which the kitchen may ask for a rejection or an edit. */
export const REQUESTABLE_STATUSES: readonly OrderStatus[] = [OrderStatus.MENUNGGU, OrderStatus.IN_PROGRESS];

/** Statuses an administrator may not set by override, with the operation that reaches each one instead. */
export const OVERRIDE_FORBIDDEN_TARGETS: Partial<Record<OrderStatus, string>> = {
  [OrderStatus.MENUNGGU_PERSETUJUAN]: 'an approval request',
  [OrderStatus.DIBATALKAN]: 'cancelOrder',
};

/** The timestamp column a status stamps when an order enters it, whoever moves it there. */
export function stampFor(status: OrderStatus): StampColumn | null {
  return TRANSITIONS.find((transition) => transition.to === status)?.stamp ?? null;
}

export type TransitionCheck =
  | { allowed: true; transition: Transition }
  | { allowed: false; reason: 'FORBIDDEN' | 'CONFLICT'; message: string };

/**
 * May `role` move an order from `from` to `to` through the workflow (not an override)? A role that never makes
 * this kind of change is FORBIDDEN; a role that does, but not from this status, is a CONFLICT.
 */
export function checkTransition(role: Role, from: OrderStatus, to: OrderStatus): TransitionCheck {
  const moves = TRANSITIONS.filter((candidate) => candidate.via === 'updateOrderStatus');
  const transition = moves.find((candidate) => candidate.from === from && candidate.to === to);
  if (transition && transition.roles.includes(role)) return { allowed: true, transition };
  const roleMovesToTarget = moves.some((candidate) => candidate.to === to && candidate.roles.includes(role));
  if (transition || !roleMovesToTarget) {
    return { allowed: false, reason: 'FORBIDDEN', message: `Your role may not set an order to ${to}` };
  }
  return { allowed: false, reason: 'CONFLICT', message: `An order in ${from} cannot move to ${to}` };
}

/**
 * May `role` cancel an order in `from`? A role that never cancels is FORBIDDEN; one that does, but not from this
 * status (accepted already, final), is a CONFLICT. The caller still checks `ownerWhileOrderingOpen`.
 */
export function checkCancellation(role: Role, from: OrderStatus): TransitionCheck {
  const cancellations = TRANSITIONS.filter((candidate) => candidate.via === 'cancelOrder');
  const transition = cancellations.find(
    (candidate) => candidate.from === from && candidate.roles.includes(role),
  );
  if (transition) return { allowed: true, transition };
  if (!cancellations.some((candidate) => candidate.roles.includes(role))) {
    return { allowed: false, reason: 'FORBIDDEN', message: 'Your role may not cancel orders' };
  }
  return { allowed: false, reason: 'CONFLICT', message: `An order in ${from} can no longer be cancelled` };
}
