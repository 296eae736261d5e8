// The decisions of the order mutations, pure: given the locked order, who acts, what they ask and the time, each
// says what changes, which audit rows record it and which events report it, or refuses with the API's error.
// change-order.ts applies a decision in the mutation's transaction; test/unit/order-decisions.test.ts tests them.
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../common/errors';
import { describeInstant, orderingClosed, orderingClosesAt } from '../../domain/orders/ordering-cutoff';
import {
  checkCancellation,
  checkTransition,
  REQUESTABLE_STATUSES,
  stampFor,
} from '../../domain/orders/order-workflow';
import { Order, Shift } from '../../entities';
import {
  ApprovalDecision,
  ApprovalRequestType,
  ApprovalStatus,
  OrderStatus,
  Role,
} from '../../entities/enums';
import { OrderEvent, Topic } from '../../events/events';
import { AuditEntry } from '../audit.service';
import {
  approvalDecidedAudit,
  approvalRequestedAudit,
  cancelledAudit,
  overrideAudit,
  statusChangedAudit,
} from './order-audit';

export const MIN_QUANTITY = 1;
export const MAX_QUANTITY = 1000;
export const MIN_NOTE_LENGTH = 10;
/** Notes are bounded so that an event carrying them stays under PostgreSQL's NOTIFY payload limit. */
export const MAX_NOTE_LENGTH = 500;

/** Who acts on an order. */
export interface OrderActor {
  karyawanId: number;
  role: Role;
}

/** An event to raise, without what the step adds: the order after the change, the actor and the instant. */
export type EventDraft = OrderEvent extends infer E
  ? E extends OrderEvent
    ? Omit<E, 'order' | 'actorId' | 'at'>
    : never
  : never;

export interface OrderDecision {
  /** The columns to write; applied only if the order still has the status and version it was read with. */
  changes: Partial<Order>;
  audit: AuditEntry[];
  events: EventDraft[];
}

export function checkQuantity(field: string, value: number): void {
  if (!Number.isInteger(value) || value < MIN_QUANTITY || value > MAX_QUANTITY) {
    throw new BadUserInputError(
      field,
      `${field} must be an integer between ${MIN_QUANTITY} and ${MAX_QUANTITY}`,
    );
  }
}

/** The trimmed note, or null when it may be omitted and is; BAD_USER_INPUT when too short or too long. */
export function checkNote(field: string, value: string | null | undefined, required: boolean): string | null {
  const note = value?.trim() ?? '';
  if (!required && note === '') return null;
  if (note.length < MIN_NOTE_LENGTH)
    throw new BadUserInputError(field, `${field} must be at least ${MIN_NOTE_LENGTH} characters`);
  if (note.length > MAX_NOTE_LENGTH)
    throw new BadUserInputError(field, `${field} must be at most ${MAX_NOTE_LENGTH} characters`);
  return note;
}

/** The order as a decision leaves it (for the texts of its audit rows). */
function after(order: Order, changes: Partial<Order>): Order {
  return Object.assign(Object.create(Object.getPrototypeOf(order) as object) as Order, order, changes);
}

function statusChanged(from: OrderStatus, to: OrderStatus): EventDraft {
  return { topic: Topic.ORDER_STATUS_CHANGED, oldStatus: from, newStatus: to };
}

function refuse(check: { reason: 'FORBIDDEN' | 'CONFLICT'; message: string }): never {
  throw check.reason === 'FORBIDDEN' ? new ForbiddenError(check.message) : new ConflictError(check.message);
}

/**
 * updateOrderStatus: the kitchen's and delivery's moves by the workflow table; an administrator's override to any
 * status but those reached through another operation (`note` required, checked by the caller).
 */
