// Orders: creation with gap-free codes, role-scoped reads, and the mutations that change an order, each a few lines
// over the one step of change-order.ts with its pure decision from order-decisions.ts.
import { DatabaseError } from 'pg';
import { SelectQueryBuilder } from 'typeorm';
import { BadUserInputError, NotFoundError, OrderingClosedError } from '../../common/errors';
import { calendarDate } from '../../common/clock';
import { AppDeps, AuthUser } from '../../context/request-context';
import { asEntities, entityColumns, entityJsonSql, runStatement, StatementValues } from '../../db/statements';
import { applyScope, inScope, orderScope } from '../../domain/orders/order-scope';
import { describeInstant, orderingClosed, orderingClosesAt } from '../../domain/orders/ordering-cutoff';
import { OVERRIDE_FORBIDDEN_TARGETS } from '../../domain/orders/order-workflow';
import { Order, Shift } from '../../entities';
import {
  ApprovalDecision,
  ApprovalRequestType,
  ApprovalStatus,
  OrderStatus,
  Role,
} from '../../entities/enums';
import { eventOfRowCtes, eventStoredSql, streamHead } from '../../events/event-log';
import { EVENT_CHANNEL, Topic } from '../../events/events';
import { auditOfRowCte } from '../audit.service';
import { checkDateRange, likePattern, PageResult, pageResult } from '../pagination';
import {
  listWindow,
  PageCursors,
  PageInfo,
  rowsToRead,
  SortKey,
  sortKeyInstant,
  WindowArgs,
  windowPage,
} from '../page-cursor';
import { translateDatabaseError } from '../transaction';
import { changeOrder } from './change-order';
import { orderCreatedAudit } from './order-audit';
import { advanceCounterSql, orderCodePrefix, orderCodeSql } from './order-code';
import {
  ApprovalRequest,
  CancellationFacts,
  checkNote,
  checkQuantity,
  decideApprovalDecision,
  decideApprovalRequest,
  decideCancellation,
  decideStatusUpdate,
  MAX_NOTE_LENGTH,
} from './order-decisions';
import { PlannedRow, PlanWindow, readPlannedOrders, Selection, windowed } from './order-plan';

