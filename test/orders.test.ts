import { expect } from 'chai';
import { statementCount } from '../src/db/data-source';
import { Order } from '../src/entities';
import { Role } from '../src/entities/enums';
import { snapshot } from '../src/events/events';
import { ROLE_STATUSES } from '../src/domain/orders/order-scope';
import {
  CreateOrderDocument,
  type CreateOrderInput,
  CreateUserDocument,
  DecideApprovalDocument,
  OrderByKodeDocument,
  OrderDocument,
  type OrderDetailFragment,
  type OrderFilter,
  OrdersDocument,
  type OrderStatus,
  PendingApprovalsDocument,
  RequestOrderEditDocument,
  RequestOrderRejectionDocument,
  UpdateOrderStatusDocument,
} from './generated/graphql';
import { failAuditInserts, firstError, ORDER_STATUSES, startTestServer, TestServer } from './helpers/server';

const STATUSES = ORDER_STATUSES;
type Status = OrderStatus;

/** DOMAIN.md "Orders": the only workflow moves, written out independently of the implementation's table. */
const ALLOWED: Array<[Status, Status, 'dapur' | 'delivery']> = [
  ['MENUNGGU', 'IN_PROGRESS', 'dapur'],
  ['IN_PROGRESS', 'READY', 'dapur'],
  ['READY', 'ON_DELIVERY', 'delivery'],
  ['ON_DELIVERY', 'COMPLETE', 'delivery'],
];

type OrderShape = OrderDetailFragment;

const NOTE = 'Stock of rice ran out today';

function jakartaDate(offsetDays = 0): string {
  const date = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(date);
}

const ROLE_OF = { dapur: Role.DAPUR, delivery: Role.DELIVERY } as const;