export function decideStatusUpdate(
  actor: OrderActor,
  order: Order,
  status: OrderStatus,
  note: string | null,
  now: Date,
): OrderDecision {
  const from = order.statusPesanan;
  const override = actor.role === Role.ADMINISTRATOR;
  const changes: Partial<Order> = { statusPesanan: status };
  if (override) {
    if (from === status) throw new ConflictError(`Order ${order.kodePesanan} is already ${status}`);
    if (from === OrderStatus.MENUNGGU_PERSETUJUAN) {
      throw new ConflictError(`Order ${order.kodePesanan} awaits an approval decision; use decideApproval`);
    }
    changes.catatanAdmin = note;
    // Reopening a cancelled order: the cancellation no longer describes it (the audit trail keeps it).
    if (from === OrderStatus.DIBATALKAN)
      Object.assign(changes, { waktuDibatalkan: null, alasanPembatalan: null });
  } else {
    const check = checkTransition(actor.role, from, status);
    if (!check.allowed) refuse(check);
  }
  const stamp = stampFor(status);
  if (stamp) changes[stamp] = now;
  const updated = after(order, changes);
  return {
    changes,
    audit: [
      statusChangedAudit(actor, updated, from, status),
      ...(override ? [overrideAudit(actor, order, from, status, note)] : []),
    ],
    events: [statusChanged(from, status)],
  };
}

export type ApprovalRequest =
  { type: ApprovalRequestType.REJECT } | { type: ApprovalRequestType.EDIT; jumlahPesananBaru: number };

/** requestRejection / requestEdit: the kitchen asks an administrator; the order waits in MENUNGGU_PERSETUJUAN. */
export function decideApprovalRequest(
  actor: OrderActor,
  order: Order,
  request: ApprovalRequest,
  note: string,
): OrderDecision {
  const from = order.statusPesanan;
  if (from === OrderStatus.MENUNGGU_PERSETUJUAN) {
    throw new ConflictError(`Order ${order.kodePesanan} already has a pending request`);
  }
  if (!REQUESTABLE_STATUSES.includes(from)) {
    throw new ConflictError(`Requests are possible only for orders in ${REQUESTABLE_STATUSES.join(' or ')}`);
  }
  const changes: Partial<Order> = {
    statusPesanan: OrderStatus.MENUNGGU_PERSETUJUAN,
    requiresApproval: true,
    approvalStatus: ApprovalStatus.PENDING,
    approvalRequestType: request.type,
    statusSebelumPersetujuan: from,
    catatanDapur: note,
    catatanAdmin: null,
    requestedById: actor.karyawanId,
    approvedById: null,
    jumlahPesananAwal: null,
  };
  if (request.type === ApprovalRequestType.EDIT) {
    if (request.jumlahPesananBaru === order.jumlahPesanan) {
      throw new BadUserInputError(
        'jumlahPesananBaru',
        'jumlahPesananBaru must differ from the current quantity',
      );
    }
    changes.jumlahPesananAwal = order.jumlahPesanan;
    changes.jumlahPesanan = request.jumlahPesananBaru;
  }
  const updated = after(order, changes);
  return {
    changes,
    audit: [
      approvalRequestedAudit(actor, order, updated, request.type, note),
      statusChangedAudit(actor, updated, from, updated.statusPesanan),
    ],
    events: [
      { topic: Topic.ORDER_APPROVAL_REQUESTED, requestType: request.type, catatanDapur: note },
      statusChanged(from, updated.statusPesanan),
    ],
  };
}

/** The type of the order's pending request; CONFLICT when it has none (decided already, or never asked). */
function pendingRequestType(order: Order): ApprovalRequestType {
  if (
    order.statusPesanan !== OrderStatus.MENUNGGU_PERSETUJUAN ||
    order.approvalStatus !== ApprovalStatus.PENDING ||
    !order.approvalRequestType
  ) {
    throw new ConflictError(`Order ${order.kodePesanan} has no pending request`);
  }
  return order.approvalRequestType;
}

/**
 * The fields that close the pending request with `decision` (the caller sets the status). A request not
 * approved leaves the order as it was before it, so an edit gets its old quantity back.
 */
