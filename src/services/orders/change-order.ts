// The one step of every mutation that changes an existing order, in one transaction: lock the order (NOT_FOUND
// outside the caller's read scope), gather what the decision needs, call the pure decision (order-decisions.ts),
// apply its changes only if nobody moved the order meanwhile (CONFLICT otherwise), write its audit rows, and raise its
// events as the transaction's last writes. An exception anywhere rolls all of it back.
import { EntityManager } from 'typeorm';
import { ConflictError, NotFoundError } from '../../common/errors';
import { AppDeps, AuthUser } from '../../context/request-context';
import { inScope, orderScope } from '../../domain/orders/order-scope';
import { Order } from '../../entities';
import { OrderEvent, snapshot } from '../../events/events';
import { publishEvent } from '../../events/publish';
import { writeAudit } from '../audit.service';
import { inTransaction } from '../transaction';
import { OrderDecision } from './order-decisions';

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
