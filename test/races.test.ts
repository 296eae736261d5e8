// Races among the order mutations (README "Order codes and concurrency", DOMAIN.md "Orders"): of two changes to one
// order that are in flight together, exactly one wins and the other gets CONFLICT, whichever arrives first, and
// nothing of the loser is written (no audit row, no event). Each round forces its arrival order: a separate
// connection holds the order's row lock, the first request is sent and seen waiting for that lock, then the
// second, and the lock is released; PostgreSQL hands the row to its waiters in the order they queued.
//
// Then the loser's code when the winner took the order out of its read scope: CONFLICT when the caller could read
// the order at some time (its state is not named), NOT_FOUND when it never could.
import fs from 'node:fs';
import { expect } from 'chai';
import { buildSchema, getNamedType } from 'graphql';
import { Client } from 'pg';
import { SCHEMA_FILE } from '../src/schema/build-schema';
import {
  CancelOrderDocument,
  CreateOrderDocument,
  DecideApprovalDocument,
  RequestOrderEditDocument,
  RequestOrderRejectionDocument,
  UpdateOrderStatusDocument,
} from './generated/graphql';
import type { OrderStatus } from './generated/graphql';
import { GqlResponse, ORDER_STATUSES, SeedUser, startTestServer, TestServer } from './helpers/server';

const ROUNDS = 8;
const REASON = 'Meeting moved to another site';
const KITCHEN_NOTE = 'Out of rice for this shift';
const ADMIN_NOTE = 'Settled with the department';

/** A call on order `id`. */
type Call = (id: number) => Promise<GqlResponse<unknown>>;

/** What an action does to the race's start state when it runs alone. */
interface Effect {
  status: OrderStatus;
  jumlahPesanan: number;
  /** Audit rows it writes (aksi, any order). */
  audit: string[];
  /** Events it raises (topic, in order). */
  events: string[];
}

interface Action {
  name: string;
  /** The Mutation field it calls. */
  field: string;
  as: SeedUser;
  call: Call;
  effect: Effect;
}

/** The states a race starts from; each is reached through the API, so the order has its usual history. */
type Start = 'MENUNGGU' | 'IN_PROGRESS' | 'READY' | 'PENDING_EDIT' | 'PENDING_REJECTION';

interface Race {
  start: Start;
  actions: [Action, Action];
  /**
   * The action that wins whatever the arrival order, when the other is refused from the start state anyway (an
   * owner may not cancel an order awaiting a decision); otherwise the first to arrive wins.
   */
  alwaysWins?: 0 | 1;
}

const QUANTITY = 2;
const EDITED = 7;