describe('orders', () => {
  let server: TestServer;
  let t: Awaited<ReturnType<TestServer['tokens']>>;

  before(async () => {
    server = await startTestServer();
    t = await server.tokens();
  });
  after(() => server.dispose());

  async function create(
    token = t.employee,
    input: CreateOrderInput = { shiftId: 1, jumlahPesanan: 3 },
  ): Promise<OrderShape> {
    const data = await server.run(CreateOrderDocument, { input }, { token });
    return data.createOrder;
  }

  async function setStatus(id: number, status: Status): Promise<void> {
    await server.sql('UPDATE transaction_pesanan SET status_pesanan = $2 WHERE id = $1', [id, status]);
  }

  async function auditCount(kode: string, aksi: string): Promise<number> {
    const [row] = await server.sql<{ n: number }>(
      'SELECT count(*)::int AS n FROM log_audit_trail WHERE kode_pesanan = $1 AND aksi = $2',
      [kode, aksi],
    );
    return row.n;
  }

  describe('createOrder', () => {
    it('creates a MENUNGGU order for today in the creator department, with a code and an audit row', async () => {
      const order = await create();
      expect(order.kodePesanan).to.match(new RegExp(`^PM-${jakartaDate().replace(/-/g, '')}-\\d{3}$`));
      expect(order.statusPesanan).to.equal('MENUNGGU');
      expect(order.tanggalPesanan).to.equal(jakartaDate());
      expect(order.department.namaDivisi).to.equal('Human Resources');
      expect(order.pemesan.nomorIndukKaryawan).to.equal('EMP001');
      expect(await auditCount(order.kodePesanan, 'ORDER_CREATED')).to.equal(1);
    });

    it('writes the order, its audit row and its event together: the audit names the order, the event is the order as stored', async () => {
      const before = statementCount(server.dataSource);
      // Raw on purpose: no nested field, so that the statements counted are the create's own.
      const { createOrder: order } = await server.ok<{ createOrder: { id: number; kodePesanan: string } }>(
        'mutation($input: CreateOrderInput!) { createOrder(input: $input) { id kodePesanan } }',
        { input: { shiftId: 2, jumlahPesanan: 4, tanggalPesanan: jakartaDate(3) } },
        { token: t.employee },
      );
      // The request's account check, the shift, then one statement for the code number, the order, its audit row
      // and its event; and perhaps already the event bus's read of the event after commit.
      expect(statementCount(server.dataSource) - before).to.be.at.most(4);
      const audits = await server.sql<{ user_id: number; detail: string; metadata: Record<string, unknown> }>(
        "SELECT user_id, detail, metadata FROM log_audit_trail WHERE kode_pesanan = $1 AND aksi = 'ORDER_CREATED'",
        [order.kodePesanan],
      );
      const [stored] = await server.dataSource.getRepository(Order).findBy({ id: order.id });
      expect(audits).to.deep.equal([
        {
          user_id: stored.karyawanPemesanId,
          detail: `Order ${order.kodePesanan} created: 4 meal(s) for ${jakartaDate(3)}`,
          metadata: { orderId: order.id, shiftId: 2, jumlahPesanan: 4, tanggalPesanan: jakartaDate(3) },
        },
      ]);
      const events = await server.sql<{
        data: string;
        order_id: number;
        department_id: number;
        owner_id: number;
      }>(
        "SELECT data, order_id, department_id, owner_id FROM order_event WHERE order_id = $1 AND topic = 'orderCreated'",
        [order.id],
      );
      expect(events).to.have.length(1);
      const { data, ...columns } = events[0];
      expect(columns).to.deep.equal({
        order_id: order.id,
        department_id: stored.departmentPemesanId,
        owner_id: stored.karyawanPemesanId,
      });
      // The text JSON.stringify makes of the event with the order read back (defaults such as created_at too).
      const { actorId, at } = JSON.parse(data) as { actorId: number; at: string };
      expect(actorId).to.equal(stored.karyawanPemesanId);
      expect(at).to.equal(stored.waktuDibuat.toISOString());
      expect(data).to.equal(JSON.stringify({ topic: 'orderCreated', order: snapshot(stored), actorId, at }));
    });

    it('dates an order by the Jakarta calendar at an instant where UTC is still on the day before', async () => {
      // 16:59:59 UTC is 23:59:59 in Jakarta; one second later Jakarta is on the next day while UTC is not.
      let instant = new Date('2027-03-10T16:59:59Z');
      const clocked = await startTestServer({ clock: { now: () => instant } });
      try {
        const token = await clocked.login('employee');
        const order = async (input: CreateOrderInput = { shiftId: 1, jumlahPesanan: 1 }) =>
          clocked.runResponse(CreateOrderDocument, { input }, { token });
        const late = (await order()).data?.createOrder;
        expect([late?.tanggalPesanan, late?.kodePesanan]).to.deep.equal(['2027-03-10', 'PM-20270310-001']);
        instant = new Date('2027-03-10T17:00:00Z');
        const next = (await order()).data?.createOrder;
        expect([next?.tanggalPesanan, next?.kodePesanan]).to.deep.equal(['2027-03-11', 'PM-20270311-001']);
        const yesterday = firstError(
          await order({ shiftId: 1, jumlahPesanan: 1, tanggalPesanan: '2027-03-10' }),
        );
        expect(yesterday.extensions).to.include({ code: 'BAD_USER_INPUT', field: 'tanggalPesanan' });
      } finally {
        await clocked.dispose();
      }
    });

    it('lets an administrator order too, in the administrator department', async () => {
      const order = await create(t.admin);
      expect(order.department.namaDivisi).to.equal('IT Department');
    });

    for (const [name, input, code, field] of [
      ['zero meals', { shiftId: 1, jumlahPesanan: 0 }, 'BAD_USER_INPUT', 'jumlahPesanan'],
      ['1001 meals', { shiftId: 1, jumlahPesanan: 1001 }, 'BAD_USER_INPUT', 'jumlahPesanan'],
      [
        'a date in the past',
        { shiftId: 1, jumlahPesanan: 1, tanggalPesanan: jakartaDate(-1) },
        'BAD_USER_INPUT',
        'tanggalPesanan',
      ],
      ['an unknown shift', { shiftId: 999, jumlahPesanan: 1 }, 'NOT_FOUND', 'shiftId'],
    ] as const) {
      it(`refuses ${name} with ${code} naming ${field}, writing nothing`, async () => {
        const [before] = await server.sql<{ orders: number; audits: number }>(
          'SELECT (SELECT count(*)::int FROM transaction_pesanan) AS orders, (SELECT count(*)::int FROM log_audit_trail) AS audits',
        );
        const response = await server.runResponse(CreateOrderDocument, { input }, { token: t.employee });
        expect(response.errors?.[0].extensions?.code).to.equal(code);
        expect(response.errors?.[0].extensions?.field).to.equal(field);
        const [after] = await server.sql(
          'SELECT (SELECT count(*)::int FROM transaction_pesanan) AS orders, (SELECT count(*)::int FROM log_audit_trail) AS audits',
        );
        expect(after).to.deep.equal(before);
      });
    }

    it('refuses an impossible calendar date', async () => {
      const code = await server.runErrorCode(
        CreateOrderDocument,
        { input: { shiftId: 1, jumlahPesanan: 1, tanggalPesanan: '2099-02-30' } },
        { token: t.employee },
      );
      expect(code).to.equal('BAD_USER_INPUT');
    });

    it('refuses a creator without a department', async () => {
      await server.run(
        CreateUserDocument,
        {
          input: {
            nomorIndukKaryawan: 'NODEPT1',
            namaLengkap: 'No Dept',
            password: 'password1',
            role: 'EMPLOYEE',
          },
        },
        { token: t.admin },
      );
      const token = await server.login({ nik: 'NODEPT1', password: 'password1' });
      const response = await server.runResponse(
        CreateOrderDocument,
        { input: { shiftId: 1, jumlahPesanan: 1 } },
        { token },
      );
      expect(response.errors?.[0].extensions?.code).to.equal('BAD_USER_INPUT');
      expect(response.errors?.[0].extensions?.field).to.equal('departmentId');
    });

    it('gives 50 concurrent creates on one date the codes 001..050, without gaps or duplicates', async () => {
      const date = jakartaDate(30);
      const tokens = [t.employee, t.employee2, t.admin];
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, index) =>
          create(tokens[index % tokens.length], { shiftId: 2, jumlahPesanan: 1, tanggalPesanan: date }),
        ),
      );
      const codes = results.map((order) => order.kodePesanan).sort();
      const compact = date.replace(/-/g, '');
      expect(codes).to.deep.equal(
        Array.from({ length: 50 }, (_, index) => `PM-${compact}-${String(index + 1).padStart(3, '0')}`),
      );
    });

    it('spends no code number on a refused create: a missing shift rolls the date counter back', async () => {
      const date = jakartaDate(31);
      const compact = date.replace(/-/g, '');
      const first = await create(t.employee, { shiftId: 1, jumlahPesanan: 1, tanggalPesanan: date });
      expect(first.kodePesanan).to.equal(`PM-${compact}-001`);
      for (let attempt = 0; attempt < 2; attempt += 1) {
        const refused = await server.runResponse(
          CreateOrderDocument,
          { input: { shiftId: 999_999, jumlahPesanan: 1, tanggalPesanan: date } },
          { token: t.employee },
        );
        expect(refused.errors?.[0].extensions?.code).to.equal('NOT_FOUND');
      }
      const next = await create(t.employee, { shiftId: 1, jumlahPesanan: 1, tanggalPesanan: date });
      expect(next.kodePesanan).to.equal(`PM-${compact}-002`);
    });

    it('keeps working, with its statements prepared, after a migration adds a column to the tables it reads', async () => {
      const date = jakartaDate(47);
      const createAndRead = async () => {
        await create(t.employee, { shiftId: 1, jumlahPesanan: 1, tanggalPesanan: date });
        return server.run(OrdersDocument, { limit: 5 }, { token: t.admin });
      };
      // Three runs: the statements are prepared from their third use on.
      for (let run = 0; run < 3; run += 1) await createAndRead();
      // As a rolling deploy's migration would, while this process keeps serving.
      await server.sql('ALTER TABLE transaction_pesanan ADD COLUMN deploy_probe int');
      await server.sql('ALTER TABLE master_shift ADD COLUMN deploy_probe int');
      try {
        for (let run = 0; run < 3; run += 1) await createAndRead();
        const rows = await server.sql('SELECT id FROM transaction_pesanan WHERE tanggal_pesanan = $1', [
          date,
        ]);
        expect(rows).to.have.length(6);
      } finally {
        await server.sql('ALTER TABLE transaction_pesanan DROP COLUMN deploy_probe');
        await server.sql('ALTER TABLE master_shift DROP COLUMN deploy_probe');
      }
    });

    it('answers NOT_FOUND naming shiftId, writing nothing, when the shift is deleted between its read and the order', async () => {
      const date = jakartaDate(52);
      const compact = date.replace(/-/g, '');
      const first = await create(t.employee, { shiftId: 1, jumlahPesanan: 1, tanggalPesanan: date });
      expect(first.kodePesanan).to.equal(`PM-${compact}-001`);
      const [shift] = await server.sql<{ id: number }>(
        "INSERT INTO master_shift (nama_shift, jam_mulai, jam_selesai) VALUES ('Vanishing', '08:00', '09:00') RETURNING id",
      );
      // The date's counter held by another transaction: the create reads the shift, then waits at the counter.
      const holder = server.dataSource.createQueryRunner();
      await holder.connect();
      const before = await server.lastAuditId();
      try {
        await holder.startTransaction();
        await holder.query('SELECT * FROM order_code_counter WHERE tanggal = $1 FOR UPDATE', [date]);
        const pending = server.runResponse(
          CreateOrderDocument,
          { input: { shiftId: shift.id, jumlahPesanan: 1, tanggalPesanan: date } },
          { token: t.employee },
        );
        for (let waited = 0; ; waited += 20) {
          const [row] = await server.sql<{ n: number }>(
            'SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted',
          );
          if (row.n > 0) break;
          if (waited > 10_000) throw new Error('the create never waited for the counter');
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        // Meanwhile another request deletes the shift, and commits.
        await server.sql('DELETE FROM master_shift WHERE id = $1', [shift.id]);
        await holder.rollbackTransaction();
        const response = await pending;
        expect(response.errors?.[0].extensions).to.include({ code: 'NOT_FOUND', field: 'shiftId' });
      } finally {
        await holder.release();
      }
      expect(await server.auditSince(before)).to.deep.equal([]);
      const next = await create(t.employee, { shiftId: 1, jumlahPesanan: 1, tanggalPesanan: date });
      expect(next.kodePesanan).to.equal(`PM-${compact}-002`);
    });

    it('grows the sequence to four digits after 999', async () => {
      const date = jakartaDate(40);
      await server.sql('INSERT INTO order_code_counter (tanggal, last_value) VALUES ($1, 999)', [date]);
      const order = await create(t.employee, { shiftId: 1, jumlahPesanan: 1, tanggalPesanan: date });
      expect(order.kodePesanan).to.equal(`PM-${date.replace(/-/g, '')}-1000`);
    });

    it('answers CONFLICT, writing nothing, when the next code is already taken by a row written outside the API', async () => {
      const date = jakartaDate(45);
      const taken = `PM-${date.replace(/-/g, '')}-001`;
      const [employee] = await server.sql<{ id: number; department_id: number }>(
        "SELECT id, department_id FROM master_karyawan WHERE nomor_induk_karyawan = 'EMP001'",
      );
      await server.sql(
        `INSERT INTO transaction_pesanan (kode_pesanan, karyawan_pemesan_id, department_pemesan_id, shift_id,
           jumlah_pesanan, tanggal_pesanan) VALUES ($1, $2, $3, 1, 1, $4)`,
        [taken, employee.id, employee.department_id, date],
      );
      const before = await server.lastAuditId();
      const response = await server.runResponse(
        CreateOrderDocument,
        { input: { shiftId: 1, jumlahPesanan: 2, tanggalPesanan: date } },
        { token: t.employee },
      );
      expect(response.errors?.[0].extensions?.code).to.equal('CONFLICT');
      expect(
        await server.sql('SELECT kode_pesanan FROM transaction_pesanan WHERE tanggal_pesanan = $1', [date]),
      ).to.deep.equal([{ kode_pesanan: taken }]);
      expect(await server.sql('SELECT * FROM order_code_counter WHERE tanggal = $1', [date])).to.have.length(
        0,
      );
      expect(await server.auditSince(before)).to.deep.equal([]);
    });

    it('returns the sequence number when the transaction fails after taking it', async () => {
      const date = jakartaDate(50);
      const restore = await failAuditInserts(server, 'ORDER_CREATED');
      try {
        const response = await server.runResponse(
          CreateOrderDocument,
          { input: { shiftId: 1, jumlahPesanan: 1, tanggalPesanan: date } },
          { token: t.employee },
        );
        expect(response.errors?.[0].extensions?.code).to.equal('INTERNAL_SERVER_ERROR');
        const rows = await server.sql('SELECT id FROM transaction_pesanan WHERE tanggal_pesanan = $1', [
          date,
        ]);
        expect(rows).to.have.length(0);
      } finally {
        await restore();
      }
      const order = await create(t.employee, { shiftId: 1, jumlahPesanan: 1, tanggalPesanan: date });
      expect(order.kodePesanan).to.equal(`PM-${date.replace(/-/g, '')}-001`);
    });
  });

  describe('updateOrderStatus', () => {
    it('moves an order through the whole workflow, stamping each time', async () => {
      const order = await create();
      const step = async (token: string, status: Status) =>
        (await server.run(UpdateOrderStatusDocument, { id: order.id, status }, { token })).updateOrderStatus;
      const accepted = await step(t.dapur, 'IN_PROGRESS');
      expect(accepted.waktuDiproses).to.be.a('string');
      const ready = await step(t.dapur, 'READY');
      expect(ready.waktuSiap).to.be.a('string');
      const onTheWay = await step(t.delivery, 'ON_DELIVERY');
      expect(onTheWay.waktuDiantar).to.be.a('string');
      const done = await step(t.delivery, 'COMPLETE');
      expect(done.waktuSelesai).to.be.a('string');
      expect(done.statusPesanan).to.equal('COMPLETE');
      expect(await auditCount(order.kodePesanan, 'ORDER_STATUS_CHANGED')).to.equal(4);
      const [audit] = await server.sql<{ detail: string }>(
        `SELECT detail FROM log_audit_trail WHERE kode_pesanan = $1 AND aksi = 'ORDER_STATUS_CHANGED' ORDER BY id LIMIT 1`,
        [order.kodePesanan],
      );
      expect(audit.detail).to.equal(`Order ${order.kodePesanan} status changed: MENUNGGU -> IN_PROGRESS`);
    });

    it('applies exactly the workflow table for every (from, to, role): allowed, FORBIDDEN, CONFLICT or NOT_FOUND', async () => {
      const failures: string[] = [];
      for (const role of ['dapur', 'delivery'] as const) {
        for (const from of STATUSES) {
          // An order of its own per role and status: created (MENUNGGU, in its history), then put in `from`.
          const order = await create();
          for (const to of STATUSES) {
            await setStatus(order.id, from);
            const response = await server.runResponse(
              UpdateOrderStatusDocument,
              { id: order.id, status: to },
              { token: t[role] },
            );
            const allowed = ALLOWED.some(([f, s, r]) => f === from && s === to && r === role);
            // A role that makes this kind of move elsewhere in the workflow gets CONFLICT (wrong status), else FORBIDDEN.
            const roleMovesTo = ALLOWED.some(([, s, r]) => s === to && r === role);
            // An order outside what the role may read now is NOT_FOUND, as in reads, if the role never could read
            // it; CONFLICT (its status not named) if it could before: the kitchen had every order as MENUNGGU.
            const scope = (ROLE_STATUSES[ROLE_OF[role]] as readonly string[] | undefined) ?? [];
            const expected = !scope.includes(from)
              ? scope.includes('MENUNGGU')
                ? 'CONFLICT'
                : 'NOT_FOUND'
              : allowed
                ? 'ok'
                : roleMovesTo
                  ? 'CONFLICT'
                  : 'FORBIDDEN';
            const actual = response.errors
              ? response.errors[0].extensions?.code
              : response.data?.updateOrderStatus.statusPesanan === to
                ? 'ok'
                : 'wrong';
            if (actual !== expected)
              failures.push(`${role} ${from}->${to}: expected ${expected}, got ${actual}`);
          }
        }
      }
      expect(failures).to.deep.equal([]);
    });

    it('refuses employees any status change', async () => {
      const order = await create();
      expect(
        await server.runErrorCode(
          UpdateOrderStatusDocument,
          { id: order.id, status: 'IN_PROGRESS' },
          { token: t.employee },
        ),
      ).to.equal('FORBIDDEN');
    });

    it('answers NOT_FOUND for an unknown order', async () => {
      expect(
        await server.runErrorCode(
          UpdateOrderStatusDocument,
          { id: 999999, status: 'IN_PROGRESS' },
          { token: t.dapur },
        ),
      ).to.equal('NOT_FOUND');
    });

    it('lets exactly one of 10 simultaneous accepts succeed; the rest get CONFLICT', async () => {
      const order = await create();
      const responses = await Promise.all(
        Array.from({ length: 10 }, () =>
          server.runResponse(
            UpdateOrderStatusDocument,
            { id: order.id, status: 'IN_PROGRESS' },
            { token: t.dapur },
          ),
        ),
      );
      const succeeded = responses.filter((response) => !response.errors);
      const codes = responses
        .filter((response) => response.errors)
        .map((response) => response.errors?.[0].extensions?.code);
      expect(succeeded).to.have.length(1);
      expect(codes).to.deep.equal(Array(9).fill('CONFLICT'));
      expect(await auditCount(order.kodePesanan, 'ORDER_STATUS_CHANGED')).to.equal(1);
    });

    describe('administrator override', () => {
      it('requires a catatan of at least 10 characters', async () => {
        const order = await create();
        const response = await server.runResponse(
          UpdateOrderStatusDocument,
          { id: order.id, status: 'READY' },
          { token: t.admin },
        );
        expect(response.errors?.[0].extensions).to.include({ code: 'BAD_USER_INPUT', field: 'catatan' });
        expect(
          await server.runErrorCode(
            UpdateOrderStatusDocument,
            { id: order.id, status: 'READY', catatan: 'short' },
            { token: t.admin },
          ),
        ).to.equal('BAD_USER_INPUT');
      });

      it('reopens a final order, audited as ORDER_OVERRIDE and ORDER_STATUS_CHANGED', async () => {
        const order = await create();
        await setStatus(order.id, 'COMPLETE');
        const data = await server.run(
          UpdateOrderStatusDocument,
          { id: order.id, status: 'MENUNGGU', catatan: 'Delivered to the wrong floor' },
          { token: t.admin },
        );
        expect(data.updateOrderStatus.statusPesanan).to.equal('MENUNGGU');
        expect(data.updateOrderStatus.catatanAdmin).to.equal('Delivered to the wrong floor');
        expect(await auditCount(order.kodePesanan, 'ORDER_OVERRIDE')).to.equal(1);
        expect(await auditCount(order.kodePesanan, 'ORDER_STATUS_CHANGED')).to.equal(1);
      });

      it('may set DITOLAK but never MENUNGGU_PERSETUJUAN', async () => {
        const order = await create();
        const data = await server.run(
          UpdateOrderStatusDocument,
          { id: order.id, status: 'DITOLAK', catatan: 'Duplicate order by mistake' },
          { token: t.admin },
        );
        expect(data.updateOrderStatus.statusPesanan).to.equal('DITOLAK');
        const other = await create();
        const code = await server.runErrorCode(
          UpdateOrderStatusDocument,
          { id: other.id, status: 'MENUNGGU_PERSETUJUAN', catatan: 'Trying the forbidden one' },
          { token: t.admin },
        );
        expect(code).to.equal('BAD_USER_INPUT');
      });

      it('refuses any override while an approval is pending, with CONFLICT, changing nothing', async () => {
        const order = await create();
        await server.run(
          RequestOrderRejectionDocument,
          { id: order.id, catatanDapur: NOTE },
          { token: t.dapur },
        );
        const pending = () => server.sql('SELECT * FROM transaction_pesanan WHERE id = $1', [order.id]);
        const before = await pending();
        for (const status of ['MENUNGGU', 'IN_PROGRESS', 'DITOLAK', 'COMPLETE'] as const) {
          const response = await server.runResponse(
            UpdateOrderStatusDocument,
            { id: order.id, status, catatan: 'Overriding the pending request' },
            { token: t.admin },
          );
          expect(firstError(response).extensions?.code, status).to.equal('CONFLICT');
        }
        expect(await pending()).to.deep.equal(before);
        expect(before[0]).to.include({ status_pesanan: 'MENUNGGU_PERSETUJUAN', approval_status: 'PENDING' });
        expect(await auditCount(order.kodePesanan, 'ORDER_OVERRIDE')).to.equal(0);
      });
    });
  });

  describe('reading orders', () => {
    it('never shows an employee another employee’s order, through any operation', async () => {
      const order = await create(t.employee);
      const byId = await server.run(OrderDocument, { id: order.id }, { token: t.employee2 });
      expect(byId.order).to.equal(null);
      const byKode = await server.run(
        OrderByKodeDocument,
        { kodePesanan: order.kodePesanan },
        { token: t.employee2 },
      );
      expect(byKode.orderByKode).to.equal(null);
      // Exactly EMP002's orders, their own among them: an empty list would not pass.
      const ownOrder = await create(t.employee2);
      const list = await server.run(OrdersDocument, { limit: 100 }, { token: t.employee2 });
      const expected = await server.sql<{ id: number }>(
        `SELECT o.id FROM transaction_pesanan o JOIN master_karyawan k ON k.id = o.karyawan_pemesan_id
          WHERE k.nomor_induk_karyawan = 'EMP002' ORDER BY o.waktu_dibuat DESC, o.id DESC LIMIT 100`,
      );
      expect(list.orders.items.map((item) => item.id)).to.deep.equal(expected.map((row) => row.id));
      expect(list.orders.items.map((item) => item.id)).to.include(ownOrder.id);
      expect(new Set(list.orders.items.map((item) => item.pemesan.nomorIndukKaryawan))).to.deep.equal(
        new Set(['EMP002']),
      );
      const searched = await server.run(
        OrdersDocument,
        { filter: { search: order.kodePesanan } },
        { token: t.employee2 },
      );
      expect(searched.orders.total).to.equal(0);
      const own = await server.run(OrderDocument, { id: order.id }, { token: t.employee });
      expect(own.order?.id).to.equal(order.id);
    });

    it('limits dapur and delivery to their statuses; filters only narrow', async () => {
      const orders = await Promise.all(STATUSES.map(() => create()));
      await Promise.all(orders.map((order, index) => setStatus(order.id, STATUSES[index])));
      const statusesSeen = async (token: string, filter: OrderFilter = {}) => {
        const data = await server.run(OrdersDocument, { filter, limit: 100 }, { token });
        return [...new Set(data.orders.items.map((item) => item.statusPesanan))].sort();
      };
      expect(await statusesSeen(t.dapur)).to.deep.equal(['IN_PROGRESS', 'MENUNGGU', 'MENUNGGU_PERSETUJUAN']);
      expect(await statusesSeen(t.delivery)).to.deep.equal(['ON_DELIVERY', 'READY']);
      expect(await statusesSeen(t.dapur, { status: 'READY' })).to.deep.equal([]);
      expect(await statusesSeen(t.admin)).to.deep.equal([...STATUSES].sort());
      const hidden = orders[STATUSES.indexOf('READY')];
      const asDapur = await server.run(OrderDocument, { id: hidden.id }, { token: t.dapur });
      expect(asDapur.order).to.equal(null);
    });

    it('pages newest first with total and totalPages, and validates page and limit', async () => {
      const data = await server.run(OrdersDocument, { page: 2, limit: 3 }, { token: t.admin });
      const [{ n }] = await server.sql<{ n: number }>('SELECT count(*)::int AS n FROM transaction_pesanan');
      const expectedIds = await server.sql<{ id: number }>(
        'SELECT id FROM transaction_pesanan ORDER BY waktu_dibuat DESC, id DESC OFFSET 3 LIMIT 3',
      );
      expect(data.orders.total).to.equal(n);
      expect(data.orders.totalPages).to.equal(Math.ceil(n / 3));
      expect(data.orders.items.map((item) => item.id)).to.deep.equal(expectedIds.map((row) => row.id));
      // Raw on purpose: page and limit written as literals in the document, validated as variables are.
      for (const args of ['page: 0', 'limit: 0', 'limit: 101']) {
        expect(
          await server.errorCode(`query { orders(${args}) { total } }`, {}, { token: t.admin }),
        ).to.equal('BAD_USER_INPUT');
      }
    });

    it('filters by date range, shift, department and code', async () => {
      const date = jakartaDate(60);
      const order = await create(t.employee, { shiftId: 3, jumlahPesanan: 2, tanggalPesanan: date });
      const data = await server.run(
        OrdersDocument,
        {
          filter: {
            tanggalMulai: date,
            tanggalAkhir: date,
            shiftId: 3,
            departmentId: 2,
            search: order.kodePesanan.slice(-6),
          },
        },
        { token: t.admin },
      );
      expect(data.orders.items.map((item) => item.id)).to.deep.equal([order.id]);
    });

    it('loads a page of 100 orders with every nested field in as many statements as a page of 1', async () => {
      await server.sql(`INSERT INTO transaction_pesanan (kode_pesanan, karyawan_pemesan_id, department_pemesan_id, shift_id, jumlah_pesanan, tanggal_pesanan, requested_by_id, approved_by_id)
        SELECT 'PM-20990101-' || lpad(g::text, 3, '0'), 1 + g % 5, 1 + g % 3, 1 + g % 3, 1, '2099-01-01', 1 + (g + 1) % 5, 1 + (g + 2) % 5 FROM generate_series(1, 120) g`);
      // Raw on purpose: this nested selection is the measured workload (per-field loaders), not a client's operation.
      const query = `query($limit: Int) { orders(limit: $limit) { items { id pemesan { namaLengkap department { namaDivisi } jabatan { namaJabatan department { id } } }
        department { namaDivisi } shift { namaShift } requestedBy { namaLengkap } approvedBy { namaLengkap } } } }`;
      const count = async (limit: number) => {
        const before = statementCount(server.dataSource);
        const data = await server.ok<{ orders: { items: { id: number }[] } }>(
          query,
          { limit },
          { token: t.admin },
        );
        expect(data.orders.items).to.have.length(limit);
        return statementCount(server.dataSource) - before;
      };
      const one = await count(1);
      const hundred = await count(100);
      expect(hundred).to.equal(one);
      expect(one).to.be.lessThan(12);
    });
  });

  describe('approvals', () => {
    async function inProgressOrder(): Promise<OrderShape> {
      const order = await create(t.employee, { shiftId: 1, jumlahPesanan: 5 });
      await server.run(
        UpdateOrderStatusDocument,
        { id: order.id, status: 'IN_PROGRESS' },
        { token: t.dapur },
      );
      return order;
    }

    it('validates the kitchen note and the new quantity', async () => {
      const order = await create();
      const short = await server.runResponse(
        RequestOrderRejectionDocument,
        { id: order.id, catatanDapur: '   too short   ' },
        { token: t.dapur },
      );
      expect(short.errors?.[0].extensions).to.include({ code: 'BAD_USER_INPUT', field: 'catatanDapur' });
      const same = await server.runResponse(
        RequestOrderEditDocument,
        { id: order.id, jumlahPesananBaru: 3, catatanDapur: NOTE },
        { token: t.dapur },
      );
      expect(same.errors?.[0].extensions).to.include({ code: 'BAD_USER_INPUT', field: 'jumlahPesananBaru' });
      const tooMany = await server.runResponse(
        RequestOrderEditDocument,
        { id: order.id, jumlahPesananBaru: 1001, catatanDapur: NOTE },
        { token: t.dapur },
      );
      expect(tooMany.errors?.[0].extensions).to.include({
        code: 'BAD_USER_INPUT',
        field: 'jumlahPesananBaru',
      });
      expect(
        await server.runErrorCode(
          RequestOrderRejectionDocument,
          { id: order.id, catatanDapur: NOTE },
          { token: t.delivery },
        ),
      ).to.equal('FORBIDDEN');
      expect(
        await server.runErrorCode(
          RequestOrderRejectionDocument,
          { id: order.id, catatanDapur: NOTE },
          { token: t.admin },
        ),
      ).to.equal('FORBIDDEN');
    });

    it('accepts requests only from MENUNGGU or IN_PROGRESS, and only one at a time', async () => {
      const order = await create();
      await setStatus(order.id, 'READY');
      // READY is outside what dapur may read now, but dapur had the order (MENUNGGU): CONFLICT, its status not named.
      const outOfScope = await server.runResponse(
        RequestOrderRejectionDocument,
        { id: order.id, catatanDapur: NOTE },
        { token: t.dapur },
      );
      expect(outOfScope.errors?.[0].extensions?.code).to.equal('CONFLICT');
      expect(outOfScope.errors?.[0].message).to.not.include('READY');
      await setStatus(order.id, 'MENUNGGU');
      await server.run(
        RequestOrderRejectionDocument,
        { id: order.id, catatanDapur: NOTE },
        { token: t.dapur },
      );
      expect(
        await server.runErrorCode(
          RequestOrderEditDocument,
          { id: order.id, jumlahPesananBaru: 9, catatanDapur: NOTE },
          { token: t.dapur },
        ),
      ).to.equal('CONFLICT');
    });

    it('approved REJECT makes the order DITOLAK', async () => {
      const order = await inProgressOrder();
      const requested = (
        await server.run(
          RequestOrderRejectionDocument,
          { id: order.id, catatanDapur: NOTE },
          { token: t.dapur },
        )
      ).requestOrderRejection;
      expect(requested).to.include({
        statusPesanan: 'MENUNGGU_PERSETUJUAN',
        approvalStatus: 'PENDING',
        approvalRequestType: 'REJECT',
        requiresApproval: true,
        catatanDapur: NOTE,
      });
      expect(requested.requestedBy?.nomorIndukKaryawan).to.equal('KIT001');
      const pending = await server.run(PendingApprovalsDocument, {}, { token: t.dapur });
      expect(pending.pendingApprovals.map((item) => item.id)).to.include(order.id);
      const decided = (
        await server.run(
          DecideApprovalDocument,
          { id: order.id, decision: 'APPROVED', catatanAdmin: 'Agreed' },
          { token: t.admin },
        )
      ).decideApproval;
      expect(decided).to.include({
        statusPesanan: 'DITOLAK',
        approvalStatus: 'APPROVED',
        requiresApproval: false,
        catatanAdmin: 'Agreed',
      });
      expect(decided.approvedBy?.nomorIndukKaryawan).to.equal('ADM001');
      expect(await auditCount(order.kodePesanan, 'ORDER_REJECTION_REQUESTED')).to.equal(1);
      expect(await auditCount(order.kodePesanan, 'APPROVAL_DECIDED')).to.equal(1);
      const after = await server.run(PendingApprovalsDocument, {}, { token: t.admin });
      expect(after.pendingApprovals.map((item) => item.id)).to.not.include(order.id);
    });

    it('rejected REJECT returns the order to the status it had', async () => {
      const order = await inProgressOrder();
      await server.run(
        RequestOrderRejectionDocument,
        { id: order.id, catatanDapur: NOTE },
        { token: t.dapur },
      );
      const decided = (
        await server.run(DecideApprovalDocument, { id: order.id, decision: 'REJECTED' }, { token: t.admin })
      ).decideApproval;
      expect(decided).to.include({
        statusPesanan: 'IN_PROGRESS',
        approvalStatus: 'REJECTED',
        requiresApproval: false,
        jumlahPesanan: 5,
      });
    });

    it('approved EDIT keeps the new quantity and returns to the previous status', async () => {
      const order = await inProgressOrder();
      const requested = (
        await server.run(
          RequestOrderEditDocument,
          { id: order.id, jumlahPesananBaru: 8, catatanDapur: NOTE },
          { token: t.dapur },
        )
      ).requestOrderEdit;
      expect(requested).to.include({ jumlahPesanan: 8, jumlahPesananAwal: 5, approvalRequestType: 'EDIT' });
      const decided = (
        await server.run(DecideApprovalDocument, { id: order.id, decision: 'APPROVED' }, { token: t.admin })
      ).decideApproval;
      expect(decided).to.include({
        statusPesanan: 'IN_PROGRESS',
        jumlahPesanan: 8,
        jumlahPesananAwal: 5,
        approvalStatus: 'APPROVED',
      });
      expect(await auditCount(order.kodePesanan, 'ORDER_EDIT_REQUESTED')).to.equal(1);
    });

    it('rejected EDIT restores the quantity and returns to MENUNGGU', async () => {
      const order = await create(t.employee, { shiftId: 1, jumlahPesanan: 4 });
      await server.run(
        RequestOrderEditDocument,
        { id: order.id, jumlahPesananBaru: 2, catatanDapur: NOTE },
        { token: t.dapur },
      );
      const decided = (
        await server.run(
          DecideApprovalDocument,
          { id: order.id, decision: 'REJECTED', catatanAdmin: 'Keep it' },
          { token: t.admin },
        )
      ).decideApproval;
      expect(decided).to.include({
        statusPesanan: 'MENUNGGU',
        jumlahPesanan: 4,
        jumlahPesananAwal: null,
        approvalStatus: 'REJECTED',
      });
    });

    it('refuses to decide an order without a pending request, and lets only administrators decide', async () => {
      const order = await create();
      expect(
        await server.runErrorCode(
          DecideApprovalDocument,
          { id: order.id, decision: 'APPROVED' },
          { token: t.admin },
        ),
      ).to.equal('CONFLICT');
      await server.run(
        RequestOrderRejectionDocument,
        { id: order.id, catatanDapur: NOTE },
        { token: t.dapur },
      );
      expect(
        await server.runErrorCode(
          DecideApprovalDocument,
          { id: order.id, decision: 'APPROVED' },
          { token: t.dapur },
        ),
      ).to.equal('FORBIDDEN');
      const decisions = await Promise.all([
        server.runResponse(
          DecideApprovalDocument,
          { id: order.id, decision: 'APPROVED' },
          { token: t.admin },
        ),
        server.runResponse(
          DecideApprovalDocument,
          { id: order.id, decision: 'REJECTED' },
          { token: t.admin },
        ),
      ]);
      expect(decisions.filter((response) => !response.errors)).to.have.length(1);
      expect(
        decisions.filter((response) => response.errors?.[0].extensions?.code === 'CONFLICT'),
      ).to.have.length(1);
    });

    it('filters orders by requiresApproval and approvalStatus, exactly, within each role’s scope', async () => {
      // A date of its own, so that the other tests' orders stay out and every expected list is exact.
      const date = jakartaDate(75);
      const input = { shiftId: 2, jumlahPesanan: 5, tanggalPesanan: date };
      const plain = await create(t.employee, input);
      const rejectionPending = await create(t.employee, input);
      await server.run(
        RequestOrderRejectionDocument,
        { id: rejectionPending.id, catatanDapur: NOTE },
        { token: t.dapur },
      );
      const editPending = await create(t.employee2, input);
      await server.run(
        RequestOrderEditDocument,
        { id: editPending.id, jumlahPesananBaru: 7, catatanDapur: NOTE },
        { token: t.dapur },
      );
      const editApproved = await create(t.employee, input);
      await server.run(
        RequestOrderEditDocument,
        { id: editApproved.id, jumlahPesananBaru: 6, catatanDapur: NOTE },
        { token: t.dapur },
      );
      await server.run(
        DecideApprovalDocument,
        { id: editApproved.id, decision: 'APPROVED' },
        { token: t.admin },
      );
      const rejectionApproved = await create(t.employee, input); // DITOLAK: out of the kitchen's scope
      await server.run(
        RequestOrderRejectionDocument,
        { id: rejectionApproved.id, catatanDapur: NOTE },
        { token: t.dapur },
      );
      await server.run(
        DecideApprovalDocument,
        { id: rejectionApproved.id, decision: 'APPROVED' },
        { token: t.admin },
      );
      const rejectionRejected = await create(t.employee, input);
      await server.run(
        RequestOrderRejectionDocument,
        { id: rejectionRejected.id, catatanDapur: NOTE },
        { token: t.dapur },
      );
      await server.run(
        DecideApprovalDocument,
        { id: rejectionRejected.id, decision: 'REJECTED' },
        { token: t.admin },
      );
      await setStatus(rejectionRejected.id, 'READY'); // delivery's now, no longer the kitchen's

      const ids = async (token: string, filter: OrderFilter) => {
        const data = await server.run(
          OrdersDocument,
          { filter: { tanggalMulai: date, tanggalAkhir: date, ...filter }, limit: 100 },
          { token },
        );
        expect(data.orders.total, JSON.stringify(filter)).to.equal(data.orders.items.length);
        for (const item of data.orders.items) {
          if (filter.requiresApproval !== undefined)
            expect(item.requiresApproval, `requiresApproval of order ${item.id}`).to.equal(
              filter.requiresApproval,
            );
          if (filter.approvalStatus !== undefined)
            expect(item.approvalStatus, `approvalStatus of order ${item.id}`).to.equal(filter.approvalStatus);
        }
        return data.orders.items.map((item) => item.id).sort((a, b) => a - b);
      };
      const sorted = (...orders: OrderShape[]) => orders.map((order) => order.id).sort((a, b) => a - b);
      const pending = sorted(rejectionPending, editPending);

      expect(await ids(t.admin, {}), 'the date holds all six').to.deep.equal(
        sorted(plain, rejectionPending, editPending, editApproved, rejectionApproved, rejectionRejected),
      );
      expect(await ids(t.admin, { requiresApproval: true })).to.deep.equal(pending);
      expect(await ids(t.admin, { requiresApproval: false })).to.deep.equal(
        sorted(plain, editApproved, rejectionApproved, rejectionRejected),
      );
      expect(await ids(t.admin, { approvalStatus: 'PENDING' })).to.deep.equal(pending);
      expect(await ids(t.admin, { approvalStatus: 'APPROVED' })).to.deep.equal(
        sorted(editApproved, rejectionApproved),
      );
      expect(await ids(t.admin, { approvalStatus: 'REJECTED' })).to.deep.equal(sorted(rejectionRejected));
      expect(await ids(t.admin, { requiresApproval: true, approvalStatus: 'APPROVED' })).to.deep.equal([]);
      expect(await ids(t.admin, { requiresApproval: true, search: editPending.kodePesanan })).to.deep.equal(
        sorted(editPending),
      );

      // The row scope still applies: filters only narrow what a role may read.
      expect(await ids(t.dapur, { approvalStatus: 'PENDING' })).to.deep.equal(pending);
      expect(await ids(t.dapur, { approvalStatus: 'APPROVED' })).to.deep.equal(sorted(editApproved));
      expect(await ids(t.dapur, { approvalStatus: 'REJECTED' })).to.deep.equal([]);
      expect(await ids(t.delivery, { approvalStatus: 'REJECTED' })).to.deep.equal(sorted(rejectionRejected));
      expect(await ids(t.delivery, { requiresApproval: true })).to.deep.equal([]);
      expect(await ids(t.employee, { requiresApproval: true })).to.deep.equal(sorted(rejectionPending));
      expect(await ids(t.employee2, { approvalStatus: 'PENDING' })).to.deep.equal(sorted(editPending));
      expect(await ids(t.employee2, { approvalStatus: 'APPROVED' })).to.deep.equal([]);
    });

    it('refuses pendingApprovals to employees and delivery', async () => {
      expect(await server.runErrorCode(PendingApprovalsDocument, {}, { token: t.employee })).to.equal(
        'FORBIDDEN',
      );
      expect(await server.runErrorCode(PendingApprovalsDocument, {}, { token: t.delivery })).to.equal(
        'FORBIDDEN',
      );
    });
  });
});
