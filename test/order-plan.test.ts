import { expect } from 'chai';
import { GraphQLObjectType, GraphQLSchema, getNamedType, isObjectType, isRequiredArgument } from 'graphql';
import { statementCount } from '../src/db/data-source';
import { buildSchema } from '../src/schema/build-schema';
import { plannedFields } from '../src/services/orders/order-plan';
import { SEED, startTestServer, TestServer } from './helpers/server';

/** The date the comparisons ask Shift.orderingClosesAt about; the shifts get cut-offs for it (see below). */
const CUTOFF_DATE = '2031-06-02';

/**
 * Arguments for the fields that require some: a field with a required argument and no entry here fails
 * everyField, so a new one is not silently left out of the comparison.
 */
const ARGUMENTS: Readonly<Record<string, string>> = {
  'Shift.orderingClosesAt': `(tanggal: "${CUTOFF_DATE}")`,
};

/**
 * Every field of `type` (nested objects to `depth` levels), from the schema itself: a field added to Order or to
 * a type below it is compared between the two read paths without touching this test.
 */
function everyField(type: GraphQLObjectType, depth: number): string {
  const fields = Object.values(type.getFields()).flatMap((field) => {
    const key = `${type.name}.${field.name}`;
    if (field.args.some(isRequiredArgument) && ARGUMENTS[key] === undefined)
      throw new Error(`${key} requires arguments: give it some in ARGUMENTS`);
    const call = `${field.name}${ARGUMENTS[key] ?? ''}`;
    const named = getNamedType(field.type);
    if (!isObjectType(named)) return [call];
    return depth > 0 ? [`${call} { ${everyField(named, depth - 1)} }`] : [];
  });
  return fields.join(' ');
}

/** The instant of `date` `time` in Asia/Jakarta (UTC+7 all year), minus `minutes`. */
function jakarta(date: string, time: string, minutes = 0): Date {
  return new Date(Date.parse(`${date}T${time}:00+07:00`) - minutes * 60_000);
}

