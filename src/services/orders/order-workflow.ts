// The order state machine: one table of (from, to, roles, timestamp column). Resolvers, services, tests and docs
// read it; none restates it.
import { OrderStatus, Role } from '../../entities/enums';

export type StampColumn = 'waktuDiproses' | 'waktuSiap' | 'waktuDiantar' | 'waktuSelesai';

export interface Transition {
  from: OrderStatus;
  to: OrderStatus;
  roles: readonly Role[];
  stamp: StampColumn;
}

export const TRANSITIONS: readonly Transition[] = [
  { from: OrderStatus.MENUNGGU, to: OrderStatus.IN_PROGRESS, roles: [Role.DAPUR], stamp: 'waktuDiproses' },
  { from: OrderStatus.IN_PROGRESS, to: OrderStatus.READY, roles: [Role.DAPUR], stamp: 'waktuSiap' },
  { from: OrderStatus.READY, to: OrderStatus.ON_DELIVERY, roles: [Role.DELIVERY], stamp: 'waktuDiantar' },
  { from: OrderStatus.ON_DELIVERY, to: OrderStatus.COMPLETE, roles: [Role.DELIVERY], stamp: 'waktuSelesai' },
];

/** Statuses from which the kitchen may ask for a rejection or an edit. */
export const REQUESTABLE_STATUSES: readonly OrderStatus[] = [OrderStatus.MENUNGGU, OrderStatus.IN_PROGRESS];

/** Statuses an administrator may not set by override (it is reached only through an approval request). */
export const OVERRIDE_FORBIDDEN_TARGETS: readonly OrderStatus[] = [OrderStatus.MENUNGGU_PERSETUJUAN];

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
  const transition = TRANSITIONS.find((candidate) => candidate.from === from && candidate.to === to);
  if (transition && transition.roles.includes(role)) return { allowed: true, transition };
  const roleMovesToTarget = TRANSITIONS.some(
    (candidate) => candidate.to === to && candidate.roles.includes(role),
  );
  if (transition || !roleMovesToTarget) {
    return { allowed: false, reason: 'FORBIDDEN', message: `Your role may not set an order to ${to}` };
  }
  return { allowed: false, reason: 'CONFLICT', message: `An order in ${from} cannot move to ${to}` };
}
