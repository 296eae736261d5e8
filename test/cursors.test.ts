// Keyset pages of orders and of the audit trail (first/after, last/before, pageInfo): stable while rows are added,
// under every row scope and filter, and refusing cursors that this server did not make for the same list.
import { expect } from 'chai';
import { ROLE_STATUSES } from '../src/domain/orders/order-scope';
import { Role } from '../src/entities/enums';
import { listOrders } from '../src/services/orders/orders.service';
import {
  AuditTrailByCursorDocument,
  type AuditTrailByCursorQuery,
  AuditTrailDocument,
  type AuditTrailFilter,
  AuditTrailMixedWindowDocument,
  CreateOrderDocument,
  type OrderFilter,
  OrdersByCursorDocument,
  type OrdersByCursorQuery,
  OrdersDocument,
  OrdersMixedWindowDocument,
  OrdersPageInfoDocument,
} from './generated/graphql';
import {
  AuditFixture,
  insertAudit,
  insertOrders,
  loadRefs,
  makeOrders,
  Refs,
  withRequest,
} from './helpers/report-fixtures';
import { firstError, GqlResponse, startTestServer, TestServer } from './helpers/server';

/** An order's place in the newest-first list, read from the database to the microsecond. */
interface Placed {
  id: number;
  at: string;
}

/**
 * 60 orders in 15 groups of four sharing one instant, the groups 1 µs apart: the same millisecond throughout, so
 * a cursor that kept milliseconds only (or no id) would lose or repeat rows.
 */
function instantOf(index: number): string {
  return `2025-10-01T01:00:00.123${String(400 + Math.floor(index / 4))}Z`;
}

