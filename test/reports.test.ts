import { expect } from 'chai';
import {
  insertOrders,
  loadRefs,
  makeOrders,
  OrderFixture,
  Refs,
  withRequest,
} from './helpers/report-fixtures';
import {
  ConsumptionReportDocument,
  CreateOrderDocument,
  DepartmentReportDocument,
  PerformanceReportDocument,
  RejectionReportDocument,
} from './generated/graphql';
import { GqlResponse, startTestServer, TestServer } from './helpers/server';

// Every expected figure below is computed here from the fixture arrays, independently of the SQL under test.

type GroupBy = 'DAILY' | 'WEEKLY' | 'MONTHLY';

interface Filter {
  tanggalMulai?: string;
  tanggalAkhir?: string;
  departmentId?: number;
  shiftId?: number;
  status?: OrderFixture['status_pesanan'];
}

interface Durations {
  count: number;
  avgTotalDurationMinutes: number | null;
  avgProcessingTimeMinutes: number | null;
  avgPreparationTimeMinutes: number | null;
  avgDeliveryTimeMinutes: number | null;
}

const NO_STAMPS = { waktu_diproses: null, waktu_siap: null, waktu_diantar: null, waktu_selesai: null };

function matches(order: OrderFixture, filter: Filter): boolean {
  return (
    (!filter.tanggalMulai || order.tanggal_pesanan >= filter.tanggalMulai) &&
    (!filter.tanggalAkhir || order.tanggal_pesanan <= filter.tanggalAkhir) &&
    (filter.departmentId === undefined || order.department_pemesan_id === filter.departmentId) &&
    (filter.shiftId === undefined || order.shift_id === filter.shiftId) &&
    (filter.status === undefined || order.status_pesanan === filter.status)
  );
}

/** The Monday on or before `date` (ISO weeks). */
function monday(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - sinceMonday);
  return day.toISOString().slice(0, 10);
}

function periodOf(date: string, groupBy: GroupBy): string {
  if (groupBy === 'DAILY') return date;
  if (groupBy === 'WEEKLY') return monday(date);
  return date.slice(0, 7);
}

function expectedConsumption(orders: OrderFixture[], filter: Filter, groupBy: GroupBy) {
  const periods = new Map<string, { period: string; totalOrders: number; totalMeals: number }>();
  for (const order of orders) {
    if (
      order.status_pesanan === 'DITOLAK' ||
      order.status_pesanan === 'DIBATALKAN' ||
      !matches(order, filter)
    )
      continue;
    const period = periodOf(order.tanggal_pesanan, groupBy);
    const row = periods.get(period) ?? { period, totalOrders: 0, totalMeals: 0 };
    row.totalOrders += 1;
    row.totalMeals += order.jumlah_pesanan;
    periods.set(period, row);
  }
  return [...periods.values()].sort((a, b) => (a.period < b.period ? -1 : 1));
}

/** Hundredths rounded half away from zero, in exact integer arithmetic: round(100 × numerator / denominator). */
function roundedHundredths(numerator: number, denominator: number): number {
  return Math.floor((200 * numerator + denominator) / (2 * denominator)) / 100;
}

function expectedDepartments(orders: OrderFixture[], filter: Filter, refs: Refs) {
  const selected = orders.filter((order) => order.status_pesanan !== 'DIBATALKAN' && matches(order, filter));
  const allMeals = selected.reduce((sum, order) => sum + order.jumlah_pesanan, 0);
  return refs.departments
    .map((department) => {
      const own = selected.filter((order) => order.department_pemesan_id === department.id);
      const totalMeals = own.reduce((sum, order) => sum + order.jumlah_pesanan, 0);
      return {
        departmentId: department.id,
        departmentName: department.name,
        totalOrders: own.length,
        totalMeals,
        percentage: roundedHundredths(100 * totalMeals, allMeals),
      };
    })
    .filter((row) => row.totalOrders > 0)
    .sort((a, b) => b.totalMeals - a.totalMeals || a.departmentName.localeCompare(b.departmentName));
}

