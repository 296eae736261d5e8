// Orders: creation with gap-free codes, role-scoped reads, the workflow with its administrator override, and the
// approval requests of the kitchen. Every mutation is one transaction: the change, its audit rows, its events.
import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { AuthUser, AppDeps } from '../../auth/context';
import { calendarDate } from '../../clock';
import { asEntities, entityColumns, runStatement } from '../../database';
import { Order, Shift } from '../../entities';
import {
  ApprovalDecision,
  ApprovalRequestType,
  ApprovalStatus,
  AuditAction,
  OrderStatus,
  Role,
} from '../../entities/enums';
import { streamHead } from '../../realtime/event-log';
import { OrderEvent, publishEvent, snapshot, Topic } from '../../realtime/events';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  OrderingClosedError,
} from '../../schema/errors';
import { AuditEntry, writeAudit } from '../audit.service';
import { checkDateRange, likePattern, pageRequest, PageResult, pageResult } from '../pagination';
import { inTransaction } from '../transaction';
import { nextOrderCode } from './order-code';
import { PlannedRow, readPlannedOrders, Selection } from './order-plan';
import { applyScope, inScope, orderScope } from './order-scope';
import { describeInstant, orderingClosed, orderingClosesAt } from './ordering-cutoff';
import {
  checkCancellation,
  checkTransition,
  OVERRIDE_FORBIDDEN_TARGETS,
  REQUESTABLE_STATUSES,
  stampFor,
} from './order-workflow';

export const MIN_QUANTITY = 1;
export const MAX_QUANTITY = 1000;
export const MIN_NOTE_LENGTH = 10;
/** Notes are bounded so that an event carrying them stays under PostgreSQL's NOTIFY payload limit. */
export const MAX_NOTE_LENGTH = 500;

export interface OrderListFilter {
  status?: OrderStatus | null;
  departmentId?: number | null;
  shiftId?: number | null;
  tanggalMulai?: string | null;
  tanggalAkhir?: string | null;
  search?: string | null;
  /** Orders with (true) or without (false) a kitchen request awaiting a decision. */
  requiresApproval?: boolean | null;
  /** Orders whose latest kitchen request is in this state (PENDING, or decided APPROVED / REJECTED). */
  approvalStatus?: ApprovalStatus | null;
}

function checkQuantity(field: string, value: number): void {
  if (!Number.isInteger(value) || value < MIN_QUANTITY || value > MAX_QUANTITY) {
    throw new BadUserInputError(
      field,
      `${field} must be an integer between ${MIN_QUANTITY} and ${MAX_QUANTITY}`,
    );
  }
}

function checkNote(field: string, value: string | null | undefined, required: boolean): string | null {
  const note = value?.trim() ?? '';
  if (!required && note === '') return null;
  if (note.length < MIN_NOTE_LENGTH)
    throw new BadUserInputError(field, `${field} must be at least ${MIN_NOTE_LENGTH} characters`);
  if (note.length > MAX_NOTE_LENGTH)
    throw new BadUserInputError(field, `${field} must be at most ${MAX_NOTE_LENGTH} characters`);
  return note;
}

function statusChangeAudit(actor: AuthUser, order: Order, from: OrderStatus, to: OrderStatus): AuditEntry {
  return {
    userId: actor.karyawanId,
    aksi: AuditAction.ORDER_STATUS_CHANGED,
    detail: `Order ${order.kodePesanan} status changed: ${from} -> ${to}`,
    kodePesanan: order.kodePesanan,
    metadata: { orderId: order.id, from, to },
  };
}

function statusChangedEvent(actor: AuthUser, order: Order, oldStatus: OrderStatus, at: Date): OrderEvent {
  return {
    topic: Topic.ORDER_STATUS_CHANGED,
    order: snapshot(order),
    oldStatus,
    newStatus: order.statusPesanan,
    actorId: actor.karyawanId,
    at: at.toISOString(),
  };
}

/** Locks the order; one outside what `actor` may read is NOT_FOUND, as in reads (its status stays unknown). */
async function lockOrder(manager: EntityManager, id: number, actor: AuthUser): Promise<Order> {
  const order = await manager
    .createQueryBuilder(Order, 'o')
    .setLock('pessimistic_write')
    .where('o.id = :id', { id })
    .getOne();
  if (!order || !inScope(orderScope(actor), order))
    throw new NotFoundError(`Order ${id} does not exist`, 'id');
  return order;
}