export { MAX_NOTE_LENGTH, MAX_QUANTITY, MIN_NOTE_LENGTH, MIN_QUANTITY } from './order-decisions';

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
  // The shift, read on its own before the statement that writes. Under READ COMMITTED this is what reading it inside
  // that statement's transaction would give too: a plain read there did not lock the shift either, so a change of
  // its cut-off committed in between was never held off.
  const [shift] = asEntities(
    deps.dataSource,
    Shift,
    await runStatement(
      deps.dataSource,
      `SELECT ${entityColumns(deps.dataSource, Shift)} FROM master_shift WHERE id = $1`,
      [input.shiftId],
    ),
  );
  const missingShift = () => new NotFoundError(`Shift ${input.shiftId} does not exist`, 'shiftId');
  if (!shift) throw missingShift();
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
  // Then everything the create writes in ONE statement (data-modifying CTEs, its own transaction): the date's
  // counter advanced, the order under the code it gives, its audit row, its event with the NOTIFY. All or nothing:
  // a failing insert (a code taken by a row written outside the API) rolls the counter back with it, so codes stay
  // gap-free. The date's counter row and the stream head are locked only while this statement runs and commits
  // (no round trip to this process in between). What only the insert knows (the code, the id, the columns'
  // defaults) the audit row and the event take from the inserted row in SQL.
  const values = new StatementValues();
  const counter = advanceCounterSql(values.add(tanggalPesanan));
  // The status is an untyped parameter: PostgreSQL gives it the column's enum type, whatever that type's name
  // (an adopted database keeps the original's).
  const insert = `INSERT INTO transaction_pesanan (kode_pesanan, karyawan_pemesan_id, department_pemesan_id,
           shift_id, jumlah_pesanan, tanggal_pesanan, status_pesanan, requires_approval, waktu_dibuat)
         SELECT ${orderCodeSql(values.add(orderCodePrefix(tanggalPesanan)), 'counter.last_value')},
                ${[actor.karyawanId, departmentId, input.shiftId, input.jumlahPesanan, tanggalPesanan, OrderStatus.MENUNGGU].map((value) => values.add(value)).join(', ')},
                false, ${values.add(now)}
           FROM counter
         RETURNING ${entityColumns(deps.dataSource, Order)}`;
  const audit = auditOfRowCte(
    values,
    orderCreatedAudit(
      actor,
      {
        id: null,
        kodePesanan: CODE_FROM_ROW,
        shiftId: input.shiftId,
        jumlahPesanan: input.jumlahPesanan,
        tanggalPesanan,
      },
      late && { closesAt: late, described: describeInstant(late, deps.config.appTimezone) },
    ),
    { row: 'inserted', codePlaceholder: CODE_FROM_ROW },
  );
  const event = eventOfRowCtes(
    values,
    { topic: Topic.ORDER_CREATED, actorId: actor.karyawanId, at: now.toISOString() },
    { before: null, after: OrderStatus.MENUNGGU },
    { row: 'inserted', json: entityJsonSql(deps.dataSource, Order, 'inserted') },
  );
  let rows: Record<string, unknown>[];
  try {
    rows = await runStatement(
      deps.dataSource,
      `WITH counter AS (${counter}), inserted AS (${insert}), audited AS (${audit}), ${event}
       SELECT inserted.*, ${eventStoredSql(values, EVENT_CHANNEL)} FROM inserted, stored`,
      values.values,
    );
  } catch (error) {
    // The shift deleted since it was read: what the read would have said. (Asked again rather than told by the
    // constraint's name, which an adopted database names after the original's.)
    if (error instanceof DatabaseError && error.code === '23503' && !(await shiftExists(deps, input.shiftId)))
      throw missingShift();
    throw translateDatabaseError(error);
  }
  const [order] = asEntities(deps.dataSource, Order, rows);
  return order;
}

async function shiftExists(deps: AppDeps, id: number): Promise<boolean> {
  return (await runStatement(deps.dataSource, 'SELECT 1 FROM master_shift WHERE id = $1', [id])).length > 0;
}

/**
 * Stands in for the order's code in its audit row's text until the statement that takes the number writes it (a
 * noncharacter: no text of the row has it, and unlike NUL PostgreSQL takes it).
 */
const CODE_FROM_ROW = '\uffffkode\uffff';

/**
 * The orders `actor` may read (domain/orders/order-scope.ts) that match `filter`, as a query with alias `o`: the
 * one query both the planned read (order-plan.ts) and the entity path start from, so a filter applies to both.
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
  /** Whether PageInfo is wanted (one more row is read, and each row's sort key for the cursors). */
  withPageInfo?: boolean;
}

/** The filter as it narrows the rows: what a cursor is bound to (another filter's cursor is refused). */
function appliedFilter(filter: OrderListFilter): Record<string, unknown> {
  return { ...filter, search: filter.search?.trim() || null };
}

/** The cursors of `orders` under `filter`: the list read newest first (waktu_dibuat, id). */
function orderCursors(deps: AppDeps, filter: OrderListFilter): PageCursors {
  return new PageCursors(deps.config.jwtSecret, {
    list: 'orders',
    sort: 'newest',
    filter: appliedFilter(filter),
  });
}

export type OrderListPage = PageResult<Order | PlannedRow> & {
  streamHead: number | null;
  pageInfo: PageInfo;
};

/**
 * The orders `actor` may read that match `filter`, newest first: a page by number (`page`/`limit`, default 1 and
 * 20) or a keyset window (`first`/`after`, `last`/`before`; page-cursor.ts). With a `shape` the planner reads the window
 * in one statement; otherwise (or when the selection has a field the planner does not map) as entities, whose
 * nested fields load through the request's DataLoaders.
 */