describe('orders read by the SQL planner', () => {
  let schema: GraphQLSchema;
  let server: TestServer;
  let t: Awaited<ReturnType<TestServer['tokens']>>;

  /** The server's clock; null follows the real time. */
  let fixedNow: Date | null = null;

  before(async () => {
    schema = await buildSchema();
    server = await startTestServer({ clock: { now: () => fixedNow ?? new Date() } });
    t = await server.tokens();
  });
  afterEach(async () => {
    fixedNow = null;
    await server.sql('UPDATE master_shift SET batas_pesan_menit = NULL');
  });
  after(() => server.dispose());

  /**
   * Cut-offs on Shift 1 (07:00) and Shift 2 (15:00), so that Shift.orderingClosesAt is not null in the
   * comparisons, and a clock at midnight of a later date, when an employee may still order for both that day.
   */
  async function withCutoffs(): Promise<void> {
    await server.sql('UPDATE master_shift SET batas_pesan_menit = 120 WHERE id IN (1, 2)');
    fixedNow = jakarta('2031-06-01', '00:00');
  }

  it('maps every field of Order and of the types below it', () => {
    for (const [typeName, mapped] of Object.entries(plannedFields())) {
      const type = schema.getType(typeName);
      expect(type, typeName).to.be.instanceOf(GraphQLObjectType);
      const fields = Object.keys((type as GraphQLObjectType).getFields());
      expect(mapped, `${typeName} fields the planner must map`).to.have.members(fields);
    }
  });

  /** An order that went through an approved edit request: every nullable field filled. */
  async function decidedOrder(selection: string): Promise<Record<string, unknown>> {
    const created = await server.ok<{ createOrder: { id: number } }>(
      'mutation { createOrder(input: { shiftId: 2, jumlahPesanan: 4 }) { id } }',
      {},
      { token: t.employee },
    );
    const id = created.createOrder.id;
    await server.ok(
      'mutation($id: Int!) { updateOrderStatus(id: $id, status: IN_PROGRESS) { id } }',
      { id },
      { token: t.dapur },
    );
    await server.ok(
      'mutation($id: Int!) { requestOrderEdit(id: $id, jumlahPesananBaru: 6, catatanDapur: "Two more for the night shift") { id } }',
      { id },
      { token: t.dapur },
    );
    const decided = await server.ok<{ decideApproval: Record<string, unknown> }>(
      `mutation($id: Int!) { decideApproval(id: $id, decision: APPROVED, catatanAdmin: "Fine by the canteen") { ${selection} } }`,
      { id },
      { token: t.admin },
    );
    return decided.decideApproval;
  }

  /** order, orderByKode and orders (the planner's three reads) each answer `expected` for its id and code. */
  async function expectPlannedReads(selection: string, expected: Record<string, unknown>): Promise<void> {
    const read = await server.ok<{ order: unknown; orderByKode: unknown; orders: { items: unknown[] } }>(
      `query($id: Int!, $kode: String!) {
        order(id: $id) { ${selection} }
        orderByKode(kodePesanan: $kode) { ${selection} }
        orders(filter: { search: $kode }) { items { ${selection} } }
      }`,
      { id: expected.id, kode: expected.kodePesanan },
      { token: t.admin },
    );
    expect(read).to.deep.equal({ order: expected, orderByKode: expected, orders: { items: [expected] } });
  }

  it('answers orders, order and orderByKode exactly as the entity path answers a mutation', async () => {
    await withCutoffs();
    const selection = everyField(schema.getType('Order') as GraphQLObjectType, 3);
    const fresh = (
      await server.ok<{ createOrder: Record<string, unknown> }>(
        `mutation { createOrder(input: { shiftId: 1, jumlahPesanan: 2 }) { ${selection} } }`,
        {},
        { token: t.employee },
      )
    ).createOrder;
    const decided = await decidedOrder(selection);
    expect(decided.requestedBy).to.not.equal(null);
    expect(decided.approvedBy).to.not.equal(null);
    expect((fresh.shift as Record<string, unknown>).orderingClosesAt).to.equal(
      jakarta(CUTOFF_DATE, '07:00', 120).toISOString(),
    );
    expect((decided.shift as Record<string, unknown>).orderingClosesAt).to.equal(
      jakarta(CUTOFF_DATE, '15:00', 120).toISOString(),
    );
    for (const expected of [fresh, decided]) await expectPlannedReads(selection, expected);
  });

  it('computes Shift.orderingClosesAt on planned rows from columns the query did not select, per argument', async () => {
    await server.sql('UPDATE master_shift SET batas_pesan_menit = 120 WHERE id = 1');
    // An administrator may order after the cut-off: no clock needed.
    const selection = `id kodePesanan shift { orderingClosesAt(tanggal: "2031-03-10")
      nextDay: orderingClosesAt(tanggal: "2031-03-11") }`;
    const created = await server.ok<{ createOrder: Record<string, unknown> }>(
      `mutation { createOrder(input: { shiftId: 1, jumlahPesanan: 1 }) { ${selection} } }`,
      {},
      { token: t.admin },
    );
    const expected = created.createOrder;
    expect(expected.shift).to.deep.equal({
      orderingClosesAt: '2031-03-09T22:00:00.000Z',
      nextDay: '2031-03-10T22:00:00.000Z',
    });
    await expectPlannedReads(selection, expected);
    // Planned, not read through the entity path: as many statements as for the order's id alone.
    const statements = async (query: string) => {
      const before = statementCount(server.dataSource);
      await server.ok(query, { id: expected.id }, { token: t.admin });
      return statementCount(server.dataSource) - before;
    };
    expect(await statements(`query($id: Int!) { order(id: $id) { ${selection} } }`)).to.equal(
      await statements('query($id: Int!) { order(id: $id) { id } }'),
    );
  });

  it('plans an order whose pemesan has no login (user_id null, as the original allowed)', async () => {
    const selection = everyField(schema.getType('Order') as GraphQLObjectType, 3);
    const [pemesan] = await server.sql<{ id: number }>(
      `INSERT INTO master_karyawan (user_id, nomor_induk_karyawan, nama_lengkap, department_id, jabatan_id, role_access)
       SELECT NULL, 'NOLOGIN1', 'Tanpa Login', department_id, jabatan_id, role_access
         FROM master_karyawan WHERE nomor_induk_karyawan = $1 RETURNING id`,
      [SEED.employee.nik],
    );
    const [inserted] = await server.sql<{ id: number }>(
      `INSERT INTO transaction_pesanan (kode_pesanan, karyawan_pemesan_id, department_pemesan_id, shift_id,
         jumlah_pesanan, tanggal_pesanan)
       SELECT 'PM-20991231-001', k.id, k.department_id, 1, 3, date '2099-12-31' FROM master_karyawan k WHERE k.id = $1
       RETURNING id`,
      [pemesan.id],
    );
    // The entity path: a mutation's result, its pemesan loaded by the DataLoader.
    const expected = (
      await server.ok<{ updateOrderStatus: Record<string, unknown> }>(
        `mutation($id: Int!) { updateOrderStatus(id: $id, status: IN_PROGRESS) { ${selection} } }`,
        { id: inserted.id },
        { token: t.dapur },
      )
    ).updateOrderStatus;
    expect(expected.pemesan).to.include({ id: pemesan.id, nomorIndukKaryawan: 'NOLOGIN1' });
    await expectPlannedReads(selection, expected);
  });

  it('follows fragments, aliases, @skip and @include', async () => {
    const expected = await decidedOrder(
      'id kodePesanan jumlahPesanan shift { namaShift } pemesan { namaLengkap }',
    );
    const data = await server.ok<{ orders: { items: Record<string, unknown>[] } }>(
      `query($kode: String!, $yes: Boolean!) {
        orders(filter: { search: $kode }) { items { ...Basics code: kodePesanan pemesan @skip(if: $yes) { id }
          ... on Order { shift @include(if: $yes) { namaShift } } __typename } }
      }
      fragment Basics on Order { id jumlahPesanan pemesan @include(if: $yes) { namaLengkap } }`,
      { kode: expected.kodePesanan, yes: true },
      { token: t.admin },
    );
    expect(data.orders.items).to.deep.equal([
      {
        id: expected.id,
        jumlahPesanan: expected.jumlahPesanan,
        pemesan: expected.pemesan,
        code: expected.kodePesanan,
        shift: expected.shift,
        __typename: 'Order',
      },
    ]);
  });

  it('keeps the row scope: an employee reads only their own orders, by id, by code and in lists', async () => {
    const other = await decidedOrder('id kodePesanan');
    const mine = await server.ok<{ createOrder: { id: number; kodePesanan: string } }>(
      'mutation { createOrder(input: { shiftId: 1, jumlahPesanan: 1 }) { id kodePesanan } }',
      {},
      { token: t.employee2 },
    );
    const read = async (order: { id: number; kodePesanan: string }) =>
      server.ok<{ order: unknown; orderByKode: unknown; orders: { items: unknown[]; total: number } }>(
        `query($id: Int!, $kode: String!) { order(id: $id) { id } orderByKode(kodePesanan: $kode) { id }
          orders(filter: { search: $kode }) { total items { id pemesan { id } } } }`,
        { id: order.id, kode: order.kodePesanan },
        { token: t.employee2 },
      );
    const theirs = await read(other as { id: number; kodePesanan: string });
    expect(theirs).to.deep.equal({ order: null, orderByKode: null, orders: { items: [], total: 0 } });
    const own = await read(mine.createOrder);
    expect(own.order).to.deep.equal({ id: mine.createOrder.id });
    expect(own.orderByKode).to.deep.equal({ id: mine.createOrder.id });
    expect(own.orders.total).to.equal(1);
  });

  it('reads a page (and one order) with every nested field in as many statements as with the fewest fields', async () => {
    const selection = everyField(schema.getType('Order') as GraphQLObjectType, 3);
    const statements = async (query: string) => {
      const before = statementCount(server.dataSource);
      await server.ok(query, {}, { token: t.admin });
      return statementCount(server.dataSource) - before;
    };
    const totalOnly = await statements('{ orders(limit: 100) { total } }');
    const everything = await statements(`{ orders(limit: 100) { total items { ${selection} } } }`);
    expect(everything).to.equal(totalOnly);
    // The cursor (the event stream's head) is read by the page's own statement.
    expect(await statements(`{ orders(limit: 100) { cursor total items { ${selection} } } }`)).to.equal(
      totalOnly,
    );
    const idOnly = await statements('{ order(id: 1) { id } }');
    expect(await statements(`{ order(id: 1) { ${selection} } }`)).to.equal(idOnly);
  });

  it('runs a frequent page as a prepared statement, answering the same on every run', async () => {
    const query = `{ orders(limit: 7) { total items { id kodePesanan pemesan { namaLengkap } shift { jamMulai } } } }`;
    const answers = [];
    for (let run = 0; run < 6; run += 1) answers.push(await server.ok(query, {}, { token: t.admin }));
    for (const answer of answers) expect(answer).to.deep.equal(answers[0]);
    // The pool hands out its most recently used idle connection: the one that ran the page.
    const prepared = await server.sql<{ statement: string }>(
      "SELECT statement FROM pg_prepared_statements WHERE name LIKE 'pm\\_%'",
    );
    expect(prepared.map((row) => row.statement).join('\n')).to.include('LIMIT 7');
  });

  it('prepares nothing with PREPARED_STATEMENTS=0 (PgBouncer in transaction mode), answering the same', async () => {
    const unprepared = await startTestServer({ env: { PREPARED_STATEMENTS: '0' } });
    try {
      const token = await unprepared.login('admin');
      const query = `{ orders(limit: 7) { total items { id kodePesanan shift { jamMulai } } } }`;
      const answers = [];
      for (let run = 0; run < 6; run += 1) answers.push(await unprepared.ok(query, {}, { token }));
      for (const answer of answers) expect(answer).to.deep.equal(answers[0]);
      // Every connection the pool opened so far: none holds a prepared statement of this server.
      const counts = await Promise.all(
        Array.from({ length: 3 }, () =>
          unprepared.sql<{ n: number }>(
            "SELECT count(*)::int AS n FROM pg_prepared_statements WHERE name LIKE 'pm\\_%'",
          ),
        ),
      );
      expect(counts.map(([row]) => row.n)).to.deep.equal([0, 0, 0]);
    } finally {
      await unprepared.dispose();
    }
  });
});