/**
 * Writes `changes` only if the order still has the status it was read with; otherwise someone else moved it
 * first and this caller gets CONFLICT. Returns the updated row.
 */
async function applyChange(manager: EntityManager, order: Order, changes: Partial<Order>): Promise<Order> {
  const result = await manager
    .createQueryBuilder()
    .update(Order)
    .set({ ...changes, version: () => 'version + 1' })
    .where('id = :id AND status_pesanan = :status AND version = :version', {
      id: order.id,
      status: order.statusPesanan,
      version: order.version,
    })
    .execute();
  if (result.affected !== 1)
    throw new ConflictError(`Order ${order.kodePesanan} was changed by someone else; reload it`);
  return manager.create(Order, { ...order, ...changes, version: order.version + 1 });
}

export async function createOrder(
  deps: AppDeps,
  actor: AuthUser,
  input: { shiftId: number; jumlahPesanan: number; tanggalPesanan?: string | null },
): Promise<Order> {
  checkQuantity('jumlahPesanan', input.jumlahPesanan);
  const today = calendarDate(deps.clock.now(), deps.config.appTimezone);
  const tanggalPesanan = input.tanggalPesanan ?? today;
  if (tanggalPesanan < today)
    throw new BadUserInputError('tanggalPesanan', `tanggalPesanan may not be before today (${today})`);
  if (actor.departmentId == null) {
    throw new BadUserInputError(
      'departmentId',
      'Your account has no department; ask an administrator to assign one',
    );
  }
  const departmentId = actor.departmentId;
  return inTransaction(deps.dataSource, async (manager) => {
    const [shift] = asEntities(
      manager,
      Shift,
      await runStatement(manager, `SELECT ${entityColumns(manager, Shift)} FROM master_shift WHERE id = $1`, [
        input.shiftId,
      ]),
    );
    if (!shift) throw new NotFoundError(`Shift ${input.shiftId} does not exist`, 'shiftId');
    const now = deps.clock.now();
    const closesAt = orderingClosesAt(shift, tanggalPesanan, deps.config.appTimezone);
    // Administrators are exempt (late orders happen), but their late orders say so in the audit trail.
    const late = orderingClosed(closesAt, now) ? closesAt : null;
    if (late && actor.role !== Role.ADMINISTRATOR) {
      throw new OrderingClosedError(
        `Ordering for ${shift.namaShift} on ${tanggalPesanan} closed at ${describeInstant(late, deps.config.appTimezone)}`,
        late,
      );
    }
    const kodePesanan = await nextOrderCode(manager, tanggalPesanan);
    // The status is an untyped parameter: PostgreSQL gives it the column's enum type, whatever that type's name
    // (an adopted database keeps the original's).
    const [order] = asEntities(
      manager,
      Order,
      await runStatement(
        manager,
        `INSERT INTO transaction_pesanan (kode_pesanan, karyawan_pemesan_id, department_pemesan_id, shift_id,
           jumlah_pesanan, tanggal_pesanan, status_pesanan, requires_approval, waktu_dibuat)
         VALUES ($1, $2, $3, $4, $5, $6, $7, false, $8) RETURNING ${entityColumns(manager, Order)}`,
        [
          kodePesanan,
          actor.karyawanId,
          departmentId,
          input.shiftId,
          input.jumlahPesanan,
          tanggalPesanan,
          OrderStatus.MENUNGGU,
          now,
        ],
      ),
    );
    await writeAudit(manager, {
      userId: actor.karyawanId,
      aksi: AuditAction.ORDER_CREATED,
      detail:
        `Order ${kodePesanan} created: ${order.jumlahPesanan} meal(s) for ${tanggalPesanan}` +
        (late ? `, late: ordering closed at ${describeInstant(late, deps.config.appTimezone)}` : ''),
      kodePesanan,
      metadata: {
        orderId: order.id,
        shiftId: order.shiftId,
        jumlahPesanan: order.jumlahPesanan,
        tanggalPesanan,
        ...(late ? { late: true, closesAt: late.toISOString() } : {}),
      },
    });
    await publishEvent(manager, {
      topic: Topic.ORDER_CREATED,
      order: snapshot(order),
      actorId: actor.karyawanId,
      at: now.toISOString(),
    });
    return order;
  });
}

/**
 * The orders `actor` may read (order-scope.ts) that match `filter`, as a query with alias `o`: the one query both
 * the planned read (order-plan.ts) and the entity path start from, so a filter applies to both.
 */
