// Canteen rules (DOMAIN.md "Orders", Canteen rules): the per-shift ordering cut-off, cancelling an order, and the
// kitchen's count. Every expected instant and figure is written out or computed here, independently of the code.
import { expect } from 'chai';
import { parse } from 'csv-parse/sync';
import { createDataSource, statementCount } from '../src/db/data-source';
import { InitialSchema1764115200000 } from '../src/db/migrations/1764115200000-InitialSchema';
import { ReportIndexes1764288000000 } from '../src/db/migrations/1764288000000-ReportIndexes';
import { CanteenRules1764500000000 } from '../src/db/migrations/1764500000000-CanteenRules';
import {
  CancelOrderDocument,
  ConsumptionAndDepartmentsDocument,
  CreateOrderDocument,
  CreateShiftDocument,
  DecideApprovalDocument,
  DeleteShiftDocument,
  ExportReportDocument,
  KitchenSummaryDocument,
  OrderDocument,
  OrdersDocument,
  PendingApprovalsDocument,
  RequestOrderEditDocument,
  RequestOrderRejectionDocument,
  ShiftCutoffsDocument,
  ShiftOrderingClosesAtDocument,
  UpdateOrderStatusDocument,
  UpdateShiftDocument,
} from './generated/graphql';
import type { KitchenSummaryQuery, OrderStatus } from './generated/graphql';
import { insertOrders, loadRefs, makeOrders, OrderFixture, Refs } from './helpers/report-fixtures';
import { cloneTemplateDatabase } from './helpers/global';
import { firstError, ORDER_STATUSES, startTestServer, TestServer } from './helpers/server';
import { connect, disposeSockets } from './helpers/subscriptions';

/** Seed shifts (DOMAIN.md, Authentication): Shift 1 07:00–15:00, Shift 2 15:00–23:00, Shift 3 23:00–07:00. */
const SHIFTS = {
  1: { namaShift: 'Shift 1', jamMulai: '07:00', jamSelesai: '15:00' },
  2: { namaShift: 'Shift 2', jamMulai: '15:00', jamSelesai: '23:00' },
  3: { namaShift: 'Shift 3', jamMulai: '23:00', jamSelesai: '07:00' },
} as const;
type ShiftId = keyof typeof SHIFTS;

const REASON = 'Meeting moved to another site';

/** The instant of `date` `time` in Asia/Jakarta (UTC+7 all year), minus `minutes`. */
function jakarta(date: string, time: string, minutes = 0): Date {
  return new Date(Date.parse(`${date}T${time}:00+07:00`) - minutes * 60_000);
}

const justBefore = (instant: Date) => new Date(instant.getTime() - 1);