export async function listOrders(
  deps: AppDeps,
  actor: AuthUser,
  filter: OrderListFilter,
  args: WindowArgs,
  shape?: ReadShape,
): Promise<OrderListPage> {
  checkDateRange(filter);
  const cursors = orderCursors(deps, filter);
  const window = listWindow(args, 20, cursors);
  const withPageInfo = shape?.withPageInfo ?? false;
  const planWindow: PlanWindow = {
    offset: window.kind === 'offset' ? window.page.offset : 0,
    limit: withPageInfo ? rowsToRead(window) : rowsToRead(window) - 1,
    keyset: window.kind === 'keyset' ? window.keyset : undefined,
    withKeys: withPageInfo,
  };
  const query = filteredOrders(deps, actor, filter);
  const planned =
    shape &&
    (await readPlannedOrders(query, shape.selection, {
      ...planWindow,
      withTotal: shape.withTotal,
      withStreamHead: shape.withStreamHead,
    }));
  let read: {
    items: (Order | PlannedRow)[];
    keys: SortKey[] | null;
    total: number;
    streamHead: number | null;
  };
  if (planned) read = { ...planned, total: planned.total ?? 0 };
  else {
    // Read BEFORE the page: whatever commits after it is replayed to a subscriber that resumes after it.
    const head = shape?.withStreamHead ? await streamHead(deps.dataSource) : null;
    const total = !shape || shape.withTotal ? await query.clone().getCount() : 0;
    const { raw, entities } = await windowed(query.clone(), planWindow)
      .addSelect(sortKeyInstant('o.waktu_dibuat'), 'sort_at')
      .getRawAndEntities<{ o_id: number; sort_at: string }>();
    const at = new Map(raw.map((row) => [row.o_id, row.sort_at]));
    // Newest first, as the planner returns them (a backward window is read oldest first).
    const items = planWindow.keyset?.backward ? entities.reverse() : entities;
    const keys = withPageInfo ? items.map((order) => ({ at: at.get(order.id) ?? '', id: order.id })) : null;
    read = { items, keys, total, streamHead: head };
  }
  const { items, pageInfo } = windowPage(
    window,
    read.items.map((item, index) => ({ item, key: read.keys?.[index] ?? null })),
    read.keys && ((row) => row.key),
    cursors,
  );
  const size = window.kind === 'offset' ? window.page : { page: 0, limit: window.keyset.size, offset: 0 };
  return {
    ...pageResult(
      items.map((row) => row.item),
      read.total,
      size,
    ),
    streamHead: read.streamHead,
    pageInfo,
  };
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
  if (reachedThrough)
    throw new BadUserInputError('status', `${status} is reached only through ${reachedThrough}`);
  return changeOrder(deps, actor, id, (order, now) => decideStatusUpdate(actor, order, status, note, now));
}

export async function requestApproval(
  deps: AppDeps,
  actor: AuthUser,
  id: number,
  request: ApprovalRequest,
  catatanDapur: string,
): Promise<Order> {
  const note = checkNote('catatanDapur', catatanDapur, true) ?? '';
  if (request.type === ApprovalRequestType.EDIT)
    checkQuantity('jumlahPesananBaru', request.jumlahPesananBaru);
  return changeOrder(deps, actor, id, (order) => decideApprovalRequest(actor, order, request, note));
}

export async function decideApproval(
  deps: AppDeps,
  actor: AuthUser,
  id: number,
  decision: ApprovalDecision,
  catatanAdmin: string | null | undefined,
): Promise<Order> {
  const note = catatanAdmin?.trim() || null;
  if (note && note.length > MAX_NOTE_LENGTH)
    throw new BadUserInputError('catatanAdmin', `catatanAdmin must be at most ${MAX_NOTE_LENGTH} characters`);
  return changeOrder(deps, actor, id, (order) => decideApprovalDecision(actor, order, decision, note));
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
  return changeOrder<CancellationFacts>(
    deps,
    actor,
    id,
    (order, now, facts) => decideCancellation(actor, order, reason, now, facts),
    async (manager, order) => ({
      shift: await manager.findOneByOrFail(Shift, { id: order.shiftId }),
      timeZone: deps.config.appTimezone,
    }),
  );
}