function seconds(from: string | null, to: string | null): number | null {
  return from && to ? (new Date(to).getTime() - new Date(from).getTime()) / 1000 : null;
}

/** Average minutes to 2 decimals over the orders that have both stamps (stamps are whole seconds). */
function averageMinutes(values: (number | null)[]): number | null {
  const present = values.filter((value): value is number => value !== null);
  if (present.length === 0) return null;
  const total = present.reduce((sum, value) => sum + value, 0);
  return roundedHundredths(total, 60 * present.length);
}

function durations(orders: OrderFixture[]): Durations {
  return {
    count: orders.length,
    avgTotalDurationMinutes: averageMinutes(orders.map((o) => seconds(o.waktu_dibuat, o.waktu_selesai))),
    avgProcessingTimeMinutes: averageMinutes(orders.map((o) => seconds(o.waktu_dibuat, o.waktu_diproses))),
    avgPreparationTimeMinutes: averageMinutes(orders.map((o) => seconds(o.waktu_diproses, o.waktu_siap))),
    avgDeliveryTimeMinutes: averageMinutes(orders.map((o) => seconds(o.waktu_diantar, o.waktu_selesai))),
  };
}

function expectedPerformance(orders: OrderFixture[], filter: Filter, refs: Refs) {
  const complete = orders.filter((order) => order.status_pesanan === 'COMPLETE' && matches(order, filter));
  return {
    overall: durations(complete),
    byDepartment: refs.departments
      .map((department) => ({
        departmentId: department.id,
        departmentName: department.name,
        ...durations(complete.filter((order) => order.department_pemesan_id === department.id)),
      }))
      .filter((row) => row.count > 0)
      .sort((a, b) => a.departmentName.localeCompare(b.departmentName)),
    byShift: refs.shifts
      .map((shift) => ({
        shiftId: shift.id,
        shiftName: shift.name,
        ...durations(complete.filter((order) => order.shift_id === shift.id)),
      }))
      .filter((row) => row.count > 0),
  };
}