function filteredOrders(deps: AppDeps, actor: AuthUser, filter: OrderListFilter): SelectQueryBuilder<Order> {
  const query = applyScope(deps.dataSource.getRepository(Order).createQueryBuilder('o'), orderScope(actor));
  if (filter.status) query.andWhere('o.statusPesanan = :status', { status: filter.status });
  if (filter.departmentId != null)
    query.andWhere('o.departmentPemesanId = :departmentId', { departmentId: filter.departmentId });
  if (filter.shiftId != null) query.andWhere('o.shiftId = :shiftId', { shiftId: filter.shiftId });
  if (filter.tanggalMulai)
    query.andWhere('o.tanggalPesanan >= :tanggalMulai', { tanggalMulai: filter.tanggalMulai });
  if (filter.tanggalAkhir)
    query.andWhere('o.tanggalPesanan <= :tanggalAkhir', { tanggalAkhir: filter.tanggalAkhir });
  if (filter.search?.trim())
    query.andWhere('o.kodePesanan ILIKE :search', { search: likePattern(filter.search.trim()) });
  if (filter.requiresApproval != null)
    query.andWhere('o.requiresApproval = :requiresApproval', { requiresApproval: filter.requiresApproval });
  if (filter.approvalStatus)
    query.andWhere('o.approvalStatus = :approvalStatus', { approvalStatus: filter.approvalStatus });
  return query;
}

/** What a read returns: `selection` for the SQL planner (order-plan.ts); without one, entities. */
export interface ReadShape {
  selection: Selection;
  /** Whether the page's total is wanted (a count costs a scan of the matching rows). */
  withTotal: boolean;
  /** Whether the event stream's head as of the page is wanted (OrderPage.cursor). */
  withStreamHead: boolean;
}

/**
 * A page of the orders `actor` may read, newest first. With a `shape` the planner reads the page in one
 * statement; otherwise (or when the selection has a field the planner does not map) as entities, whose nested
 * fields load through the request's DataLoaders.
 */
export async function listOrders(
  deps: AppDeps,
  actor: AuthUser,
  filter: OrderListFilter,
  page: number,
  limit: number,
  shape?: ReadShape,
): Promise<PageResult<Order | PlannedRow> & { streamHead: number | null }> {
  const request = pageRequest(page, limit);
  checkDateRange(filter);
  const query = filteredOrders(deps, actor, filter);
  const planned =
    shape &&
    (await readPlannedOrders(query, shape.selection, {
      ...request,
      withTotal: shape.withTotal,
      withStreamHead: shape.withStreamHead,
    }));
  if (planned)
    return { ...pageResult(planned.items, planned.total ?? 0, request), streamHead: planned.streamHead };
  // Read BEFORE the page: whatever commits after it is replayed to a subscriber that resumes after it.
  const head = shape?.withStreamHead ? await streamHead(deps.dataSource) : null;
  const [items, total] = await query
    .orderBy('o.waktuDibuat', 'DESC')
    .addOrderBy('o.id', 'DESC')
    .skip(request.offset)
    .take(request.limit)
    .getManyAndCount();
  return { ...pageResult(items, total, request), streamHead: head };
}

/**
 * One order if it exists and is within the caller's scope; otherwise null (never a hint that it exists). With a
 * `selection`, read by the planner in one statement (the scope in SQL, from the same order-scope.ts rule).
 */
export async function findOrder(
  deps: AppDeps,
  actor: AuthUser,
  where: { id: number } | { kodePesanan: string },
  selection?: Selection,
): Promise<Order | PlannedRow | null> {
  if (selection) {
    const query = applyScope(deps.dataSource.getRepository(Order).createQueryBuilder('o'), orderScope(actor));
    if ('id' in where) query.andWhere('o.id = :id', { id: where.id });
    else query.andWhere('o.kodePesanan = :kodePesanan', { kodePesanan: where.kodePesanan });
    const planned = await readPlannedOrders(query, selection, { offset: 0, limit: 1, withTotal: false });
    if (planned) return planned.items[0] ?? null;
  }
  const order = await deps.dataSource.getRepository(Order).findOneBy(where);
  return order && inScope(orderScope(actor), order) ? order : null;
}

