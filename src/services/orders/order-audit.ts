// Every audit row an order operation writes: its action, its text and its metadata, in one place. Pure: each entry is
// built from the order as it is after the change (and before, where the text names both).
import { Order } from '../../entities';
import { ApprovalDecision, ApprovalRequestType, AuditAction, OrderStatus } from '../../entities/enums';
import { AuditEntry } from '../audit.service';

/** Who acts: the karyawan written as the audit row's user. */
export interface Actor {
  karyawanId: number;
}

/** `order.id` may be null: createOrder writes the row in the statement that inserts the order (auditOfRowCte). */
export function orderCreatedAudit(
  actor: Actor,
  order: Pick<Order, 'kodePesanan' | 'shiftId' | 'jumlahPesanan' | 'tanggalPesanan'> & { id: number | null },
  late: { closesAt: Date; described: string } | null,
): AuditEntry {
  return {
    userId: actor.karyawanId,
    aksi: AuditAction.ORDER_CREATED,
    detail:
      `Order ${order.kodePesanan} created: ${order.jumlahPesanan} meal(s) for ${order.tanggalPesanan}` +
      (late ? `, late: ordering closed at ${late.described}` : ''),
    kodePesanan: order.kodePesanan,
    metadata: {
      orderId: order.id,
      shiftId: order.shiftId,
      jumlahPesanan: order.jumlahPesanan,
      tanggalPesanan: order.tanggalPesanan,
      ...(late ? { late: true, closesAt: late.closesAt.toISOString() } : {}),
    },
  };
}

export function statusChangedAudit(
  actor: Actor,
  order: Order,
  from: OrderStatus,
  to: OrderStatus,
): AuditEntry {
  return {
    userId: actor.karyawanId,
    aksi: AuditAction.ORDER_STATUS_CHANGED,
    detail: `Order ${order.kodePesanan} status changed: ${from} -> ${to}`,
    kodePesanan: order.kodePesanan,
    metadata: { orderId: order.id, from, to },
  };
}

export function overrideAudit(
  actor: Actor,
  order: Order,
  from: OrderStatus,
  to: OrderStatus,
  note: string | null,
): AuditEntry {
  return {
    userId: actor.karyawanId,
    aksi: AuditAction.ORDER_OVERRIDE,
    detail: `Order ${order.kodePesanan} overridden by administrator: ${from} -> ${to}. Note: ${note}`,
    kodePesanan: order.kodePesanan,
    metadata: { orderId: order.id, from, to },
  };
}

/** `before` is the order as the request found it, `after` as the request leaves it. */
export function approvalRequestedAudit(
  actor: Actor,
  before: Order,
  after: Order,
  requestType: ApprovalRequestType,
  note: string,
): AuditEntry {
  const edit = requestType === ApprovalRequestType.EDIT;
  return {
    userId: actor.karyawanId,
    aksi: edit ? AuditAction.ORDER_EDIT_REQUESTED : AuditAction.ORDER_REJECTION_REQUESTED,
    detail: edit
      ? `Order ${before.kodePesanan} edit requested: ${before.jumlahPesanan} -> ${after.jumlahPesanan}. Note: ${note}`
      : `Order ${before.kodePesanan} rejection requested. Note: ${note}`,
    kodePesanan: before.kodePesanan,
    metadata: { orderId: before.id, requestType, previousStatus: before.statusPesanan },
  };
}

/** `closedBy` names the operation that closed the request when it was not decideApproval itself. */
export function approvalDecidedAudit(
  actor: Actor,
  order: Order,
  requestType: ApprovalRequestType,
  decision: ApprovalDecision,
  note: string | null,
  closedBy?: 'cancelOrder',
): AuditEntry {
  const kind = requestType === ApprovalRequestType.EDIT ? 'edit' : 'rejection';
  const closed = closedBy ? ', closed by the cancellation of the order' : '';
  return {
    userId: actor.karyawanId,
    aksi: AuditAction.APPROVAL_DECIDED,
    detail: `Order ${order.kodePesanan} ${kind} request ${decision}${closed}${note ? `. Note: ${note}` : ''}`,
    kodePesanan: order.kodePesanan,
    metadata: {
      orderId: order.id,
      requestType,
      decision,
      newStatus: order.statusPesanan,
      ...(closedBy ? { closedBy } : {}),
    },
  };
}

export function cancelledAudit(
  actor: Actor,
  order: Order,
  from: OrderStatus,
  to: OrderStatus,
  by: 'administrator' | 'owner',
  reason: string | null,
): AuditEntry {
  return {
    userId: actor.karyawanId,
    aksi: AuditAction.ORDER_CANCELLED,
    detail: `Order ${order.kodePesanan} cancelled by ${by}: ${from} -> ${to}${reason ? `. Reason: ${reason}` : ''}`,
    kodePesanan: order.kodePesanan,
    metadata: { orderId: order.id, from, to, by },
  };
}
