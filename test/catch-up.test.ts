// Catch-up bursts (issue 22, item 5): many clients asking for the events they missed at the same moment each get
// their complete, correct page, while the process builds only a few pages at once (schema/catch-up.ts) and each
// page from bounded batches of the log (realtime/event-stream.ts). The memory this saves is measured by the
// benchmark `catch-up-memory` (docs/BENCHMARKS.md), not here.
import { expect } from 'chai';
import { parse, OperationDefinitionNode } from 'graphql';
import { CATCH_UP_SLOTS, catchUpWeight } from '../src/schema/catch-up';
import { PAGE_BATCH } from '../src/realtime/event-stream';
import { connect, disposeSockets } from './helpers/subscriptions';
import { SeedUser, startTestServer, TestServer } from './helpers/server';

const ACCEPT = 'mutation($id: Int!) { updateOrderStatus(id: $id, status: IN_PROGRESS) { id } }';
const SINCE = `query($after: String, $limit: Int) { orderEventsSince(after: $after, limit: $limit) {
  endCursor hasMore events { __typename
    ... on OrderStatusChangedEvent { cursor order { id pemesan { nomorIndukKaryawan } } newStatus changedBy { id } } } } }`;

interface Page {
  endCursor: string;
  hasMore: boolean;
  events: Array<{
    __typename: string;
    cursor: string;
    order: { id: number; pemesan: { nomorIndukKaryawan: string } };
    newStatus: string;
  }>;
}

/** Events the burst waits behind: more than one batch of the log, so that every page crosses a batch's end. */
const ORDERS = PAGE_BATCH + 40;

function operationOf(query: string): {
  document: ReturnType<typeof parse>;
  operation: OperationDefinitionNode;
} {
  const document = parse(query);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition',
  );
  if (!operation) throw new Error('no operation');
  return { document, operation };
}

