// The one step of every mutation that changes an existing order, in one transaction: read the order as the request
// finds it, lock it, and go on only if nobody changed it in between and the caller may read it (CONFLICT or
// NOT_FOUND otherwise, see `refuseStale`); gather what the decision needs, call the pure decision
// (order-decisions.ts), apply its changes only if nobody moved the order meanwhile (CONFLICT otherwise), write its
// audit rows, and raise its events as the transaction's last writes. An exception anywhere rolls all of it back.
//
// Why the first read: two changes in flight together both wait for the row lock, and the second one, reading the
// order only once it has the lock, would be judged on the first one's result, which it never saw. An
// administrator's cancellation is allowed from almost any status, so it succeeded after a kitchen's accept or an
// approval decision that had just won (both told "done"); the owner's cancellation only seemed safe because it
// happens to be allowed from MENUNGGU alone. Every order mutation therefore acts only on the order as it was when
// the request first read it: a change committed after that read (its `version` moved) makes this one the loser.
import { EntityManager } from 'typeorm';
import { ConflictError, NotFoundError } from '../../common/errors';
import { AppDeps, AuthUser } from '../../context/request-context';
import { runStatement } from '../../db/statements';
import { inScope, orderScope, scopeEverIncluded } from '../../domain/orders/order-scope';
import { Order } from '../../entities';
import { AuditAction, OrderStatus } from '../../entities/enums';
import { OrderEvent, snapshot } from '../../events/events';
import { publishEvent } from '../../events/publish';
import { writeAudit } from '../audit.service';
import { inTransaction } from '../transaction';
import { OrderDecision } from './order-decisions';

/** The order as it is now, locked for the rest of the transaction when `lock` (waiting for any other holder). */
async function readOrder(manager: EntityManager, id: number, lock: boolean): Promise<Order | null> {
  const query = manager.createQueryBuilder(Order, 'o').where('o.id = :id', { id });
  if (lock) query.setLock('pessimistic_write');
  return query.getOne();
}

/**
 * Every status the order's audit trail shows it in: MENUNGGU when created here, and both ends of every status change
 * (each writes ORDER_STATUS_CHANGED with `from` and `to`, whoever makes it). An order adopted from the original
 * system without such rows shows only what it is now.
 */
async function statusesInHistory(manager: EntityManager, kodePesanan: string): Promise<OrderStatus[]> {
  const rows = await runStatement<{ status: OrderStatus }>(
    manager,
    `SELECT DISTINCT status FROM (
       SELECT CASE WHEN aksi = $2 THEN $4 END AS created, metadata ->> 'from' AS from_status,
              metadata ->> 'to' AS to_status
         FROM log_audit_trail WHERE kode_pesanan = $1 AND aksi IN ($2, $3)) history,
       LATERAL (VALUES (created), (from_status), (to_status)) AS visited (status)
     WHERE status IS NOT NULL`,
    [kodePesanan, AuditAction.ORDER_CREATED, AuditAction.ORDER_STATUS_CHANGED, OrderStatus.MENUNGGU],
  );
  return rows.map((row) => row.status);
}

/**
 * Refuses a change of an order that someone else changed after this request first read it (`seen`), or that is
 * outside the caller's read scope now. CONFLICT ("changed before your change reached it; reload", the order's state not named)
 * when the caller could read the order at some time: as this request first read it, as it is now, or in any status
 * its history shows; NOT_FOUND when it never could, so that a caller learns nothing of an order never in its scope
 * (not even that it exists). The answer depends on the order's past, which the caller was shown, never on which of
 * its out-of-scope statuses it is in now.
 */
async function refuseStale(
  manager: EntityManager,
  actor: AuthUser,
  seen: Order,
  order: Order,
): Promise<never> {
  const scope = orderScope(actor);
  const couldRead =
    inScope(scope, seen) ||
    inScope(scope, order) ||
    scopeEverIncluded(scope, order.karyawanPemesanId, await statusesInHistory(manager, order.kodePesanan));
  if (!couldRead) throw new NotFoundError(`Order ${order.id} does not exist`, 'id');
  throw new ConflictError(`Order ${order.kodePesanan} was changed before your change reached it; reload it`);
}

/**
 * Locks the order for `actor`: the order as the request first read it, re-read under the lock. Refused (see
 * `refuseStale`) unless it is unchanged since that first read and within the caller's read scope.
 */
async function lockOrder(manager: EntityManager, id: number, actor: AuthUser): Promise<Order> {
  // A plain read first: it never waits, so it sees the order as it was when the request came, even while another
  // change holds the lock.
  const seen = await readOrder(manager, id, false);
  const order = seen && (await readOrder(manager, id, true));
  if (!seen || !order) throw new NotFoundError(`Order ${id} does not exist`, 'id');
  if (order.version !== seen.version || !inScope(orderScope(actor), order))
    return refuseStale(manager, actor, seen, order);
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

/** What a decision is given: the locked order, the instant of the change, and what `gather` read for it. */
export type Decide<F> = (order: Order, now: Date, facts: F) => OrderDecision;

/**
 * Changes order `id` as `decide` says, for `actor`, in one transaction; returns the order after the change.
 * `gather` reads, in the same transaction and after the lock, whatever else the decision needs (a shift's cut-off).
 */
export async function changeOrder<F = undefined>(
  deps: AppDeps,
  actor: AuthUser,
  id: number,
  decide: Decide<F>,
  gather?: (manager: EntityManager, order: Order) => Promise<F>,
): Promise<Order> {
  return inTransaction(deps.dataSource, async (manager) => {
    const order = await lockOrder(manager, id, actor);
    const facts = gather ? await gather(manager, order) : (undefined as F);
    const now = deps.clock.now();
    const decision = decide(order, now, facts);
    const updated = await applyChange(manager, order, decision.changes);
    await writeAudit(manager, ...decision.audit);
    const common = { order: snapshot(updated), actorId: actor.karyawanId, at: now.toISOString() };
    for (const draft of decision.events) await publishEvent(manager, { ...draft, ...common } as OrderEvent);
    return updated;
  });
}