describe('cursor pagination', () => {
  let server: TestServer;
  let t: Awaited<ReturnType<TestServer['tokens']>>;
  let refs: Refs;

  before(async () => {
    server = await startTestServer();
    t = await server.tokens();
    refs = await loadRefs(server);
    const orders = makeOrders(refs, { seed: 24, count: 60, firstDate: '2025-09-28', days: 7 }).map(
      (order, index) => {
        const placed = { ...order, waktu_dibuat: instantOf(index) };
        if (index % 9 === 4) return withRequest(placed, { type: 'REJECT', status: 'PENDING' });
        if (index % 9 === 5) return withRequest(placed, { type: 'EDIT', status: 'APPROVED' });
        return placed;
      },
    );
    await insertOrders(server, orders);
  });
  after(() => server.dispose());

  /** Every order matching `where`, newest first, as the database sorts them. */
  async function expected(where = 'true', parameters: unknown[] = []): Promise<number[]> {
    const rows = await server.sql<{ id: number }>(
      `SELECT id FROM transaction_pesanan WHERE ${where} ORDER BY waktu_dibuat DESC, id DESC`,
      parameters,
    );
    return rows.map((row) => row.id);
  }

  async function placed(ids: number[]): Promise<Placed[]> {
    const rows = await server.sql<Placed>(
      `SELECT id, to_char(waktu_dibuat AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') AS at
         FROM transaction_pesanan WHERE id = ANY($1::int[])`,
      [ids],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? { id, at: '?' });
  }

  interface WalkOptions {
    filter?: OrderFilter;
    size: number;
    /** Runs after each page but the last, with the id of the page's last row. */
    between?: (lastId: number, page: number) => Promise<void>;
  }

  /** Reads every page forward (first/after); returns the ids in order. */
  async function walkOrders(token: string, options: WalkOptions): Promise<number[]> {
    const ids: number[] = [];
    let after: string | null = null;
    for (let page = 0; page < 1000; page += 1) {
      const data: OrdersByCursorQuery = await server.run(
        OrdersByCursorDocument,
        { filter: options.filter, first: options.size, after },
        { token },
      );
      const { items, pageInfo } = data.orders;
      ids.push(...items.map((item) => item.id));
      expect(data.orders.page).to.equal(0);
      expect(data.orders.limit).to.equal(options.size);
      expect(pageInfo.hasPreviousPage).to.equal(after !== null);
      if (!pageInfo.hasNextPage) return ids;
      expect(items).to.have.length(options.size);
      after = pageInfo.endCursor ?? null;
      expect(after).to.be.a('string');
      if (options.between) await options.between(ids[ids.length - 1], page);
    }
    throw new Error('More than 1000 pages');
  }

  /** Reads every page backward (last/before) from the oldest; returns the ids newest first. */
  async function walkOrdersBackward(token: string, size: number, filter?: OrderFilter): Promise<number[]> {
    const pages: number[][] = [];
    let before: string | null = null;
    for (let page = 0; page < 1000; page += 1) {
      const data: OrdersByCursorQuery = await server.run(
        OrdersByCursorDocument,
        { filter, last: size, before },
        { token },
      );
      const { items, pageInfo } = data.orders;
      pages.unshift(items.map((item) => item.id));
      expect(pageInfo.hasNextPage).to.equal(before !== null);
      if (!pageInfo.hasPreviousPage) return pages.flat();
      expect(items).to.have.length(size);
      before = pageInfo.startCursor ?? null;
    }
    throw new Error('More than 1000 pages');
  }

  /** Every order of `filter` by page number, 100 a page. */
  async function byPageNumber(token: string, filter: OrderFilter): Promise<number[]> {
    const ids: number[] = [];
    for (let page = 1; ; page += 1) {
      const data = await server.run(OrdersDocument, { filter, page, limit: 100 }, { token });
      ids.push(...data.orders.items.map((item) => item.id));
      if (page >= data.orders.totalPages) return ids;
    }
  }

  async function firstCursor(token = t.admin, filter?: OrderFilter): Promise<string> {
    const data = await server.run(OrdersByCursorDocument, { filter, first: 3 }, { token });
    const cursor = data.orders.pageInfo.endCursor;
    if (!cursor) throw new Error('No cursor');
    return cursor;
  }

  function refusal(response: GqlResponse<unknown>): { code?: string; field?: unknown } {
    const error = firstError(response);
    return { code: error.extensions?.code, field: error.extensions?.field };
  }

  describe('orders', () => {
    it('walks every order once, newest first, while orders are added between pages', async () => {
      const before = await expected();
      const created: number[] = [];
      const tiedBehind: number[] = [];
      let olderThanAll: number | null = null;
      const walked = await walkOrders(t.admin, {
        size: 7,
        async between(lastId, page) {
          // A new order (now): newer than every row read, so behind the walk.
          const order = await server.run(
            CreateOrderDocument,
            { input: { shiftId: 1, jumlahPesanan: 2 } },
            { token: t.employee },
          );
          created.push(order.createOrder.id);
          // An order at the very instant of the page's last row, with a higher id: it sorts just before that
          // row, so it is behind the walk too.
          const [tied] = await server.sql<{ id: number }>(
            `INSERT INTO transaction_pesanan (kode_pesanan, karyawan_pemesan_id, department_pemesan_id, shift_id,
               jumlah_pesanan, tanggal_pesanan, waktu_dibuat)
             SELECT 'PM-TIE-' || $1, karyawan_pemesan_id, department_pemesan_id, shift_id, 1, tanggal_pesanan,
                    waktu_dibuat
               FROM transaction_pesanan WHERE id = $2
             RETURNING id`,
            [page, lastId],
          );
          tiedBehind.push(tied.id);
          // An order older than all others: ahead of the walk, so it must be read, once.
          if (page === 2) {
            const [old] = await server.sql<{ id: number }>(
              `INSERT INTO transaction_pesanan (kode_pesanan, karyawan_pemesan_id, department_pemesan_id, shift_id,
                 jumlah_pesanan, tanggal_pesanan, waktu_dibuat)
               VALUES ('PM-OLD-1', $1, $2, 1, 1, '2020-01-01', '2020-01-01T00:00:00.000001Z') RETURNING id`,
              [refs.karyawan.EMP002, refs.departments[0].id],
            );
            olderThanAll = old.id;
          }
        },
      });
      expect(created.length).to.be.greaterThan(5);
      expect(olderThanAll).to.be.a('number');
      expect(new Set(walked).size, 'no order read twice').to.equal(walked.length);
      expect(walked).to.deep.equal([...before, olderThanAll]);
      for (const id of [...created, ...tiedBehind]) expect(walked).not.to.include(id);
      // What the database says now: the same order, with the rows added behind the walk in front of it.
      const now = await expected();
      expect(now.filter((id) => walked.includes(id))).to.deep.equal(walked);
      const places = await placed(walked);
      for (let index = 1; index < places.length; index += 1) {
        const [newer, older] = [places[index - 1], places[index]];
        expect(newer.at > older.at || (newer.at === older.at && newer.id > older.id)).to.equal(true);
      }
    });

    it('reads the same rows backward (last/before) as forward', async () => {
      const forward = await walkOrders(t.admin, { size: 9 });
      expect(await walkOrdersBackward(t.admin, 9)).to.deep.equal(forward);
      const filter: OrderFilter = { status: 'COMPLETE' };
      expect(await walkOrdersBackward(t.admin, 4, filter)).to.deep.equal(
        await walkOrders(t.admin, { size: 4, filter }),
      );
    });

    it("keeps each role's scope: an employee's own orders, the kitchen's and delivery's statuses", async () => {
      const own = await expected('karyawan_pemesan_id = $1', [refs.karyawan.EMP001]);
      expect(own.length).to.be.greaterThan(3);
      expect(await walkOrders(t.employee, { size: 3 })).to.deep.equal(own);
      const data = await server.run(OrdersByCursorDocument, { first: 100 }, { token: t.employee });
      expect(data.orders.total).to.equal(own.length);
      expect(data.orders.items.every((item) => item.pemesan.id === refs.karyawan.EMP001)).to.equal(true);

      // The administrator's cursor continues the employee's own list, never the administrator's.
      const adminCursor = await firstCursor(t.admin);
      const continued = await server.run(
        OrdersByCursorDocument,
        { first: 100, after: adminCursor },
        { token: t.employee },
      );
      expect(continued.orders.items.every((item) => item.pemesan.id === refs.karyawan.EMP001)).to.equal(true);

      for (const [token, role] of [
        [t.dapur, Role.DAPUR],
        [t.delivery, Role.DELIVERY],
      ] as const) {
        const statuses = ROLE_STATUSES[role] ?? [];
        const visible = await expected('status_pesanan::text = ANY($1::text[])', [statuses]);
        expect(visible.length).to.be.greaterThan(2);
        expect(await walkOrders(token, { size: 2 })).to.deep.equal(visible);
      }
    });

    it('honours every filter, alone and together with a scope', async () => {
      const department = refs.departments[1].id;
      const filters: OrderFilter[] = [
        { status: 'COMPLETE' },
        { departmentId: department },
        { shiftId: 2 },
        { tanggalMulai: '2025-09-30', tanggalAkhir: '2025-10-02' },
        { search: '-00' },
        { requiresApproval: true },
        { requiresApproval: false },
        { approvalStatus: 'APPROVED' },
        { status: 'MENUNGGU', shiftId: 1 },
      ];
      const all = await expected();
      for (const filter of filters) {
        const byCursor = await walkOrders(t.admin, { size: 3, filter });
        const message = JSON.stringify(filter);
        expect(byCursor.length, message).to.be.greaterThan(0);
        expect(byCursor.length, message).to.be.lessThan(all.length);
        expect(byCursor, message).to.deep.equal(await byPageNumber(t.admin, filter));
      }
      const own = await walkOrders(t.employee, { size: 2, filter: { shiftId: 2 } });
      expect(own).to.deep.equal(
        await expected('karyawan_pemesan_id = $1 AND shift_id = 2', [refs.karyawan.EMP001]),
      );
      const kitchen = await walkOrders(t.dapur, { size: 2, filter: { approvalStatus: 'PENDING' } });
      expect(kitchen).to.deep.equal(
        await expected(`approval_status = 'PENDING' AND status_pesanan::text = ANY($1::text[])`, [
          ROLE_STATUSES[Role.DAPUR],
        ]),
      );
      expect(kitchen.length).to.be.greaterThan(0);
    });

    it('gives page-number reads their cursors, so a list can go on by cursor', async () => {
      const page1 = await server.run(OrdersPageInfoDocument, { page: 1, limit: 5 }, { token: t.admin });
      expect(page1.orders.pageInfo).to.include({ hasNextPage: true, hasPreviousPage: false });
      const page2 = await server.run(OrdersPageInfoDocument, { page: 2, limit: 5 }, { token: t.admin });
      expect(page2.orders.pageInfo.hasPreviousPage).to.equal(true);
      const next = await server.run(
        OrdersByCursorDocument,
        { first: 5, after: page1.orders.pageInfo.endCursor },
        { token: t.admin },
      );
      expect(next.orders.items.map((item) => item.id)).to.deep.equal(
        page2.orders.items.map((item) => item.id),
      );
      const total = (await expected()).length;
      const lastPage = await server.run(
        OrdersPageInfoDocument,
        { page: Math.ceil(total / 5), limit: 5 },
        { token: t.admin },
      );
      expect(lastPage.orders.pageInfo.hasNextPage).to.equal(false);
      const empty = await server.run(
        OrdersByCursorDocument,
        { filter: { search: 'no such code' }, first: 5 },
        { token: t.admin },
      );
      expect(empty.orders.items).to.deep.equal([]);
      expect(empty.orders.pageInfo).to.deep.equal({
        hasNextPage: false,
        hasPreviousPage: false,
        startCursor: null,
        endCursor: null,
      });
    });

    it('reads the same window through the entity path as through the planner', async () => {
      const deps = server.app.deps;
      const actor = {
        userId: 0,
        karyawanId: refs.karyawan.ADM001,
        nik: 'ADM001',
        role: Role.ADMINISTRATOR,
        departmentId: null,
        mustChangePassword: false,
        tokenExpiresAt: 0,
        sessionId: 'test',
      };
      const read = async (selection: Record<string, true>, after: string | null, backward = false) =>
        listOrders(deps, actor, {}, backward ? { last: 6, before: after } : { first: 6, after }, {
          selection,
          withTotal: true,
          withStreamHead: false,
          withPageInfo: true,
        });
      // `notAField` is not in the planner's maps: that read takes the entity path.
      const planned = await read({ id: true }, null);
      const entities = await read({ id: true, notAField: true }, null);
      const ids = (page: { items: unknown[] }) => page.items.map((item) => (item as { id: number }).id);
      expect(ids(entities)).to.deep.equal(ids(planned));
      expect(entities.pageInfo).to.deep.equal(planned.pageInfo);
      expect(entities.total).to.equal(planned.total);
      const cursor = planned.pageInfo.endCursor;
      const [plannedNext, entitiesNext] = [
        await read({ id: true }, cursor),
        await read({ id: true, notAField: true }, cursor),
      ];
      expect(ids(entitiesNext)).to.deep.equal(ids(plannedNext));
      expect(entitiesNext.pageInfo).to.deep.equal(plannedNext.pageInfo);
      const back = plannedNext.pageInfo.startCursor;
      expect(ids(await read({ id: true, notAField: true }, back, true))).to.deep.equal(
        ids(await read({ id: true }, back, true)),
      );
      expect(ids(await read({ id: true }, back, true))).to.deep.equal(ids(planned));
    });

    it('refuses forged, garbled and foreign cursors with BAD_USER_INPUT', async () => {
      const cursor = await firstCursor();
      const bytes = Buffer.from(cursor, 'base64url');
      const json = bytes.subarray(0, bytes.length - 16).toString('utf8');
      const payload = JSON.parse(json) as { k: [string, number] };
      // The same payload pointing elsewhere, with the signature of the original (a hand-made cursor).
      const moved = Buffer.from(JSON.stringify({ ...payload, k: [payload.k[0], payload.k[1] + 1] }), 'utf8');
      const forged = Buffer.concat([moved, bytes.subarray(bytes.length - 16)]).toString('base64url');
      const flipped = `${cursor.slice(0, 10)}${cursor[10] === 'A' ? 'B' : 'A'}${cursor.slice(11)}`;
      const bad = [
        forged,
        flipped,
        cursor.slice(0, -4),
        'not a cursor!',
        Buffer.from('{"v":1}').toString('base64url'),
        '',
        'x'.repeat(600),
      ];
      for (const after of bad) {
        const response = await server.runResponse(
          OrdersByCursorDocument,
          { first: 5, after },
          { token: t.admin },
        );
        expect(refusal(response), after).to.deep.equal({ code: 'BAD_USER_INPUT', field: 'after' });
      }
      const before = await server.runResponse(
        OrdersByCursorDocument,
        { last: 5, before: forged },
        { token: t.admin },
      );
      expect(refusal(before)).to.deep.equal({ code: 'BAD_USER_INPUT', field: 'before' });

      // A cursor of another filter, and one of the audit trail.
      const filtered = await firstCursor(t.admin, { status: 'COMPLETE' });
      const other = await server.runResponse(
        OrdersByCursorDocument,
        { filter: { status: 'READY' }, first: 5, after: filtered },
        { token: t.admin },
      );
      expect(refusal(other)).to.deep.equal({ code: 'BAD_USER_INPUT', field: 'after' });
      expect(firstError(other).message).to.contain('another filter');
      // The same filter written differently (surrounding spaces in search) is the same filter.
      const spaced = await firstCursor(t.admin, { search: 'PM-' });
      await server.run(
        OrdersByCursorDocument,
        { filter: { search: ' PM- ' }, first: 2, after: spaced },
        {
          token: t.admin,
        },
      );
      const audit = await server.run(AuditTrailByCursorDocument, { first: 2 }, { token: t.admin });
      const auditCursor = audit.auditTrail.pageInfo.endCursor;
      const foreign = await server.runResponse(
        OrdersByCursorDocument,
        { first: 2, after: auditCursor },
        { token: t.admin },
      );
      expect(refusal(foreign)).to.deep.equal({ code: 'BAD_USER_INPUT', field: 'after' });
    });

    it('refuses page or limit with cursor arguments, and mixed directions', async () => {
      const cursor = await firstCursor();
      const cases: [Record<string, unknown>, string][] = [
        [{ page: 2, after: cursor }, 'page'],
        [{ page: 1, first: 5 }, 'page'],
        [{ limit: 5, after: cursor }, 'limit'],
        [{ limit: 5, first: 5 }, 'limit'],
      ];
      for (const [variables, field] of cases) {
        const response = await server.runResponse(OrdersMixedWindowDocument, variables, { token: t.admin });
        expect(refusal(response), JSON.stringify(variables)).to.deep.equal({ code: 'BAD_USER_INPUT', field });
      }
      // Declared but not given: no mix.
      const plain = await server.run(
        OrdersMixedWindowDocument,
        { first: 2, after: cursor },
        { token: t.admin },
      );
      expect(plain.orders.items).to.have.length(2);
      const directions: [Record<string, unknown>, string][] = [
        [{ first: 2, last: 2 }, 'last'],
        [{ after: cursor, before: cursor }, 'before'],
        [{ first: 2, before: cursor }, 'before'],
        [{ last: 2, after: cursor }, 'after'],
        [{ first: 0 }, 'first'],
        [{ first: 101 }, 'first'],
        [{ last: -1 }, 'last'],
      ];
      for (const [variables, field] of directions) {
        const response = await server.runResponse(OrdersByCursorDocument, variables, { token: t.admin });
        expect(refusal(response), JSON.stringify(variables)).to.deep.equal({ code: 'BAD_USER_INPUT', field });
      }
      // Written as literals in the query text, too.
      const literal = await server.gql(
        `{ orders(page: 1, first: 2) { items { id } } }`,
        {},
        { token: t.admin },
      );
      expect(refusal(literal)).to.deep.equal({ code: 'BAD_USER_INPUT', field: 'page' });
    });
  });

  describe('auditTrail', () => {
    const AUDIT_BASE = 500_000;

    before(async () => {
      const rows: AuditFixture[] = [];
      const users = [refs.karyawan.ADM001, refs.karyawan.EMP001, refs.karyawan.KIT001, null];
      const actions = ['LOGIN_SUCCESS', 'ORDER_CREATED', 'ORDER_STATUS_CHANGED', 'USER_CREATED'];
      for (let index = 0; index < 80; index += 1) {
        rows.push({
          // Ids against the timestamps' order, and instants shared by groups of three, 1 µs apart.
          id: AUDIT_BASE - index * 3,
          user_id: users[index % users.length],
          aksi: actions[Math.floor(index / 2) % actions.length],
          detail: `row ${index} ${index % 5 === 0 ? 'rice' : 'noodles'}`,
          kode_pesanan: null,
          timestamp: `2025-10-0${1 + Math.floor(index / 30)}T02:00:00.000${String(100 + Math.floor(index / 3))}Z`,
        });
      }
      await insertAudit(server, rows);
    });

    async function auditIds(where = 'true', parameters: unknown[] = []): Promise<string[]> {
      const rows = await server.sql<{ id: string }>(
        `SELECT id::text FROM log_audit_trail WHERE ${where} ORDER BY "timestamp" DESC, id DESC`,
        parameters,
      );
      return rows.map((row) => row.id);
    }

    async function walkAudit(
      filter: AuditTrailFilter | undefined,
      size: number,
      between?: () => Promise<void>,
    ): Promise<string[]> {
      const ids: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 1000; page += 1) {
        const data: AuditTrailByCursorQuery = await server.run(
          AuditTrailByCursorDocument,
          { filter, first: size, after },
          { token: t.admin },
        );
        ids.push(...data.auditTrail.items.map((item) => String(item.id)));
        if (!data.auditTrail.pageInfo.hasNextPage) return ids;
        after = data.auditTrail.pageInfo.endCursor ?? null;
        if (between) await between();
      }
      throw new Error('More than 1000 pages');
    }

    it('walks every audit row once while rows are added between pages, forward and backward', async () => {
      const before = await auditIds();
      let added = 0;
      const walked = await walkAudit(undefined, 6, async () => {
        added += 1;
        // A sign-in writes an audit row now: newer than every page read.
        await server.login('employee2');
      });
      expect(added).to.be.greaterThan(5);
      expect(new Set(walked).size).to.equal(walked.length);
      expect(walked).to.deep.equal(before);

      const now = await auditIds();
      const pages: string[][] = [];
      let cursor: string | null = null;
      for (;;) {
        const data: AuditTrailByCursorQuery = await server.run(
          AuditTrailByCursorDocument,
          { last: 7, before: cursor },
          { token: t.admin },
        );
        pages.unshift(data.auditTrail.items.map((item) => String(item.id)));
        if (!data.auditTrail.pageInfo.hasPreviousPage) break;
        cursor = data.auditTrail.pageInfo.startCursor ?? null;
      }
      expect(pages.flat()).to.deep.equal(now);
    });

    it('honours every filter', async () => {
      const filters: AuditTrailFilter[] = [
        { aksi: 'ORDER_CREATED' },
        { userId: refs.karyawan.EMP001 },
        { nik: 'KIT001' },
        { search: 'rice' },
        { tanggalMulai: '2025-10-02', tanggalAkhir: '2025-10-02' },
        { aksi: 'LOGIN_SUCCESS', userId: refs.karyawan.ADM001 },
      ];
      const all = await auditIds();
      for (const filter of filters) {
        const message = JSON.stringify(filter);
        const byCursor = await walkAudit(filter, 4);
        const byPage = await server.run(AuditTrailDocument, { filter, limit: 100 }, { token: t.admin });
        expect(byCursor.length, message).to.be.greaterThan(0);
        expect(byCursor.length, message).to.be.lessThan(all.length);
        expect(byCursor, message).to.deep.equal(byPage.auditTrail.items.map((item) => String(item.id)));
        expect(byPage.auditTrail.total, message).to.equal(byCursor.length);
      }
    });

    it('refuses forged cursors, cursors of another filter or list, and page with after', async () => {
      const data = await server.run(AuditTrailByCursorDocument, { first: 2 }, { token: t.admin });
      const cursor = data.auditTrail.pageInfo.endCursor ?? '';
      expect(data.auditTrail.page).to.equal(0);
      const bytes = Buffer.from(cursor, 'base64url');
      bytes[5] ^= 1;
      const bad = [bytes.toString('base64url'), 'garbled', await firstCursor()];
      for (const after of bad) {
        const response = await server.runResponse(
          AuditTrailByCursorDocument,
          { first: 2, after },
          { token: t.admin },
        );
        expect(refusal(response), after).to.deep.equal({ code: 'BAD_USER_INPUT', field: 'after' });
      }
      const other = await server.runResponse(
        AuditTrailByCursorDocument,
        { filter: { aksi: 'LOGIN_SUCCESS' }, first: 2, after: cursor },
        { token: t.admin },
      );
      expect(refusal(other)).to.deep.equal({ code: 'BAD_USER_INPUT', field: 'after' });
      const mixed = await server.runResponse(
        AuditTrailMixedWindowDocument,
        { page: 1, after: cursor },
        { token: t.admin },
      );
      expect(refusal(mixed)).to.deep.equal({ code: 'BAD_USER_INPUT', field: 'page' });
      const employee = await server.runResponse(
        AuditTrailByCursorDocument,
        { first: 2 },
        { token: t.employee },
      );
      expect(refusal(employee).code).to.equal('FORBIDDEN');
    });
  });
});