export async function pendingApprovals(deps: AppDeps): Promise<Order[]> {
  return deps.dataSource.getRepository(Order).find({
    where: { approvalStatus: ApprovalStatus.PENDING, statusPesanan: OrderStatus.MENUNGGU_PERSETUJUAN },
    order: { waktuDibuat: 'DESC', id: 'DESC' },
  });
}

export async function updateOrderStatus(
  deps: AppDeps,
  actor: AuthUser,
  id: number,
  status: OrderStatus,
  catatan: string | null | undefined,
): Promise<Order> {
  const override = actor.role === Role.ADMINISTRATOR;
  const note = override ? checkNote('catatan', catatan, true) : null;
  const reachedThrough = override ? OVERRIDE_FORBIDDEN_TARGETS[status] : undefined;
  if (reachedThrough) {
    throw new BadUserInputError('status', `${status} is reached only through ${reachedThrough}`);
  }
  return inTransaction(deps.dataSource, async (manager) => {
    const order = await lockOrder(manager, id, actor);
    const from = order.statusPesanan;
    const now = deps.clock.now();
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
      if (!check.allowed) {
        throw check.reason === 'FORBIDDEN'
          ? new ForbiddenError(check.message)
          : new ConflictError(check.message);
      }
    }
    const stamp = stampFor(status);
    if (stamp) changes[stamp] = now;
    const updated = await applyChange(manager, order, changes);
    const audit = [statusChangeAudit(actor, updated, from, status)];
    if (override) {
      audit.push({
        userId: actor.karyawanId,
        aksi: AuditAction.ORDER_OVERRIDE,
        detail: `Order ${order.kodePesanan} overridden by administrator: ${from} -> ${status}. Note: ${note}`,
        kodePesanan: order.kodePesanan,
        metadata: { orderId: order.id, from, to: status },
      });
    }
    await writeAudit(manager, ...audit);
    await publishEvent(manager, statusChangedEvent(actor, updated, from, now));
    return updated;
  });
}