describe('races among order mutations', () => {
  let server: TestServer;
  let t: Record<SeedUser, string>;
  let holder: Client;
  let day = 0;

  before(async () => {
    server = await startTestServer();
    t = await server.tokens();
    holder = new Client({ connectionString: server.databaseUrl });
    await holder.connect();
  });
  after(async () => {
    await holder.end();
    await server.dispose();
  });

  // --- the actions -------------------------------------------------------------------------------------------

  const status =
    (as: SeedUser, target: OrderStatus, catatan?: string): Call =>
    (id) =>
      server.runResponse(UpdateOrderStatusDocument, { id, status: target, catatan }, { token: t[as] });
  const cancel =
    (as: SeedUser): Call =>
    (id) =>
      server.runResponse(CancelOrderDocument, { id, alasan: REASON }, { token: t[as] });
  const decide =
    (decision: 'APPROVED' | 'REJECTED'): Call =>
    (id) =>
      server.runResponse(
        DecideApprovalDocument,
        { id, decision, catatanAdmin: ADMIN_NOTE },
        { token: t.admin },
      );
  const requestEdit: Call = (id) =>
    server.runResponse(
      RequestOrderEditDocument,
      { id, jumlahPesananBaru: EDITED + 1, catatanDapur: KITCHEN_NOTE },
      { token: t.dapur },
    );
  const requestRejection: Call = (id) =>
    server.runResponse(RequestOrderRejectionDocument, { id, catatanDapur: KITCHEN_NOTE }, { token: t.dapur });

  const moved = (to: OrderStatus, jumlahPesanan = QUANTITY): Effect => ({
    status: to,
    jumlahPesanan,
    audit: ['ORDER_STATUS_CHANGED'],
    events: ['orderStatusChanged'],
  });
  const overridden = (to: OrderStatus, jumlahPesanan = QUANTITY): Effect => ({
    status: to,
    jumlahPesanan,
    audit: ['ORDER_OVERRIDE', 'ORDER_STATUS_CHANGED'],
    events: ['orderStatusChanged'],
  });
  const cancelled: Effect = {
    status: 'DIBATALKAN',
    jumlahPesanan: QUANTITY,
    audit: ['ORDER_CANCELLED', 'ORDER_STATUS_CHANGED'],
    events: ['orderStatusChanged'],
  };
  /** An administrator's cancellation of an order awaiting a decision closes the request as rejected. */
  const cancelledPending: Effect = {
    ...cancelled,
    audit: ['APPROVAL_DECIDED', 'ORDER_CANCELLED', 'ORDER_STATUS_CHANGED'],
  };
  const decided = (to: OrderStatus, jumlahPesanan: number): Effect => ({
    status: to,
    jumlahPesanan,
    audit: ['APPROVAL_DECIDED', 'ORDER_STATUS_CHANGED'],
    events: ['orderApprovalDecided', 'orderStatusChanged'],
  });
  const requested = (aksi: string, jumlahPesanan: number): Effect => ({
    status: 'MENUNGGU_PERSETUJUAN',
    jumlahPesanan,
    audit: [aksi, 'ORDER_STATUS_CHANGED'],
    events: ['orderApprovalRequested', 'orderStatusChanged'],
  });

  const adminCancel = (effect: Effect = cancelled): Action => ({
    name: "an administrator's cancelOrder",
    field: 'cancelOrder',
    as: 'admin',
    call: cancel('admin'),
    effect,
  });
  const ownerCancel: Action = {
    name: "the owner's cancelOrder",
    field: 'cancelOrder',
    as: 'employee',
    call: cancel('employee'),
    effect: cancelled,
  };
  const accept: Action = {
    name: "the kitchen's accept",
    field: 'updateOrderStatus',
    as: 'dapur',
    call: status('dapur', 'IN_PROGRESS'),
    effect: moved('IN_PROGRESS'),
  };
  const override = (to: OrderStatus, jumlahPesanan = QUANTITY): Action => ({
    name: `an administrator's override to ${to}`,
    field: 'updateOrderStatus',
    as: 'admin',
    call: status('admin', to, ADMIN_NOTE),
    effect: overridden(to, jumlahPesanan),
  });
  const approveEdit: Action = {
    name: 'decideApproval APPROVED (edit)',
    field: 'decideApproval',
    as: 'admin',
    call: decide('APPROVED'),
    effect: decided('MENUNGGU', EDITED),
  };
  const rejectRejection: Action = {
    name: 'decideApproval REJECTED (rejection request)',
    field: 'decideApproval',
    as: 'admin',
    call: decide('REJECTED'),
    effect: decided('MENUNGGU', QUANTITY),
  };
  const kitchenRequestsRejection: Action = {
    name: "the kitchen's requestOrderRejection",
    field: 'requestOrderRejection',
    as: 'dapur',
    call: requestRejection,
    effect: requested('ORDER_REJECTION_REQUESTED', QUANTITY),
  };
  const kitchenRequestsEdit: Action = {
    name: "the kitchen's requestOrderEdit",
    field: 'requestOrderEdit',
    as: 'dapur',
    call: requestEdit,
    effect: requested('ORDER_EDIT_REQUESTED', EDITED + 1),
  };

  const RACES: Race[] = [
    { start: 'MENUNGGU', actions: [adminCancel(), accept] },
    {
      start: 'PENDING_EDIT',
      actions: [adminCancel({ ...cancelledPending, jumlahPesanan: QUANTITY }), approveEdit],
    },
    { start: 'MENUNGGU', actions: [override('READY'), ownerCancel] },
    { start: 'PENDING_EDIT', actions: [approveEdit, ownerCancel], alwaysWins: 0 },
    { start: 'MENUNGGU', actions: [ownerCancel, accept] },
    { start: 'MENUNGGU', actions: [kitchenRequestsRejection, adminCancel()] },
    { start: 'MENUNGGU', actions: [kitchenRequestsRejection, ownerCancel] },
    { start: 'MENUNGGU', actions: [kitchenRequestsEdit, accept] },
    { start: 'MENUNGGU', actions: [override('COMPLETE'), accept] },
    { start: 'MENUNGGU', actions: [override('READY'), override('COMPLETE')] },
    {
      start: 'IN_PROGRESS',
      actions: [
        { ...accept, name: "the kitchen's READY", call: status('dapur', 'READY'), effect: moved('READY') },
        adminCancel(),
      ],
    },
    {
      start: 'READY',
      actions: [
        {
          name: "delivery's ON_DELIVERY",
          field: 'updateOrderStatus',
          as: 'delivery',
          call: status('delivery', 'ON_DELIVERY'),
          effect: moved('ON_DELIVERY'),
        },
        adminCancel(),
      ],
    },
    { start: 'PENDING_REJECTION', actions: [rejectRejection, override('READY')], alwaysWins: 0 },
    { start: 'PENDING_EDIT', actions: [approveEdit, kitchenRequestsEdit], alwaysWins: 0 },
  ];

  // --- the harness -------------------------------------------------------------------------------------------

  /** A fresh order of the employee's in `start`, on a date of its own. */
  async function prepare(start: Start): Promise<{ id: number; kodePesanan: string }> {
    day += 1;
    const tanggalPesanan = new Date(Date.UTC(2031, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    const { createOrder } = await server.run(
      CreateOrderDocument,
      { input: { shiftId: 2, jumlahPesanan: QUANTITY, tanggalPesanan } },
      { token: t.employee },
    );
    const { id } = createOrder;
    if (start === 'IN_PROGRESS' || start === 'READY')
      await server.run(UpdateOrderStatusDocument, { id, status: 'IN_PROGRESS' }, { token: t.dapur });
    if (start === 'READY')
      await server.run(UpdateOrderStatusDocument, { id, status: 'READY' }, { token: t.dapur });
    if (start === 'PENDING_EDIT')
      await server.run(
        RequestOrderEditDocument,
        { id, jumlahPesananBaru: EDITED, catatanDapur: KITCHEN_NOTE },
        { token: t.dapur },
      );
    if (start === 'PENDING_REJECTION')
      await server.run(RequestOrderRejectionDocument, { id, catatanDapur: KITCHEN_NOTE }, { token: t.dapur });
    return createOrder;
  }

  /** Waits until `count` sessions wait for a lock; fails if `request` answered first (it never waited). */
  async function waitersReach(count: number, request: { settled: boolean }): Promise<void> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      // Read from another session: the holder's own view of pg_stat_activity is fixed for its transaction.
      const [{ waiting }] = await server.sql<{ waiting: number }>(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      if (waiting >= count) return;
      if (request.settled) throw new Error('the request answered without waiting for the order’s lock');
      if (Date.now() > deadline) throw new Error(`${count} lock waiters never appeared`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  function send(action: Action, id: number) {
    const state = { settled: false };
    const response = action.call(id).finally(() => (state.settled = true));
    return { state, response };
  }

  async function karyawanId(as: SeedUser): Promise<number> {
    const data = await server.ok<{ me: { id: number } }>('{ me { id } }', {}, { token: t[as] });
    return Number(data.me.id);
  }

  /** One round: `arrival` says which action is sent (and queued for the row lock) first. */
  async function round(race: Race, arrival: readonly [0 | 1, 0 | 1], label: string): Promise<void> {
    const order = await prepare(race.start);
    const auditBefore = await server.lastAuditId();
    const [{ head }] = await server.sql<{ head: string }>('SELECT head FROM order_event_stream WHERE id = 1');
    await holder.query('BEGIN');
    await holder.query('SELECT id FROM transaction_pesanan WHERE id = $1 FOR UPDATE', [order.id]);
    let responses: GqlResponse<unknown>[];
    try {
      const first = send(race.actions[arrival[0]], order.id);
      await waitersReach(1, first.state);
      const second = send(race.actions[arrival[1]], order.id);
      await waitersReach(2, second.state);
      await holder.query('COMMIT');
      const answered = await Promise.all([first.response, second.response]);
      responses = arrival[0] === 0 ? answered : [answered[1], answered[0]];
    } catch (error) {
      await holder.query('ROLLBACK');
      throw error;
    }
    const winner = race.alwaysWins ?? arrival[0];
    const loser = winner === 0 ? 1 : 0;
    const outcome = responses.map((response) => response.errors?.[0]?.extensions?.code ?? 'ok');
    expect(outcome[winner], `${label}: ${race.actions[winner].name} wins`).to.equal('ok');
    expect(outcome[loser], `${label}: ${race.actions[loser].name} loses with CONFLICT`).to.equal('CONFLICT');
    const effect = race.actions[winner].effect;
    const [row] = await server.sql<{ status_pesanan: string; jumlah_pesanan: number; version: number }>(
      'SELECT status_pesanan, jumlah_pesanan, version FROM transaction_pesanan WHERE id = $1',
      [order.id],
    );
    expect(
      { status: row.status_pesanan, jumlahPesanan: row.jumlah_pesanan },
      `${label}: the order as the winner alone leaves it`,
    ).to.deep.equal({ status: effect.status, jumlahPesanan: effect.jumlahPesanan });
    const audit = await server.auditSince(auditBefore);
    expect(audit.map((entry) => entry.aksi).sort(), `${label}: the winner's audit rows only`).to.deep.equal(
      [...effect.audit].sort(),
    );
    const winnerId = await karyawanId(race.actions[winner].as);
    expect(new Set(audit.map((entry) => entry.user_id)), `${label}: written by the winner`).to.deep.equal(
      new Set([winnerId]),
    );
    const events = await server.sql<{ topic: string; order_id: number; actor: number }>(
      `SELECT topic, order_id, (data::jsonb ->> 'actorId')::int AS actor FROM order_event
        WHERE seq > $1 ORDER BY seq`,
      [head],
    );
    expect(
      events.map((event) => [event.topic, Number(event.order_id), event.actor]),
      `${label}: the winner's events only`,
    ).to.deep.equal(effect.events.map((topic) => [topic, order.id, winnerId]));
  }

  for (const race of RACES) {
    const [a, b] = race.actions;
    for (const arrival of [
      [0, 1],
      [1, 0],
    ] as const) {
      const [first, second] = [race.actions[arrival[0]], race.actions[arrival[1]]];
      const winner = race.actions[race.alwaysWins ?? arrival[0]];
      it(`${a.name} vs ${b.name} on ${race.start}, ${first.name} first: ${winner.name} wins, ${ROUNDS} of ${ROUNDS}`, async () => {
        for (let n = 1; n <= ROUNDS; n += 1) await round(race, arrival, `round ${n}, ${second.name} second`);
      });
    }
  }

  it('races every mutation of an existing order (each Mutation field taking an order id and returning Order)', () => {
    const mutation = buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8')).getMutationType();
    const orderMutations = Object.values(mutation?.getFields() ?? {})
      .filter(
        (field) => getNamedType(field.type).name === 'Order' && field.args.some((arg) => arg.name === 'id'),
      )
      .map((field) => field.name)
      .sort();
    expect(orderMutations).to.include('cancelOrder');
    const raced = new Set(RACES.flatMap((race) => race.actions.map((action) => action.field)));
    expect([...raced].sort()).to.deep.equal(orderMutations);
  });

  // --- the loser's code outside the race ----------------------------------------------------------------------

  describe('the code of a change refused because the order left the caller’s read scope', () => {
    async function outcome(call: Call, id: number): Promise<{ code: unknown; message: string }> {
      const response = await call(id);
      expect(response.errors, 'refused').to.have.length(1);
      const [error] = response.errors ?? [];
      return { code: error.extensions?.code, message: error.message };
    }

    /** A CONFLICT that names no status (the order's new state stays hidden from a caller who may not read it). */
    function hiddenConflict(result: { code: unknown; message: string }) {
      expect(result.code).to.equal('CONFLICT');
      for (const name of ORDER_STATUSES) expect(result.message).to.not.include(name);
    }

    it('is CONFLICT for the kitchen on an order the owner cancelled, NOT_FOUND for delivery that never had it', async () => {
      const order = await prepare('MENUNGGU');
      await server.run(CancelOrderDocument, { id: order.id, alasan: REASON }, { token: t.employee });
      hiddenConflict(await outcome(status('dapur', 'IN_PROGRESS'), order.id));
      hiddenConflict(await outcome(requestRejection, order.id));
      hiddenConflict(await outcome(requestEdit, order.id));
      expect((await outcome(status('delivery', 'ON_DELIVERY'), order.id)).code).to.equal('NOT_FOUND');
    });

    it('is CONFLICT for everyone who had the order in scope along its way, NOT_FOUND for the others', async () => {
      // MENUNGGU → IN_PROGRESS → READY → ON_DELIVERY → COMPLETE: the kitchen and delivery each had it.
      const order = await prepare('READY');
      await server.run(
        UpdateOrderStatusDocument,
        { id: order.id, status: 'ON_DELIVERY' },
        { token: t.delivery },
      );
      await server.run(
        UpdateOrderStatusDocument,
        { id: order.id, status: 'COMPLETE' },
        { token: t.delivery },
      );
      hiddenConflict(await outcome(status('dapur', 'READY'), order.id));
      hiddenConflict(await outcome(status('delivery', 'COMPLETE'), order.id));
      // Another employee never could read it; nor can anyone read an order that does not exist.
      expect((await outcome(cancel('employee2'), order.id)).code).to.equal('NOT_FOUND');
      const [{ next }] = await server.sql<{ next: number }>(
        'SELECT COALESCE(max(id), 0)::int + 1000 AS next FROM transaction_pesanan',
      );
      for (const call of [
        status('dapur', 'IN_PROGRESS'),
        status('delivery', 'ON_DELIVERY'),
        cancel('employee'),
      ])
        expect((await outcome(call, next)).code).to.equal('NOT_FOUND');
    });

    it('is NOT_FOUND for delivery on an order the kitchen took out of its columns before it was ever READY', async () => {
      const order = await prepare('PENDING_REJECTION');
      await server.run(DecideApprovalDocument, { id: order.id, decision: 'APPROVED' }, { token: t.admin });
      hiddenConflict(await outcome(status('dapur', 'IN_PROGRESS'), order.id));
      expect((await outcome(status('delivery', 'ON_DELIVERY'), order.id)).code).to.equal('NOT_FOUND');
    });

    it('is NOT_FOUND for an order whose history shows no state the caller could read (inserted as it is)', async () => {
      const order = await prepare('MENUNGGU');
      // As an adopted order with no audit history: the kitchen has no record of ever having read it.
      await server.sql('DELETE FROM log_audit_trail WHERE kode_pesanan = $1', [order.kodePesanan]);
      await server.sql("UPDATE transaction_pesanan SET status_pesanan = 'COMPLETE' WHERE id = $1", [
        order.id,
      ]);
      expect((await outcome(status('dapur', 'IN_PROGRESS'), order.id)).code).to.equal('NOT_FOUND');
      expect((await outcome(status('delivery', 'ON_DELIVERY'), order.id)).code).to.equal('NOT_FOUND');
    });
  });
});