describe('catch-up bursts (orderEventsSince)', () => {
  let server: TestServer;
  let t: Record<SeedUser, string>;
  let start: string;
  /** The log after `start` as PostgreSQL has it: [cursor, order id, owner's NIK], in order. */
  let log: Array<{ cursor: string; orderId: number; nik: string }>;

  before(async function () {
    this.timeout(180_000);
    server = await startTestServer();
    t = await server.tokens();
    start = (await server.ok<{ orderEventsSince: Page }>(SINCE, { after: null }, { token: t.admin }))
      .orderEventsSince.endCursor;
    // Orders of two employees (of two departments), written directly; the kitchen accepts them over the API.
    const ids = (
      await server.sql<{ id: number }>(
        `INSERT INTO transaction_pesanan (kode_pesanan, karyawan_pemesan_id, department_pemesan_id, shift_id,
           jumlah_pesanan, tanggal_pesanan)
         SELECT 'PM-CATCHUP-' || lpad(g.n::text, 5, '0'), k.id, k.department_id, 1, 1, date '2099-12-31'
           FROM generate_series(1, $1::int) AS g(n)
           JOIN master_karyawan k ON k.nomor_induk_karyawan = CASE WHEN g.n % 3 = 0 THEN 'EMP002' ELSE 'EMP001' END
          ORDER BY g.n RETURNING id`,
        [ORDERS],
      )
    ).map((row) => row.id);
    const pending = [...ids];
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let id = pending.shift(); id !== undefined; id = pending.shift())
          await server.ok(ACCEPT, { id }, { token: t.dapur });
      }),
    );
    log = (
      await server.sql<{ seq: string; order_id: number; nik: string }>(
        `SELECT e.seq, e.order_id, k.nomor_induk_karyawan AS nik FROM order_event e
           JOIN master_karyawan k ON k.id = e.owner_id
          WHERE e.seq > $1 ORDER BY e.seq`,
        [Number(start.replace(/^ev1-/, ''))],
      )
    ).map((row) => ({ cursor: `ev1-${row.seq}`, orderId: row.order_id, nik: row.nik }));
    expect(log).to.have.length(ORDERS);
  });
  after(() => server?.dispose());

  it('answers 200 concurrent catch-ups, each with its complete and correct page, a few pages at a time', async function () {
    this.timeout(180_000);
    const head = log[log.length - 1].cursor;
    const expected = {
      all: log,
      mine: log.filter((entry) => entry.nik === 'EMP001'),
      firstHundred: log.slice(0, 100),
    };
    // Administrators see every event; EMP001 only its own orders'; some ask for the first page of 100 only.
    const callers = Array.from({ length: 200 }, (_, index) =>
      index % 4 === 0
        ? { user: 'employee' as const, limit: 1000, want: expected.mine, hasMore: false, end: head }
        : index % 4 === 1
          ? {
              user: 'admin' as const,
              limit: 100,
              want: expected.firstHundred,
              hasMore: true,
              end: expected.firstHundred[99].cursor,
            }
          : { user: 'admin' as const, limit: 1000, want: expected.all, hasMore: false, end: head },
    );
    const catchUps = server.app.server.catchUps;
    const before = catchUps.mostWaiting;
    const pages = await Promise.all(
      callers.map(async (caller) => {
        const response = await server.gql<{ orderEventsSince: Page }>(
          SINCE,
          { after: start, limit: caller.limit },
          { token: t[caller.user] },
        );
        return response;
      }),
    );
    pages.forEach((response, index) => {
      const caller = callers[index];
      expect(response.errors, `caller ${index}`).to.equal(undefined);
      const page = response.data?.orderEventsSince;
      expect(page?.hasMore, `caller ${index} hasMore`).to.equal(caller.hasMore);
      expect(page?.endCursor, `caller ${index} endCursor`).to.equal(caller.end);
      expect(
        page?.events.map((event) => [event.cursor, event.order.id, event.order.pemesan.nomorIndukKaryawan]),
        `caller ${index} (${caller.user}, limit ${caller.limit})`,
      ).to.deep.equal(caller.want.map((entry) => [entry.cursor, entry.orderId, entry.nik]));
      expect(new Set(page?.events.map((event) => event.newStatus))).to.deep.equal(new Set(['IN_PROGRESS']));
    });
    // They took turns: never more pages at once than the slots, and the others waited in line.
    expect(catchUps.mostTaken).to.be.at.most(CATCH_UP_SLOTS);
    expect(catchUps.mostWaiting).to.be.greaterThan(Math.max(before, 0));
    expect(catchUps.slots.size).to.equal(0);
  });

  it('serves a catch-up over WebSocket in the same line, with the same page', async () => {
    const socket = connect(server.wsUrl, { authorization: `Bearer ${t.employee}` });
    const turns = server.app.server.catchUps.turns;
    try {
      const answer = socket.subscribe<{ orderEventsSince: Page }>(SINCE, { after: start, limit: 1000 });
      const [result] = await answer.waitFor(1);
      expect(result.orderEventsSince.events.map((event) => event.cursor)).to.deep.equal(
        log.filter((entry) => entry.nik === 'EMP001').map((entry) => entry.cursor),
      );
      expect(server.app.server.catchUps.turns).to.equal(turns + 1);
      expect(server.app.server.catchUps.slots.size).to.equal(0);
    } finally {
      await disposeSockets();
    }
  });

  it('weighs an operation by its catch-up selections, through aliases and fragments', () => {
    const weight = (query: string) => {
      const { document, operation } = operationOf(query);
      return catchUpWeight(document, operation);
    };
    expect(weight('{ me { id } }')).to.equal(0);
    expect(weight('{ orderEventsSince { hasMore } }')).to.equal(1);
    expect(
      weight('{ a: orderEventsSince { hasMore } b: orderEventsSince(limit: 5) { hasMore } me { id } }'),
    ).to.equal(2);
    expect(
      weight(`query { ...F ... on Query { c: orderEventsSince { hasMore } } }
              fragment F on Query { a: orderEventsSince { hasMore } ...G }
              fragment G on Query { b: orderEventsSince { hasMore } }`),
    ).to.equal(3);
  });
});