describe('canteen rules', () => {
  let server: TestServer;
  let t: Awaited<ReturnType<TestServer['tokens']>>;
  /** The server's clock; null follows the real time (orders for 2031 are then long before any cut-off). */
  let fixedNow: Date | null = null;

  before(async () => {
    server = await startTestServer({ clock: { now: () => fixedNow ?? new Date() } });
    t = await server.tokens();
  });
  afterEach(async () => {
    fixedNow = null;
    await disposeSockets();
    for (const id of [1, 2, 3] as const) await setCutoff(id, null);
  });
  after(() => server.dispose());

  async function setCutoff(id: ShiftId, batasPesanMenit: number | null) {
    const data = await server.run(
      UpdateShiftDocument,
      { id, input: { ...SHIFTS[id], batasPesanMenit } },
      { token: t.admin },
    );
    return data.updateShift;
  }

  function createResponse(token: string, shiftId: number, tanggalPesanan?: string) {
    return server.runResponse(
      CreateOrderDocument,
      { input: { shiftId, jumlahPesanan: 2, tanggalPesanan } },
      { token },
    );
  }

  async function create(token: string, shiftId: number, tanggalPesanan?: string) {
    return (
      await server.run(
        CreateOrderDocument,
        { input: { shiftId, jumlahPesanan: 2, tanggalPesanan } },
        { token },
      )
    ).createOrder;
  }

  function cancel(token: string, id: number, alasan?: string | null) {
    return server.runResponse(CancelOrderDocument, { id, alasan }, { token });
  }

  async function setStatus(id: number, status: OrderStatus): Promise<void> {
    await server.sql('UPDATE transaction_pesanan SET status_pesanan = $2 WHERE id = $1', [id, status]);
  }

  async function counts(): Promise<{ orders: number; audits: number }> {
    const [row] = await server.sql<{ orders: number; audits: number }>(
      `SELECT (SELECT count(*)::int FROM transaction_pesanan) AS orders,
              (SELECT count(*)::int FROM log_audit_trail) AS audits`,
    );
    return row;
  }

  /**
   * Exactly one of two racing calls succeeds; the other gets its `loserCodes` entry (CONFLICT, also when the winner's
   * change took the order out of the loser's read scope: the loser could read it before). True when the first won.
   */
  function firstOfOneWinner(
    responses: { errors?: readonly { extensions?: Record<string, unknown> }[] }[],
    round: number,
    loserCodes: readonly string[] = ['CONFLICT', 'CONFLICT'],
  ): boolean {
    const outcomes = responses.map((response) =>
      response.errors ? response.errors[0].extensions?.code : 'ok',
    );
    expect(
      outcomes.filter((outcome) => outcome === 'ok'),
      `round ${round}`,
    ).to.have.length(1);
    const loser = outcomes.findIndex((outcome) => outcome !== 'ok');
    expect(outcomes[loser], `round ${round}`).to.equal(loserCodes[loser]);
    return outcomes[0] === 'ok';
  }

  async function auditCount(kodePesanan: string, aksi: string): Promise<number> {
    const [{ n }] = await server.sql<{ n: number }>(
      'SELECT count(*)::int AS n FROM log_audit_trail WHERE kode_pesanan = $1 AND aksi = $2',
      [kodePesanan, aksi],
    );
    return n;
  }

  async function orderRow(id: number) {
    const [row] = await server.sql<{
      status_pesanan: string;
      waktu_dibatalkan: Date | null;
      alasan_pembatalan: string | null;
    }>('SELECT status_pesanan, waktu_dibatalkan, alasan_pembatalan FROM transaction_pesanan WHERE id = $1', [
      id,
    ]);
    return row;
  }

  describe('Shift.batasPesanMenit', () => {
    it('is null on the seed shifts; administrators set it (0..1440), clear it with null, omitting keeps it', async () => {
      const initial = await server.run(ShiftCutoffsDocument, {}, { token: t.employee });
      expect(initial.shifts.map((shift) => shift.batasPesanMenit)).to.deep.equal([null, null, null]);
      expect((await setCutoff(1, 0)).batasPesanMenit).to.equal(0);
      expect((await setCutoff(1, 1440)).batasPesanMenit).to.equal(1440);
      const kept = await server.run(
        UpdateShiftDocument,
        { id: 1, input: { ...SHIFTS[1] } },
        { token: t.admin },
      );
      expect(kept.updateShift.batasPesanMenit).to.equal(1440);
      expect((await setCutoff(1, null)).batasPesanMenit).to.equal(null);
      const created = await server.run(
        CreateShiftDocument,
        { input: { namaShift: 'Lunch rush', jamMulai: '11:00', jamSelesai: '13:00', batasPesanMenit: 90 } },
        { token: t.admin },
      );
      expect(created.createShift.batasPesanMenit).to.equal(90);
      await server.run(DeleteShiftDocument, { id: created.createShift.id }, { token: t.admin });
    });

    for (const value of [-1, 1441, 100000]) {
      it(`refuses batasPesanMenit ${value} with BAD_USER_INPUT naming it, changing nothing`, async () => {
        await setCutoff(2, 30);
        const response = await server.runResponse(
          UpdateShiftDocument,
          { id: 2, input: { ...SHIFTS[2], batasPesanMenit: value } },
          { token: t.admin },
        );
        expect(firstError(response).extensions).to.include({
          code: 'BAD_USER_INPUT',
          field: 'batasPesanMenit',
        });
        const [row] = await server.sql<{ batas_pesan_menit: number }>(
          'SELECT batas_pesan_menit FROM master_shift WHERE id = 2',
        );
        expect(row.batas_pesan_menit).to.equal(30);
      });
    }
  });

  describe('Shift.orderingClosesAt(tanggal)', () => {
    async function closesAt(token: string, tanggal: string): Promise<Record<number, string | null>> {
      const data = await server.run(ShiftOrderingClosesAtDocument, { tanggal }, { token });
      return Object.fromEntries(data.shifts.map((shift) => [shift.id, shift.orderingClosesAt ?? null]));
    }

    it('is tanggal + jamMulai − batasPesanMenit in Asia/Jakarta, null without a cut-off, for every signed-in role', async () => {
      await setCutoff(1, 120);
      const expected = jakarta('2031-03-10', '07:00', 120).toISOString();
      expect(expected).to.equal('2031-03-09T22:00:00.000Z');
      for (const role of ['employee', 'dapur', 'delivery', 'admin'] as const) {
        expect(await closesAt(t[role], '2031-03-10'), role).to.deep.equal({ 1: expected, 2: null, 3: null });
      }
      const anonymous = await server.runResponse(ShiftOrderingClosesAtDocument, { tanggal: '2031-03-10' });
      expect(firstError(anonymous).extensions?.code).to.equal('UNAUTHENTICATED');
    });

    it('closes Shift 3 (23:00) on the evening of its own date', async () => {
      await setCutoff(3, 30);
      const shift3 = (await closesAt(t.employee, '2031-03-11'))[3];
      // 22:30 on 2031-03-11 in Jakarta, not on the day before or after.
      expect(shift3).to.equal(jakarta('2031-03-11', '23:00', 30).toISOString());
      expect(shift3).to.equal('2031-03-11T15:30:00.000Z');
    });

    it('is the instant createOrder refuses from (ORDERING_CLOSED) and kitchenSummary reports', async () => {
      await setCutoff(1, 45);
      const tanggal = '2031-03-16';
      const closes = (await closesAt(t.employee, tanggal))[1];
      expect(closes).to.equal(jakarta(tanggal, '07:00', 45).toISOString());
      const instant = new Date(closes ?? '');
      fixedNow = justBefore(instant);
      const order = await create(t.employee, 1, tanggal);
      fixedNow = instant;
      expect(firstError(await createResponse(t.employee, 1, tanggal)).extensions).to.include({
        code: 'ORDERING_CLOSED',
        closesAt: closes,
      });
      const summary = await server.run(KitchenSummaryDocument, { tanggal }, { token: t.dapur });
      expect(summary.kitchenSummary.shifts.find((shift) => shift.shift.id === 1)?.orderingClosesAt).to.equal(
        closes,
      );
      // Through the employee's own order too (the planned read of orders).
      const read = await server.ok<{ order: { shift: { orderingClosesAt: string | null } } }>(
        'query($id: Int!, $tanggal: Date!) { order(id: $id) { shift { orderingClosesAt(tanggal: $tanggal) } } }',
        { id: order.id, tanggal },
        { token: t.employee },
      );
      expect(read.order.shift.orderingClosesAt).to.equal(closes);
    });

    it('refuses a tanggal that is not a calendar date YYYY-MM-DD with BAD_USER_INPUT', async () => {
      await setCutoff(1, 120);
      for (const tanggal of ['2031-02-30', '2031-3-1', '2031-03-10T00:00:00Z', 'today', '', 20310310, null]) {
        const response = await server.gql(
          'query($tanggal: Date!) { shifts { orderingClosesAt(tanggal: $tanggal) } }',
          { tanggal },
          { token: t.employee },
        );
        expect(firstError(response).extensions?.code, JSON.stringify(tanggal)).to.equal('BAD_USER_INPUT');
        expect(response.data, JSON.stringify(tanggal)).to.equal(null);
      }
    });
  });

  describe('ordering cut-off', () => {
    it('accepts an order 1 ms before tanggal + jamMulai − batas and refuses it at that instant, naming it', async () => {
      await setCutoff(1, 120);
      const closesAt = jakarta('2031-03-10', '07:00', 120);
      expect(closesAt.toISOString()).to.equal('2031-03-09T22:00:00.000Z');
      fixedNow = justBefore(closesAt);
      const accepted = await create(t.employee, 1, '2031-03-10');
      expect(accepted.statusPesanan).to.equal('MENUNGGU');
      for (const now of [closesAt, new Date(closesAt.getTime() + 60_000)]) {
        fixedNow = now;
        const previous = await counts();
        const response = await createResponse(t.employee, 1, '2031-03-10');
        const error = firstError(response);
        expect(error.extensions).to.include({
          code: 'ORDERING_CLOSED',
          closesAt: '2031-03-09T22:00:00.000Z',
        });
        expect(error.message).to.contain('2031-03-09T22:00:00.000Z');
        expect(error.message).to.contain('2031-03-10 05:00');
        expect(await counts(), 'a refused order writes nothing').to.deep.equal(previous);
      }
    });

    it('closes Shift 3 (23:00) on its own date, and a cut-off of 0 at the start itself', async () => {
      await setCutoff(3, 30);
      const closesAt = jakarta('2031-03-11', '23:00', 30);
      expect(closesAt.toISOString()).to.equal('2031-03-11T15:30:00.000Z');
      fixedNow = justBefore(closesAt);
      await create(t.employee, 3, '2031-03-11');
      fixedNow = closesAt;
      expect(firstError(await createResponse(t.employee, 3, '2031-03-11')).extensions?.code).to.equal(
        'ORDERING_CLOSED',
      );
      // The next date's Shift 3 is still open.
      await create(t.employee, 3, '2031-03-12');
      await setCutoff(3, 0);
      fixedNow = justBefore(jakarta('2031-03-12', '23:00'));
      await create(t.employee, 3, '2031-03-12');
      fixedNow = jakarta('2031-03-12', '23:00');
      expect(firstError(await createResponse(t.employee, 3, '2031-03-12')).extensions).to.include({
        code: 'ORDERING_CLOSED',
        closesAt: '2031-03-12T16:00:00.000Z',
      });
    });

    it('applies the cut-off of the ordered date: later dates stay open, today (the default) closes', async () => {
      await setCutoff(1, 60);
      fixedNow = jakarta('2031-03-13', '12:00');
      expect(firstError(await createResponse(t.employee, 1)).extensions).to.include({
        code: 'ORDERING_CLOSED',
        closesAt: jakarta('2031-03-13', '06:00').toISOString(),
      });
      expect((await create(t.employee, 1, '2031-03-14')).tanggalPesanan).to.equal('2031-03-14');
      expect((await create(t.employee, 1, '2031-04-30')).tanggalPesanan).to.equal('2031-04-30');
      // Shift 2 (15:00) has no cut-off: open all day.
      await create(t.employee, 2);
    });

    it('lets an administrator order late, audited as late; on-time orders are not', async () => {
      await setCutoff(1, 60);
      const closesAt = jakarta('2031-03-15', '07:00', 60);
      fixedNow = justBefore(closesAt);
      const onTime = await create(t.admin, 1, '2031-03-15');
      fixedNow = new Date(closesAt.getTime() + 3_600_000);
      const late = await create(t.admin, 1, '2031-03-15');
      const [onTimeAudit, lateAudit] = await server.sql<{
        detail: string;
        metadata: Record<string, unknown>;
      }>(
        `SELECT detail, metadata FROM log_audit_trail WHERE aksi = 'ORDER_CREATED' AND kode_pesanan = ANY($1)
          ORDER BY id`,
        [[onTime.kodePesanan, late.kodePesanan]],
      );
      expect(onTimeAudit.metadata).to.not.have.property('late');
      expect(onTimeAudit.detail).to.not.contain('late');
      expect(lateAudit.metadata).to.include({
        late: true,
        closesAt: closesAt.toISOString(),
        orderId: late.id,
      });
      expect(lateAudit.detail).to.contain('late').and.to.contain(closesAt.toISOString());
    });
  });

  describe('ordering cut-off where the server clock and APP_TIMEZONE disagree', () => {
    let auckland: TestServer;
    let tokens: Awaited<ReturnType<TestServer['tokens']>>;
    let aucklandNow: Date | null = null;

    before(async () => {
      // The server process runs in UTC (or anything but Auckland); the business calendar is Auckland's.
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.not.equal('Pacific/Auckland');
      auckland = await startTestServer({
        env: { APP_TIMEZONE: 'Pacific/Auckland' },
        clock: { now: () => aucklandNow ?? new Date() },
      });
      tokens = await auckland.tokens();
      await auckland.run(
        UpdateShiftDocument,
        { id: 1, input: { ...SHIFTS[1], batasPesanMenit: 60 } },
        { token: tokens.admin },
      );
    });
    after(() => auckland.dispose());

    for (const [name, date, closesAt] of [
      ['in summer (UTC+13)', '2031-01-15', '2031-01-14T17:00:00.000Z'],
      ['in winter (UTC+12)', '2031-07-15', '2031-07-14T18:00:00.000Z'],
      ['on the day daylight saving ends (03:00 → 02:00)', '2031-04-06', '2031-04-05T18:00:00.000Z'],
    ] as const) {
      it(`closes Shift 1 (07:00, 60 min) at 06:00 Auckland ${name}, and "today" is Auckland's date`, async () => {
        aucklandNow = justBefore(new Date(closesAt));
        const order = await auckland.run(
          CreateOrderDocument,
          { input: { shiftId: 1, jumlahPesanan: 1 } },
          { token: tokens.employee },
        );
        // UTC's date is still the day before: the default date and the cut-off are both Auckland's.
        expect(order.createOrder.tanggalPesanan).to.equal(date);
        aucklandNow = new Date(closesAt);
        const response = await auckland.runResponse(
          CreateOrderDocument,
          { input: { shiftId: 1, jumlahPesanan: 1, tanggalPesanan: date } },
          { token: tokens.employee },
        );
        expect(firstError(response).extensions).to.include({ code: 'ORDERING_CLOSED', closesAt });
        const summary = await auckland.run(
          KitchenSummaryDocument,
          { tanggal: date },
          { token: tokens.dapur },
        );
        expect(
          summary.kitchenSummary.shifts.find((shift) => shift.shift.id === 1)?.orderingClosesAt,
        ).to.equal(closesAt);
        const shifts = await auckland.run(
          ShiftOrderingClosesAtDocument,
          { tanggal: date },
          { token: tokens.employee },
        );
        expect(shifts.shifts.find((shift) => shift.id === 1)?.orderingClosesAt).to.equal(closesAt);
      });
    }
  });

  describe('cancelOrder', () => {
    it('cancels the owner’s MENUNGGU order: status, time, reason, audit, and the kitchen learns it at once', async () => {
      const order = await create(t.employee, 1, '2031-05-01');
      const kitchen = connect(server.wsUrl, { authorization: `Bearer ${t.dapur}` });
      const owner = connect(server.wsUrl, { authorization: `Bearer ${t.employee}` });
      const delivery = connect(server.wsUrl, { authorization: `Bearer ${t.delivery}` });
      const query = `subscription { orderStatusChanged { oldStatus newStatus order { id statusPesanan waktuDibatalkan alasanPembatalan } } }`;
      const [kitchenEvents, ownerEvents, deliveryEvents] = [kitchen, owner, delivery].map((socket) =>
        socket.subscribe<{
          orderStatusChanged: {
            oldStatus: string;
            newStatus: string;
            order: { id: number; statusPesanan: string; waktuDibatalkan: string; alasanPembatalan: string };
          };
        }>(query),
      );
      await Promise.all([kitchenEvents.ready, ownerEvents.ready, deliveryEvents.ready]);
      fixedNow = new Date('2031-04-30T10:11:12.345Z');
      const audit = await server.lastAuditId();
      const response = await cancel(t.employee, order.id, `  ${REASON}  `);
      expect(response.errors).to.equal(undefined);
      expect(response.data?.cancelOrder).to.deep.include({
        statusPesanan: 'DIBATALKAN',
        waktuDibatalkan: '2031-04-30T10:11:12.345Z',
        alasanPembatalan: REASON,
      });
      const rows = await server.auditSince(audit);
      expect(rows.map((row) => row.aksi)).to.deep.equal(['ORDER_CANCELLED', 'ORDER_STATUS_CHANGED']);
      expect(rows[0].detail).to.equal(
        `Order ${order.kodePesanan} cancelled by owner: MENUNGGU -> DIBATALKAN. Reason: ${REASON}`,
      );
      expect(rows[1].detail).to.equal(`Order ${order.kodePesanan} status changed: MENUNGGU -> DIBATALKAN`);
      for (const subscription of [kitchenEvents, ownerEvents]) {
        const [event] = await subscription.waitFor(1);
        expect(event.orderStatusChanged).to.deep.equal({
          oldStatus: 'MENUNGGU',
          newStatus: 'DIBATALKAN',
          order: {
            id: order.id,
            statusPesanan: 'DIBATALKAN',
            waktuDibatalkan: '2031-04-30T10:11:12.345Z',
            alasanPembatalan: REASON,
          },
        });
      }
      // Delivery never showed the order: its first event must be a later one that it does receive.
      const fence = await create(t.employee, 1, '2031-05-01');
      await server.run(
        UpdateOrderStatusDocument,
        { id: fence.id, status: 'READY', catatan: 'Fence for the delivery screen' },
        { token: t.admin },
      );
      const [first] = await deliveryEvents.waitFor(1);
      expect(first.orderStatusChanged.order.id).to.equal(fence.id);
    });

    it('lets the owner cancel without a reason, but refuses a reason under 10 characters', async () => {
      const order = await create(t.employee, 1, '2031-05-02');
      const short = await cancel(t.employee, order.id, 'changed');
      expect(firstError(short).extensions).to.include({ code: 'BAD_USER_INPUT', field: 'alasan' });
      expect((await orderRow(order.id)).status_pesanan).to.equal('MENUNGGU');
      const done = await cancel(t.employee, order.id);
      expect(done.data?.cancelOrder).to.include({ statusPesanan: 'DIBATALKAN', alasanPembatalan: null });
    });

    for (const status of ORDER_STATUSES.filter((status) => status !== 'MENUNGGU')) {
      it(`refuses the owner an order in ${status} with CONFLICT, changing nothing`, async () => {
        const order = await create(t.employee, 1, '2031-05-03');
        await setStatus(order.id, status);
        const previous = await counts();
        expect(firstError(await cancel(t.employee, order.id, REASON)).extensions?.code).to.equal('CONFLICT');
        expect((await orderRow(order.id)).status_pesanan).to.equal(status);
        expect(await counts()).to.deep.equal(previous);
      });
    }

    it('refuses the owner once ordering for the shift has closed: open 1 ms before, CONFLICT at the instant', async () => {
      await setCutoff(2, 90);
      const closesAt = jakarta('2031-05-04', '15:00', 90);
      const early = await create(t.employee, 2, '2031-05-04');
      const late = await create(t.employee, 2, '2031-05-04');
      fixedNow = justBefore(closesAt);
      expect((await cancel(t.employee, early.id)).data?.cancelOrder.statusPesanan).to.equal('DIBATALKAN');
      fixedNow = closesAt;
      const refused = firstError(await cancel(t.employee, late.id, REASON));
      expect(refused.extensions?.code).to.equal('CONFLICT');
      expect(refused.message).to.contain(closesAt.toISOString());
      expect((await orderRow(late.id)).status_pesanan).to.equal('MENUNGGU');
      // An administrator still may.
      expect((await cancel(t.admin, late.id, REASON)).data?.cancelOrder.statusPesanan).to.equal('DIBATALKAN');
    });

    it('answers NOT_FOUND for someone else’s order and for an unknown one', async () => {
      const order = await create(t.employee, 1, '2031-05-05');
      expect(firstError(await cancel(t.employee2, order.id, REASON)).extensions?.code).to.equal('NOT_FOUND');
      expect(firstError(await cancel(t.employee, 999999, REASON)).extensions?.code).to.equal('NOT_FOUND');
      expect((await orderRow(order.id)).status_pesanan).to.equal('MENUNGGU');
    });

    it('refuses the kitchen and delivery (FORBIDDEN)', async () => {
      const order = await create(t.employee, 1, '2031-05-05');
      for (const token of [t.dapur, t.delivery])
        expect(firstError(await cancel(token, order.id, REASON)).extensions?.code).to.equal('FORBIDDEN');
    });

    it('lets an administrator cancel any order that is not final, with a mandatory reason', async () => {
      for (const status of ['MENUNGGU', 'IN_PROGRESS', 'READY', 'ON_DELIVERY'] as const) {
        const order = await create(t.employee, 1, '2031-05-06');
        await setStatus(order.id, status);
        const missing = await cancel(t.admin, order.id);
        expect(firstError(missing).extensions, status).to.include({
          code: 'BAD_USER_INPUT',
          field: 'alasan',
        });
        const audit = await server.lastAuditId();
        const done = await cancel(t.admin, order.id, REASON);
        expect(done.data?.cancelOrder, status).to.include({
          statusPesanan: 'DIBATALKAN',
          alasanPembatalan: REASON,
        });
        const [cancelled] = await server.auditSince(audit, 'ORDER_CANCELLED');
        expect(cancelled.detail).to.equal(
          `Order ${order.kodePesanan} cancelled by administrator: ${status} -> DIBATALKAN. Reason: ${REASON}`,
        );
      }
      for (const status of ['COMPLETE', 'DITOLAK', 'DIBATALKAN'] as const) {
        const order = await create(t.employee, 1, '2031-05-06');
        await setStatus(order.id, status);
        expect(firstError(await cancel(t.admin, order.id, REASON)).extensions?.code, status).to.equal(
          'CONFLICT',
        );
      }
    });

    it('is reached only through cancelOrder: no override to DIBATALKAN, no workflow move out of it', async () => {
      const order = await create(t.employee, 1, '2031-05-07');
      const override = await server.runResponse(
        UpdateOrderStatusDocument,
        { id: order.id, status: 'DIBATALKAN', catatan: 'Trying a shortcut here' },
        { token: t.admin },
      );
      expect(firstError(override).extensions).to.include({ code: 'BAD_USER_INPUT', field: 'status' });
      await cancel(t.employee, order.id, REASON);
      for (const [token, status] of [
        [t.dapur, 'IN_PROGRESS'],
        [t.delivery, 'ON_DELIVERY'],
      ] as const) {
        const response = await server.runResponse(
          UpdateOrderStatusDocument,
          { id: order.id, status },
          { token },
        );
        // DIBATALKAN is outside the kitchen's and delivery's read scope. The kitchen had the order (MENUNGGU): its
        // change comes too late, CONFLICT, the new status not named; delivery never had it: NOT_FOUND.
        const error = firstError(response);
        expect(error.extensions?.code).to.equal(token === t.dapur ? 'CONFLICT' : 'NOT_FOUND');
        expect(error.message).to.not.include('DIBATALKAN');
      }
      // An administrator may reopen it; the cancellation no longer describes the order.
      await server.run(
        UpdateOrderStatusDocument,
        { id: order.id, status: 'MENUNGGU', catatan: 'Cancelled by mistake' },
        { token: t.admin },
      );
      expect(await orderRow(order.id)).to.deep.equal({
        status_pesanan: 'MENUNGGU',
        waktu_dibatalkan: null,
        alasan_pembatalan: null,
      });
    });

    it('lets exactly one of a simultaneous cancel and accept win, every time', async () => {
      const winners: string[] = [];
      for (let round = 0; round < 12; round += 1) {
        const order = await create(t.employee, 1, '2031-05-08');
        const [cancelled, accepted] = await Promise.all([
          cancel(t.employee, order.id, REASON),
          server.runResponse(
            UpdateOrderStatusDocument,
            { id: order.id, status: 'IN_PROGRESS' },
            { token: t.dapur },
          ),
        ]);
        const expected = firstOfOneWinner([cancelled, accepted], round) ? 'DIBATALKAN' : 'IN_PROGRESS';
        expect((await orderRow(order.id)).status_pesanan).to.equal(expected);
        expect(await auditCount(order.kodePesanan, 'ORDER_STATUS_CHANGED')).to.equal(1);
        winners.push(expected);
      }
      expect(winners).to.have.length(12);
    });

    describe('an order awaiting an approval decision', () => {
      const KITCHEN_NOTE = 'Out of rice for this shift';

      async function pendingEdit(tanggalPesanan: string) {
        const order = await create(t.employee, 1, tanggalPesanan);
        await server.run(
          RequestOrderEditDocument,
          { id: order.id, jumlahPesananBaru: 7, catatanDapur: KITCHEN_NOTE },
          { token: t.dapur },
        );
        return order;
      }

      async function pendingRejection(tanggalPesanan: string) {
        const order = await create(t.employee, 1, tanggalPesanan);
        await server.run(
          RequestOrderRejectionDocument,
          { id: order.id, catatanDapur: KITCHEN_NOTE },
          { token: t.dapur },
        );
        return order;
      }

      async function pendingIds(): Promise<number[]> {
        const data = await server.run(PendingApprovalsDocument, {}, { token: t.admin });
        return data.pendingApprovals.map((order) => order.id);
      }

      it('is refused to its owner with CONFLICT, changing nothing', async () => {
        const order = await pendingEdit('2031-05-10');
        const previous = await counts();
        expect(firstError(await cancel(t.employee, order.id, REASON)).extensions?.code).to.equal('CONFLICT');
        expect(await counts()).to.deep.equal(previous);
        expect(await pendingIds()).to.include(order.id);
      });

      it('is cancelled by an administrator: the edit request closed as rejected, the quantity restored, audited, the kitchen told', async () => {
        const kitchen = connect(server.wsUrl, { authorization: `Bearer ${t.dapur}` });
        const events = kitchen.subscribe<{
          orderStatusChanged: {
            oldStatus: string;
            newStatus: string;
            order: { id: number; statusPesanan: string };
          };
        }>('subscription { orderStatusChanged { oldStatus newStatus order { id statusPesanan } } }');
        await events.ready;
        const order = await pendingEdit('2031-05-11');
        expect(await pendingIds()).to.include(order.id);
        fixedNow = new Date('2031-05-10T08:09:10.111Z');
        const audit = await server.lastAuditId();
        const done = await cancel(t.admin, order.id, REASON);
        expect(done.errors).to.equal(undefined);
        const { order: after } = await server.run(OrderDocument, { id: order.id }, { token: t.admin });
        expect(after).to.deep.include({
          statusPesanan: 'DIBATALKAN',
          jumlahPesanan: 2,
          jumlahPesananAwal: null,
          requiresApproval: false,
          approvalStatus: 'REJECTED',
          approvalRequestType: 'EDIT',
          catatanDapur: KITCHEN_NOTE,
          catatanAdmin: REASON,
        });
        expect(after?.approvedBy?.nomorIndukKaryawan).to.equal('ADM001');
        expect(await orderRow(order.id)).to.deep.equal({
          status_pesanan: 'DIBATALKAN',
          waktu_dibatalkan: new Date('2031-05-10T08:09:10.111Z'),
          alasan_pembatalan: REASON,
        });
        const rows = await server.auditSince(audit);
        expect(rows.map((row) => [row.aksi, row.detail])).to.deep.equal([
          [
            'APPROVAL_DECIDED',
            `Order ${order.kodePesanan} edit request REJECTED, closed by the cancellation of the order. Note: ${REASON}`,
          ],
          [
            'ORDER_CANCELLED',
            `Order ${order.kodePesanan} cancelled by administrator: MENUNGGU_PERSETUJUAN -> DIBATALKAN. Reason: ${REASON}`,
          ],
          [
            'ORDER_STATUS_CHANGED',
            `Order ${order.kodePesanan} status changed: MENUNGGU_PERSETUJUAN -> DIBATALKAN`,
          ],
        ]);
        expect(rows[0].metadata).to.include({
          decision: 'REJECTED',
          closedBy: 'cancelOrder',
          newStatus: 'DIBATALKAN',
        });
        expect(await pendingIds()).to.not.include(order.id);
        // The request's own event, then exactly one for the cancellation.
        const received = await events.waitFor(2);
        expect(received.map((event) => event.orderStatusChanged)).to.deep.equal([
          {
            oldStatus: 'MENUNGGU',
            newStatus: 'MENUNGGU_PERSETUJUAN',
            order: { id: order.id, statusPesanan: 'MENUNGGU_PERSETUJUAN' },
          },
          {
            oldStatus: 'MENUNGGU_PERSETUJUAN',
            newStatus: 'DIBATALKAN',
            order: { id: order.id, statusPesanan: 'DIBATALKAN' },
          },
        ]);
        // The request is closed: nothing is left to decide.
        const late = await server.runResponse(
          DecideApprovalDocument,
          { id: order.id, decision: 'APPROVED' },
          { token: t.admin },
        );
        expect(firstError(late).extensions?.code).to.equal('CONFLICT');
      });

      it('closes a rejection request the same way, the quantity untouched', async () => {
        const order = await pendingRejection('2031-05-12');
        const audit = await server.lastAuditId();
        expect((await cancel(t.admin, order.id, REASON)).errors).to.equal(undefined);
        const { order: after } = await server.run(OrderDocument, { id: order.id }, { token: t.admin });
        expect(after).to.deep.include({
          statusPesanan: 'DIBATALKAN',
          jumlahPesanan: 2,
          requiresApproval: false,
          approvalStatus: 'REJECTED',
          approvalRequestType: 'REJECT',
          catatanAdmin: REASON,
        });
        const [decided] = await server.auditSince(audit, 'APPROVAL_DECIDED');
        expect(decided.detail).to.equal(
          `Order ${order.kodePesanan} rejection request REJECTED, closed by the cancellation of the order. Note: ${REASON}`,
        );
        expect(await pendingIds()).to.not.include(order.id);
      });

      it('lets exactly one of a simultaneous decision and cancellation win, every time', async () => {
        for (let round = 0; round < 8; round += 1) {
          // An approved rejection makes the order final (DITOLAK), so a cancellation after it must lose.
          const order = await pendingRejection('2031-05-13');
          const [decided, cancelled] = await Promise.all([
            server.runResponse(
              DecideApprovalDocument,
              { id: order.id, decision: 'APPROVED' },
              { token: t.admin },
            ),
            cancel(t.admin, order.id, REASON),
          ]);
          const expected = firstOfOneWinner([decided, cancelled], round) ? 'DITOLAK' : 'DIBATALKAN';
          expect((await orderRow(order.id)).status_pesanan, `round ${round}`).to.equal(expected);
          expect(await auditCount(order.kodePesanan, 'APPROVAL_DECIDED'), `round ${round}`).to.equal(1);
        }
      });
    });
  });

  describe('DIBATALKAN orders in lists', () => {
    it('are listed for their owner and administrators, never for the kitchen or delivery', async () => {
      const order = await create(t.employee, 1, '2031-05-09');
      await cancel(t.employee, order.id, REASON);
      const listed = async (token: string) => {
        const data = await server.run(
          OrdersDocument,
          { filter: { status: 'DIBATALKAN' }, limit: 100 },
          { token },
        );
        const single = await server.run(OrderDocument, { id: order.id }, { token });
        return [data.orders.items.some((item) => item.id === order.id), single.order !== null];
      };
      expect(await listed(t.employee)).to.deep.equal([true, true]);
      expect(await listed(t.admin)).to.deep.equal([true, true]);
      expect(await listed(t.dapur)).to.deep.equal([false, false]);
      expect(await listed(t.delivery)).to.deep.equal([false, false]);
      expect(await listed(t.employee2)).to.deep.equal([false, false]);
    });
  });

  describe('kitchenSummary', () => {
    const DATE = '2031-06-02';
    let refs: Refs;
    let fixtures: OrderFixture[];

    before(async () => {
      refs = await loadRefs(server);
      const statuses = [...ORDER_STATUSES];
      // Every status, on the date and on its neighbours (which must not count).
      fixtures = (['2031-06-01', DATE, '2031-06-03'] as const).flatMap((tanggal, day) =>
        makeOrders(refs, { seed: 11 + day, count: 90, firstDate: tanggal, days: 1 }).map((order, index) => ({
          ...order,
          kode_pesanan: `PM-KS-${day}-${String(index).padStart(3, '0')}`,
          status_pesanan: statuses[(index * 7 + day) % statuses.length],
        })),
      );
      await insertOrders(server, fixtures);
    });

    type Summary = KitchenSummaryQuery['kitchenSummary'];

    /** The expected summary, from the fixture array: every shift, departments by name, every status. */
    function expectedSummary(
      date: string,
      closes: Record<number, string | null>,
      departmentId?: number,
    ): Summary {
      const onDate = fixtures.filter(
        (order) =>
          order.tanggal_pesanan === date &&
          (departmentId === undefined || order.department_pemesan_id === departmentId),
      );
      const tally = (orders: OrderFixture[]) => {
        const byStatus = ORDER_STATUSES.map((status) => {
          const own = orders.filter((order) => order.status_pesanan === status);
          return {
            status,
            orders: own.length,
            meals: own.reduce((sum, order) => sum + order.jumlah_pesanan, 0),
          };
        });
        const meals = (statuses: string[]) =>
          byStatus.filter((row) => statuses.includes(row.status)).reduce((sum, row) => sum + row.meals, 0);
        return {
          byStatus,
          mealsToPrepare: meals(['MENUNGGU', 'IN_PROGRESS', 'MENUNGGU_PERSETUJUAN']),
          mealsToDeliver: meals(['READY', 'ON_DELIVERY']),
        };
      };
      return {
        tanggal: date,
        shifts: refs.shifts.map((shift) => {
          const own = onDate.filter((order) => order.shift_id === shift.id);
          return {
            shift: { id: shift.id, namaShift: shift.name },
            orderingClosesAt: closes[shift.id] ?? null,
            ...tally(own),
            byDepartment: [...refs.departments]
              .sort((a, b) => a.name.localeCompare(b.name))
              .filter((department) => own.some((order) => order.department_pemesan_id === department.id))
              .map((department) => ({
                department: { id: department.id, namaDivisi: department.name },
                ...tally(own.filter((order) => order.department_pemesan_id === department.id)),
              })),
          };
        }),
      };
    }

    it('has fixtures with every status in every shift on the date (sanity check of the test data)', () => {
      for (const shift of refs.shifts) {
        const statuses = new Set(
          fixtures
            .filter((order) => order.tanggal_pesanan === DATE && order.shift_id === shift.id)
            .map((order) => order.status_pesanan),
        );
        expect(statuses.size, shift.name).to.equal(ORDER_STATUSES.length);
      }
    });

    it('counts orders and meals per shift, department and status, with the shift’s cut-off', async () => {
      await setCutoff(2, 45);
      const data = await server.run(KitchenSummaryDocument, { tanggal: DATE }, { token: t.dapur });
      expect(data.kitchenSummary).to.deep.equal(
        expectedSummary(DATE, { 2: jakarta(DATE, '15:00', 45).toISOString() }),
      );
      expect(data.kitchenSummary.shifts[1].orderingClosesAt).to.equal('2031-06-02T07:15:00.000Z');
    });

    it('narrows to one department', async () => {
      const [, hr] = refs.departments;
      for (const token of [t.delivery, t.admin]) {
        const data = await server.run(
          KitchenSummaryDocument,
          { tanggal: DATE, departmentId: hr.id },
          { token },
        );
        expect(data.kitchenSummary).to.deep.equal(expectedSummary(DATE, {}, hr.id));
      }
      const none = await server.run(
        KitchenSummaryDocument,
        { tanggal: DATE, departmentId: 9999 },
        { token: t.admin },
      );
      expect(none.kitchenSummary.shifts.every((shift) => shift.byDepartment.length === 0)).to.equal(true);
      expect(none.kitchenSummary.shifts.every((shift) => shift.mealsToPrepare === 0)).to.equal(true);
    });

    it('defaults to today in APP_TIMEZONE', async () => {
      fixedNow = new Date('2031-06-01T17:00:00Z'); // 00:00 on 2 June in Jakarta
      const data = await server.run(KitchenSummaryDocument, {}, { token: t.dapur });
      expect(data.kitchenSummary).to.deep.equal(expectedSummary(DATE, {}));
    });

    it('costs the same number of statements for 300 orders as for 3', async () => {
      const many = makeOrders(refs, { seed: 99, count: 300, firstDate: '2031-06-20', days: 1 }).map(
        (order, index) => ({ ...order, kode_pesanan: `PM-KS-MANY-${index}` }),
      );
      await insertOrders(server, many);
      const few = makeOrders(refs, { seed: 98, count: 3, firstDate: '2031-06-21', days: 1 }).map(
        (order, index) => ({ ...order, kode_pesanan: `PM-KS-FEW-${index}` }),
      );
      await insertOrders(server, few);
      const cost = async (tanggal: string) => {
        const start = statementCount(server.dataSource);
        await server.run(KitchenSummaryDocument, { tanggal }, { token: t.admin });
        return statementCount(server.dataSource) - start;
      };
      const small = await cost('2031-06-21');
      const full = await cost('2031-06-20');
      expect(full).to.equal(small);
      expect(full).to.be.lessThan(8);
    });
  });

  describe('reports and exports leave DIBATALKAN out', () => {
    it('consumption and department figures and the consumption CSV count the cancelled order nowhere', async () => {
      const date = '2031-07-01';
      const kept = await create(t.employee, 1, date);
      const dropped = await create(t.employee, 2, date);
      await cancel(t.employee, dropped.id, REASON);
      const filter = { tanggalMulai: date, tanggalAkhir: date };
      const data = await server.run(
        ConsumptionAndDepartmentsDocument,
        { filter, other: { ...filter, status: 'DIBATALKAN' } },
        { token: t.admin },
      );
      expect(data.consumptionReport).to.deep.equal([
        { period: date, totalOrders: 1, totalMeals: kept.jumlahPesanan },
      ]);
      expect(data.departmentReport).to.deep.equal([{ totalOrders: 1, totalMeals: kept.jumlahPesanan }]);
      expect(data.other).to.deep.equal([]);
      const link = await server.run(
        ExportReportDocument,
        { input: { kind: 'CONSUMPTION', format: 'CSV', ...filter } },
        { token: t.admin },
      );
      const text = await (await fetch(link.exportReport.url)).text();
      const rows = parse(text.replace(/^\uFEFF/, ''), { record_delimiter: '\r\n' }) as string[][];
      expect(rows.slice(1)).to.deep.equal([[date, '1', String(kept.jumlahPesanan)]]);
    });
  });

  describe('the migration on a database adopted from the original system', () => {
    it('adds DIBATALKAN to the status type whatever its name ("StatusPesanan"), usable once committed', async () => {
      const database = await cloneTemplateDatabase(`packmeal_canteen_migration_${process.pid}`);
      const source = createDataSource(database.url, { poolSize: 1 });
      try {
        await source.initialize();
        await source.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
        const runner = source.createQueryRunner();
        await new InitialSchema1764115200000().up(runner);
        await new ReportIndexes1764288000000().up(runner);
        // The original's Prisma names: one type for both status columns.
        await runner.query(`ALTER TYPE transaction_pesanan_status_pesanan_enum RENAME TO "StatusPesanan"`);
        await runner.startTransaction();
        await new CanteenRules1764500000000().up(runner);
        await runner.commitTransaction();
        await runner.release();
        const values = await source.query(
          `SELECT enumlabel FROM pg_enum WHERE enumtypid = '"StatusPesanan"'::regtype ORDER BY enumsortorder`,
        );
        expect(values.map((row: { enumlabel: string }) => row.enumlabel)).to.deep.equal(ORDER_STATUSES);
        const columns = await source.query(
          `SELECT table_name, column_name FROM information_schema.columns
            WHERE column_name IN ('batas_pesan_menit', 'waktu_dibatalkan', 'alasan_pembatalan') ORDER BY column_name`,
        );
        expect(columns).to.deep.equal([
          { table_name: 'transaction_pesanan', column_name: 'alasan_pembatalan' },
          { table_name: 'master_shift', column_name: 'batas_pesan_menit' },
          { table_name: 'transaction_pesanan', column_name: 'waktu_dibatalkan' },
        ]);
        await source.query(`SELECT 'DIBATALKAN'::"StatusPesanan"`);
      } finally {
        if (source.isInitialized) await source.destroy();
        await database.drop();
      }
    });
  });
});