describe('reports', () => {
  let server: TestServer;
  let t: Awaited<ReturnType<TestServer['tokens']>>;
  let refs: Refs;
  let orders: OrderFixture[];
  let filters: [string, Filter][];
  /** Shifts the clock of the server under test; null follows the real time. */
  let fixedNow: Date | null = null;

  before(async () => {
    server = await startTestServer({ clock: { now: () => fixedNow ?? new Date() } });
    t = await server.tokens();
    refs = await loadRefs(server);
    await server.sql('DELETE FROM transaction_pesanan');
    // Every 9th order cancelled (DIBATALKAN, stamps of a cancellation before the kitchen accepted it).
    orders = makeOrders(refs, { seed: 42, count: 160, firstDate: '2025-09-22', days: 75 }).map(
      (order, index) => (index % 9 === 4 ? { ...order, status_pesanan: 'DIBATALKAN', ...NO_STAMPS } : order),
    );
    await insertOrders(server, orders);
    const [it, hr] = refs.departments;
    const [shift1, shift2] = refs.shifts;
    filters = [
      ['no filter', {}],
      ['tanggalMulai', { tanggalMulai: '2025-10-06' }],
      ['tanggalAkhir', { tanggalAkhir: '2025-10-19' }],
      ['a date range', { tanggalMulai: '2025-10-01', tanggalAkhir: '2025-10-31' }],
      ['a single day', { tanggalMulai: orders[3].tanggal_pesanan, tanggalAkhir: orders[3].tanggal_pesanan }],
      ['departmentId', { departmentId: hr.id }],
      ['shiftId', { shiftId: shift2.id }],
      ['status COMPLETE', { status: 'COMPLETE' }],
      ['status MENUNGGU', { status: 'MENUNGGU' }],
      ['status DITOLAK', { status: 'DITOLAK' }],
      ['status DIBATALKAN', { status: 'DIBATALKAN' }],
      [
        'every filter at once',
        {
          tanggalMulai: '2025-09-29',
          tanggalAkhir: '2025-11-16',
          departmentId: it.id,
          shiftId: shift1.id,
          status: 'COMPLETE',
        },
      ],
      ['a range without orders', { tanggalMulai: '2024-01-01', tanggalAkhir: '2024-01-31' }],
      ['an unknown department', { departmentId: 9999 }],
    ];
  });
  after(() => server.dispose());

  it('has fixtures that exercise every case (sanity check of the test data)', () => {
    const statuses = new Set(orders.map((order) => order.status_pesanan));
    expect(statuses.size).to.equal(8);
    const complete = orders.filter((order) => order.status_pesanan === 'COMPLETE');
    expect(complete.length).to.be.greaterThan(20);
    expect(complete.some((order) => order.waktu_diproses === null)).to.equal(true);
    // Created at 06:xx Jakarta: the UTC date of waktu_dibuat is the day before tanggal_pesanan.
    expect(orders.some((order) => order.waktu_dibuat.slice(0, 10) < order.tanggal_pesanan)).to.equal(true);
    // Every filter but the deliberately empty ones selects something, for every report.
    for (const [name, filter] of filters) {
      if (name === 'a range without orders' || name === 'an unknown department') continue;
      expect(
        orders.filter((order) => matches(order, filter)),
        name,
      ).to.not.have.length(0);
      if (filter.status !== 'DITOLAK' && filter.status !== 'DIBATALKAN')
        expect(expectedConsumption(orders, filter, 'DAILY'), name).to.not.have.length(0);
    }
    const all = filters.find(([name]) => name === 'every filter at once')?.[1] ?? {};
    expect(expectedPerformance(orders, all, refs).overall.count).to.be.greaterThan(0);
  });

  describe('consumptionReport', () => {
    for (const groupBy of ['DAILY', 'WEEKLY', 'MONTHLY'] as const) {
      it(`matches the fixtures ${groupBy} under every filter`, async () => {
        for (const [name, filter] of filters) {
          const data = await server.run(ConsumptionReportDocument, { filter, groupBy }, { token: t.admin });
          expect(data.consumptionReport, `${groupBy}, ${name}`).to.deep.equal(
            expectedConsumption(orders, filter, groupBy),
          );
        }
      });
    }

    it('groups DAILY by default', async () => {
      const data = await server.run(ConsumptionReportDocument, {}, { token: t.admin });
      expect(data.consumptionReport).to.deep.equal(expectedConsumption(orders, {}, 'DAILY'));
    });

    it('starts WEEKLY buckets on Monday: Sunday 2025-10-05 and Monday 2025-10-06 fall in different weeks', async () => {
      const filter = { tanggalMulai: '2025-09-29', tanggalAkhir: '2025-10-12' };
      const data = await server.run(
        ConsumptionReportDocument,
        { filter, groupBy: 'WEEKLY' },
        { token: t.admin },
      );
      expect(data.consumptionReport.map((row) => row.period)).to.deep.equal(['2025-09-29', '2025-10-06']);
      const sunday = expectedConsumption(
        orders,
        { tanggalMulai: '2025-09-29', tanggalAkhir: '2025-10-05' },
        'DAILY',
      );
      expect(data.consumptionReport[0]).to.deep.include({
        totalOrders: sunday.reduce((sum, row) => sum + row.totalOrders, 0),
      });
    });

    it('writes MONTHLY periods as YYYY-MM in ascending order', async () => {
      const data = await server.run(ConsumptionReportDocument, { groupBy: 'MONTHLY' }, { token: t.admin });
      expect(data.consumptionReport.map((row) => row.period)).to.deep.equal([
        '2025-09',
        '2025-10',
        '2025-11',
        '2025-12',
      ]);
    });

    for (const status of ['DITOLAK', 'DIBATALKAN'] as const) {
      it(`never counts ${status} orders, even when asked for them`, async () => {
        const data = await server.run(ConsumptionReportDocument, { filter: { status } }, { token: t.admin });
        expect(data.consumptionReport).to.deep.equal([]);
      });
    }
  });

  describe('departmentReport', () => {
    it('matches the fixtures under every filter, with shares to 2 decimals', async () => {
      for (const [name, filter] of filters) {
        const data = await server.run(DepartmentReportDocument, { filter }, { token: t.admin });
        expect(data.departmentReport, name).to.deep.equal(expectedDepartments(orders, filter, refs));
      }
    });

    it('never counts DIBATALKAN orders, even when asked for them', async () => {
      const data = await server.run(
        DepartmentReportDocument,
        { filter: { status: 'DIBATALKAN' } },
        { token: t.admin },
      );
      expect(data.departmentReport).to.deep.equal([]);
    });

    it('makes the shares add up to about 100', async () => {
      const data = await server.run(DepartmentReportDocument, {}, { token: t.admin });
      const sum = data.departmentReport.reduce((total, row) => total + row.percentage, 0);
      expect(sum).to.be.closeTo(100, 0.02);
    });
  });

  describe('performanceReport', () => {
    it('matches the fixtures under every filter: COMPLETE orders only, minutes to 2 decimals', async () => {
      for (const [name, filter] of filters) {
        const data = await server.run(PerformanceReportDocument, { filter }, { token: t.admin });
        expect(data.performanceReport, name).to.deep.equal(expectedPerformance(orders, filter, refs));
      }
    });

    it('reports an empty result as count 0 with null averages', async () => {
      const data = await server.run(
        PerformanceReportDocument,
        { filter: { tanggalMulai: '2024-01-01', tanggalAkhir: '2024-01-31' } },
        { token: t.admin },
      );
      expect(data.performanceReport).to.deep.equal({
        overall: {
          count: 0,
          avgTotalDurationMinutes: null,
          avgProcessingTimeMinutes: null,
          avgPreparationTimeMinutes: null,
          avgDeliveryTimeMinutes: null,
        },
        byDepartment: [],
        byShift: [],
      });
    });

    it('averages each duration only over orders that have both of its stamps', async () => {
      const complete = orders.filter((order) => order.status_pesanan === 'COMPLETE');
      const withoutProcessing = complete.filter((order) => order.waktu_diproses === null).length;
      const data = await server.run(PerformanceReportDocument, {}, { token: t.admin });
      expect(data.performanceReport.overall.count).to.equal(complete.length);
      expect(withoutProcessing).to.be.greaterThan(0);
      expect(data.performanceReport.overall.avgProcessingTimeMinutes).to.equal(
        averageMinutes(complete.map((o) => seconds(o.waktu_dibuat, o.waktu_diproses))),
      );
    });
  });

  describe('validation', () => {
    const backwards = { tanggalMulai: '2025-10-10', tanggalAkhir: '2025-10-09' };
    const admin = () => ({ token: t.admin });
    const calls: Array<[string, () => Promise<GqlResponse<unknown>>]> = [
      [
        'consumptionReport',
        () => server.runResponse(ConsumptionReportDocument, { filter: backwards }, admin()),
      ],
      [
        'departmentReport',
        () => server.runResponse(DepartmentReportDocument, { filter: backwards }, admin()),
      ],
      [
        'performanceReport',
        () => server.runResponse(PerformanceReportDocument, { filter: backwards }, admin()),
      ],
      ['rejectionReport', () => server.runResponse(RejectionReportDocument, { filter: backwards }, admin())],
    ];
    for (const [name, call] of calls) {
      it(`${name} refuses tanggalMulai after tanggalAkhir with BAD_USER_INPUT naming tanggalAkhir`, async () => {
        const response = await call();
        expect(response.errors?.[0].extensions?.code).to.equal('BAD_USER_INPUT');
        expect(response.errors?.[0].extensions?.field).to.equal('tanggalAkhir');
      });
    }

    it('refuses an impossible date', async () => {
      const code = await server.runErrorCode(
        ConsumptionReportDocument,
        { filter: { tanggalMulai: '2025-02-30' } },
        { token: t.admin },
      );
      expect(code).to.equal('BAD_USER_INPUT');
    });
  });

  describe('business dates in APP_TIMEZONE', () => {
    it('counts an order placed at 23:30 UTC on the 1st under the 2nd (Asia/Jakarta)', async () => {
      fixedNow = new Date('2035-10-01T23:30:00Z');
      try {
        await server.run(
          CreateOrderDocument,
          { input: { shiftId: 1, jumlahPesanan: 7 } },
          { token: t.employee },
        );
      } finally {
        fixedNow = null;
      }
      const data = await server.run(
        ConsumptionReportDocument,
        { filter: { tanggalMulai: '2035-10-01', tanggalAkhir: '2035-10-31' } },
        { token: t.admin },
      );
      expect(data.consumptionReport).to.deep.equal([{ period: '2035-10-02', totalOrders: 1, totalMeals: 7 }]);
      const daily = await server.run(
        ConsumptionReportDocument,
        { filter: { tanggalMulai: '2035-10-01', tanggalAkhir: '2035-10-01' } },
        { token: t.admin },
      );
      expect(daily.consumptionReport).to.deep.equal([]);
      await server.sql(`DELETE FROM log_audit_trail WHERE kode_pesanan LIKE 'PM-20351002-%'`);
      await server.sql(`DELETE FROM transaction_pesanan WHERE tanggal_pesanan = '2035-10-02'`);
    });
  });

  describe('rejectionReport', () => {
    let requests: OrderFixture[];

    before(async () => {
      const [it, hr, ops] = refs.departments;
      const base = makeOrders(refs, { seed: 7, count: 9, firstDate: '2025-12-01', days: 10 }).map(
        (order, index) => ({
          ...order,
          kode_pesanan: `PM-RJ-${String(index + 1).padStart(3, '0')}`,
          department_pemesan_id: [it, hr, ops][index % 3].id,
          waktu_dibuat: `2025-12-${String(index + 1).padStart(2, '0')}T02:00:00.123456Z`,
        }),
      );
      requests = [
        withRequest(base[0], { type: 'REJECT', status: 'PENDING' }),
        withRequest(base[1], { type: 'EDIT', status: 'PENDING' }),
        withRequest(base[2], { type: 'REJECT', status: 'APPROVED', catatanAdmin: 'Approved, sorry' }),
        withRequest(base[3], { type: 'EDIT', status: 'APPROVED' }),
        withRequest(base[4], { type: 'REJECT', status: 'REJECTED' }),
        withRequest(base[5], { type: 'EDIT', status: 'REJECTED' }),
        // Written by the original system: an approval status but no request type; the kept quantity says EDIT.
        withRequest(base[6], { type: null, status: 'APPROVED' }),
      ];
      await insertOrders(server, [...requests, base[7], base[8]]);
    });

    /** Newest first, like the API. */
    function expectedRequests(filter: {
      approvalStatus?: string;
      departmentId?: number;
      tanggalMulai?: string;
      tanggalAkhir?: string;
    }) {
      return requests
        .filter(
          (order) =>
            (!filter.approvalStatus || order.approval_status === filter.approvalStatus) &&
            (filter.departmentId === undefined || order.department_pemesan_id === filter.departmentId) &&
            (!filter.tanggalMulai || order.tanggal_pesanan >= filter.tanggalMulai) &&
            (!filter.tanggalAkhir || order.tanggal_pesanan <= filter.tanggalAkhir),
        )
        .sort((a, b) => (a.waktu_dibuat < b.waktu_dibuat ? 1 : -1));
    }

    it('lists every order that has or had a request, newest first, with its type and status', async () => {
      const data = await server.run(RejectionReportDocument, {}, { token: t.admin });
      const expected = expectedRequests({});
      expect(data.rejectionReport.total).to.equal(7);
      expect(
        data.rejectionReport.items.map((item) => [
          item.order.kodePesanan,
          item.requestType,
          item.approvalStatus,
        ]),
      ).to.deep.equal(
        expected.map((order) => [
          order.kode_pesanan,
          order.approval_request_type ?? 'EDIT',
          order.approval_status,
        ]),
      );
    });

    it('filters by approvalStatus, department and dates', async () => {
      const [, hr] = refs.departments;
      const cases = [
        { approvalStatus: 'PENDING' },
        { approvalStatus: 'APPROVED' },
        { approvalStatus: 'REJECTED' },
        { departmentId: hr.id },
        { tanggalMulai: requests[2].tanggal_pesanan, tanggalAkhir: requests[2].tanggal_pesanan },
        { approvalStatus: 'APPROVED', departmentId: 9999 },
      ] as const;
      for (const filter of cases) {
        const data = await server.run(RejectionReportDocument, { filter }, { token: t.admin });
        const expected = expectedRequests(filter);
        expect(data.rejectionReport.total, JSON.stringify(filter)).to.equal(expected.length);
        expect(data.rejectionReport.items.map((item) => item.order.kodePesanan)).to.deep.equal(
          expected.map((order) => order.kode_pesanan),
        );
      }
    });

    it('pages through the requests', async () => {
      const seen: string[] = [];
      for (const page of [1, 2, 3, 4]) {
        const data = await server.run(RejectionReportDocument, { page, limit: 2 }, { token: t.admin });
        expect(data.rejectionReport).to.include({ total: 7, page, limit: 2, totalPages: 4 });
        seen.push(...data.rejectionReport.items.map((item) => item.order.kodePesanan));
      }
      expect(seen).to.deep.equal(expectedRequests({}).map((order) => order.kode_pesanan));
      const beyond = await server.run(RejectionReportDocument, { page: 9, limit: 2 }, { token: t.admin });
      expect(beyond.rejectionReport.items).to.deep.equal([]);
    });

    it('refuses page 0 and limit 101', async () => {
      expect(await server.runErrorCode(RejectionReportDocument, { page: 0 }, { token: t.admin })).to.equal(
        'BAD_USER_INPUT',
      );
      expect(await server.runErrorCode(RejectionReportDocument, { limit: 101 }, { token: t.admin })).to.equal(
        'BAD_USER_INPUT',
      );
    });
  });

  describe('authorization', () => {
    const queries: Array<[string, (token?: string) => Promise<GqlResponse<unknown>>]> = [
      ['consumptionReport', (token) => server.runResponse(ConsumptionReportDocument, {}, { token })],
      ['departmentReport', (token) => server.runResponse(DepartmentReportDocument, {}, { token })],
      ['performanceReport', (token) => server.runResponse(PerformanceReportDocument, {}, { token })],
      ['rejectionReport', (token) => server.runResponse(RejectionReportDocument, {}, { token })],
    ];
    for (const [name, call] of queries) {
      it(`refuses ${name} to every role but administrator (FORBIDDEN) and to anonymous callers (UNAUTHENTICATED)`, async () => {
        for (const role of ['employee', 'dapur', 'delivery'] as const) {
          const response = await call(t[role]);
          expect(response.errors?.[0].extensions?.code, role).to.equal('FORBIDDEN');
          expect(response.data).to.equal(null);
        }
        const anonymous = await call();
        expect(anonymous.errors?.[0].extensions?.code).to.equal('UNAUTHENTICATED');
        expect(anonymous.data).to.equal(null);
      });
    }
  });
});