function closeRequest(
  actor: OrderActor,
  order: Order,
  decision: ApprovalDecision,
  note: string | null,
): Partial<Order> {
  const approved = decision === ApprovalDecision.APPROVED;
  const changes: Partial<Order> = {
    approvalStatus: approved ? ApprovalStatus.APPROVED : ApprovalStatus.REJECTED,
    requiresApproval: false,
    approvedById: actor.karyawanId,
    catatanAdmin: note,
  };
  if (
    !approved &&
    order.approvalRequestType === ApprovalRequestType.EDIT &&
    order.jumlahPesananAwal != null
  ) {
    changes.jumlahPesanan = order.jumlahPesananAwal;
    changes.jumlahPesananAwal = null;
  }
  return changes;
}

/** decideApproval: an approved rejection rejects the order; anything else returns it to its previous status. */
export function decideApprovalDecision(
  actor: OrderActor,
  order: Order,
  decision: ApprovalDecision,
  note: string | null,
): OrderDecision {
  const requestType = pendingRequestType(order);
  const previous = order.statusSebelumPersetujuan ?? OrderStatus.MENUNGGU;
  const approved = decision === ApprovalDecision.APPROVED;
  const changes: Partial<Order> = {
    ...closeRequest(actor, order, decision, note),
    statusPesanan: approved && requestType === ApprovalRequestType.REJECT ? OrderStatus.DITOLAK : previous,
  };
  const updated = after(order, changes);
  return {
    changes,
    audit: [
      approvalDecidedAudit(actor, updated, requestType, decision, note),
      statusChangedAudit(actor, updated, order.statusPesanan, updated.statusPesanan),
    ],
    events: [
      {
        topic: Topic.ORDER_APPROVAL_DECIDED,
        requestType,
        decision,
        catatanAdmin: note,
        requestedById: order.requestedById,
      },
      statusChanged(order.statusPesanan, updated.statusPesanan),
    ],
  };
}

/** What a cancellation needs besides the order: the shift's cut-off, read on the wall clock of `timeZone`. */
export interface CancellationFacts {
  shift: Pick<Shift, 'namaShift' | 'jamMulai' | 'batasPesanMenit'>;
  timeZone: string;
}

/**
 * cancelOrder: the owner while the order is MENUNGGU and ordering for its shift is open (`reason` optional), an
 * administrator for any order that is not final (`reason` required, checked by the caller). Someone else's order is
 * NOT_FOUND. A pending request dies with the order, closed as rejected.
 */
export function decideCancellation(
  actor: OrderActor,
  order: Order,
  reason: string | null,
  now: Date,
  facts: CancellationFacts,
): OrderDecision {
  const from = order.statusPesanan;
  const check = checkCancellation(actor.role, from);
  if (!check.allowed) refuse(check);
  if (check.transition.ownerWhileOrderingOpen) {
    if (order.karyawanPemesanId !== actor.karyawanId)
      throw new NotFoundError(`Order ${order.id} does not exist`, 'id');
    const closesAt = orderingClosesAt(facts.shift, order.tanggalPesanan, facts.timeZone);
    if (orderingClosed(closesAt, now)) {
      throw new ConflictError(
        `Ordering for ${facts.shift.namaShift} on ${order.tanggalPesanan} closed at ${describeInstant(closesAt, facts.timeZone)}; the order can no longer be cancelled`,
      );
    }
  }
  const to = check.transition.to;
  // Only an administrator cancels a pending order (the workflow table); the request dies with the order.
  const requestType = from === OrderStatus.MENUNGGU_PERSETUJUAN ? pendingRequestType(order) : null;
  const closing = requestType ? closeRequest(actor, order, ApprovalDecision.REJECTED, reason) : {};
  const changes: Partial<Order> = {
    ...closing,
    statusPesanan: to,
    [check.transition.stamp]: now,
    alasanPembatalan: reason,
  };
  const updated = after(order, changes);
  const by = actor.role === Role.ADMINISTRATOR ? 'administrator' : 'owner';
  return {
    changes,
    audit: [
      ...(requestType
        ? [
            approvalDecidedAudit(
              actor,
              updated,
              requestType,
              ApprovalDecision.REJECTED,
              reason,
              'cancelOrder',
            ),
          ]
        : []),
      cancelledAudit(actor, order, from, to, by, reason),
      statusChangedAudit(actor, updated, from, to),
    ],
    events: [statusChanged(from, to)],
  };
}