export async function requestApproval(
  deps: AppDeps,
  actor: AuthUser,
  id: number,
  request:
    { type: ApprovalRequestType.REJECT } | { type: ApprovalRequestType.EDIT; jumlahPesananBaru: number },
  catatanDapur: string,
): Promise<Order> {
  const note = checkNote('catatanDapur', catatanDapur, true) ?? '';
  if (request.type === ApprovalRequestType.EDIT)
    checkQuantity('jumlahPesananBaru', request.jumlahPesananBaru);
  return inTransaction(deps.dataSource, async (manager) => {
    const order = await lockOrder(manager, id, actor);
    const from = order.statusPesanan;
    if (from === OrderStatus.MENUNGGU_PERSETUJUAN) {
      throw new ConflictError(`Order ${order.kodePesanan} already has a pending request`);
    }
    if (!REQUESTABLE_STATUSES.includes(from)) {
      throw new ConflictError(
        `Requests are possible only for orders in ${REQUESTABLE_STATUSES.join(' or ')}`,
      );
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
    const updated = await applyChange(manager, order, changes);
    const now = deps.clock.now();
    const edit = request.type === ApprovalRequestType.EDIT;
    await writeAudit(
      manager,
      {
        userId: actor.karyawanId,
        aksi: edit ? AuditAction.ORDER_EDIT_REQUESTED : AuditAction.ORDER_REJECTION_REQUESTED,
        detail: edit
          ? `Order ${order.kodePesanan} edit requested: ${order.jumlahPesanan} -> ${updated.jumlahPesanan}. Note: ${note}`
          : `Order ${order.kodePesanan} rejection requested. Note: ${note}`,
        kodePesanan: order.kodePesanan,
        metadata: { orderId: order.id, requestType: request.type, previousStatus: from },
      },
      statusChangeAudit(actor, updated, from, updated.statusPesanan),
    );
    await publishEvent(manager, {
      topic: Topic.ORDER_APPROVAL_REQUESTED,
      order: snapshot(updated),
      requestType: request.type,
      catatanDapur: note,
      actorId: actor.karyawanId,
      at: now.toISOString(),
    });
    await publishEvent(manager, statusChangedEvent(actor, updated, from, now));
    return updated;
  });
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
  actor: AuthUser,
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

/** `closedBy` names the operation that closed the request when it was not decideApproval itself. */
function approvalDecidedAudit(
  actor: AuthUser,
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

export async function decideApproval(
  deps: AppDeps,
  actor: AuthUser,
  id: number,
  decision: ApprovalDecision,
  catatanAdmin: string | null | undefined,
): Promise<Order> {
  const note = catatanAdmin?.trim() || null;
  if (note && note.length > MAX_NOTE_LENGTH) {
    throw new BadUserInputError('catatanAdmin', `catatanAdmin must be at most ${MAX_NOTE_LENGTH} characters`);
  }
  return inTransaction(deps.dataSource, async (manager) => {
    const order = await lockOrder(manager, id, actor);
    const requestType = pendingRequestType(order);
    const previous = order.statusSebelumPersetujuan ?? OrderStatus.MENUNGGU;
    const approved = decision === ApprovalDecision.APPROVED;
    const updated = await applyChange(manager, order, {
      ...closeRequest(actor, order, decision, note),
      statusPesanan: approved && requestType === ApprovalRequestType.REJECT ? OrderStatus.DITOLAK : previous,
    });
    const now = deps.clock.now();
    await writeAudit(
      manager,
      approvalDecidedAudit(actor, updated, requestType, decision, note),
      statusChangeAudit(actor, updated, order.statusPesanan, updated.statusPesanan),
    );
    await publishEvent(manager, {
      topic: Topic.ORDER_APPROVAL_DECIDED,
      order: snapshot(updated),
      requestType,
      decision,
      catatanAdmin: note,
      requestedById: order.requestedById,
      actorId: actor.karyawanId,
      at: now.toISOString(),
    });
    await publishEvent(manager, statusChangedEvent(actor, updated, order.statusPesanan, now));
    return updated;
  });
}

/**
 * Cancels an order: the owner while it is MENUNGGU and ordering for its shift is open (alasan optional), an
 * administrator for any order that is not final (alasan required). Someone else's order is NOT_FOUND.
 */
export async function cancelOrder(
  deps: AppDeps,
  actor: AuthUser,
  id: number,
  alasan: string | null | undefined,
): Promise<Order> {
  const reason = checkNote('alasan', alasan, actor.role === Role.ADMINISTRATOR);
  return inTransaction(deps.dataSource, async (manager) => {
    const order = await lockOrder(manager, id, actor);
    const from = order.statusPesanan;
    const check = checkCancellation(actor.role, from);
    if (!check.allowed) {
      throw check.reason === 'FORBIDDEN'
        ? new ForbiddenError(check.message)
        : new ConflictError(check.message);
    }
    const now = deps.clock.now();
    if (check.transition.ownerWhileOrderingOpen) {
      if (order.karyawanPemesanId !== actor.karyawanId)
        throw new NotFoundError(`Order ${id} does not exist`, 'id');
      const shift = await manager.findOneByOrFail(Shift, { id: order.shiftId });
      const closesAt = orderingClosesAt(shift, order.tanggalPesanan, deps.config.appTimezone);
      if (orderingClosed(closesAt, now)) {
        throw new ConflictError(
          `Ordering for ${shift.namaShift} on ${order.tanggalPesanan} closed at ${describeInstant(closesAt, deps.config.appTimezone)}; the order can no longer be cancelled`,
        );
      }
    }
    const to = check.transition.to;
    // Only an administrator cancels a pending order (the workflow table); the request dies with the order.
    const requestType = from === OrderStatus.MENUNGGU_PERSETUJUAN ? pendingRequestType(order) : null;
    const closing = requestType ? closeRequest(actor, order, ApprovalDecision.REJECTED, reason) : {};
    const updated = await applyChange(manager, order, {
      ...closing,
      statusPesanan: to,
      [check.transition.stamp]: now,
      alasanPembatalan: reason,
    });
    const by = actor.role === Role.ADMINISTRATOR ? 'administrator' : 'owner';
    const closedRequest = requestType
      ? [approvalDecidedAudit(actor, updated, requestType, ApprovalDecision.REJECTED, reason, 'cancelOrder')]
      : [];
    await writeAudit(
      manager,
      ...closedRequest,
      {
        userId: actor.karyawanId,
        aksi: AuditAction.ORDER_CANCELLED,
        detail: `Order ${order.kodePesanan} cancelled by ${by}: ${from} -> ${to}${reason ? `. Reason: ${reason}` : ''}`,
        kodePesanan: order.kodePesanan,
        metadata: { orderId: order.id, from, to, by },
      },
      statusChangeAudit(actor, updated, from, to),
    );
    await publishEvent(manager, statusChangedEvent(actor, updated, from, now));
    return updated;
  });
}
