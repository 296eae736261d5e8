// A client's day, written only with the typed documents that `npm run codegen` generates from test/operations:
// if an operation stops matching the schema, codegen fails; if a result's shape changes, this file stops compiling.
import { expect } from 'chai';
import {
  CreateOrderDocument,
  LoginDocument,
  LoginMutation,
  LogoutDocument,
  MeDocument,
  OrderByKodeDocument,
  OrderCreatedDocument,
  OrderDocument,
  OrdersDocument,
  OrderStatus,
  OrderStatusChangedDocument,
  OrderStatusChangedSubscription,
  RefreshTokenDocument,
  ShiftsDocument,
  UpdateOrderStatusDocument,
} from './generated/graphql';
import { SEED, SeedUser, startTestServer, TestServer } from './helpers/server';
import { connect, disposeSockets, sleep } from './helpers/subscriptions';

function jakartaToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
}

describe('typed client (generated documents)', () => {
  let server: TestServer;

  before(async () => {
    server = await startTestServer();
  });
  afterEach(() => disposeSockets());
  after(() => server.dispose());

  function signIn(user: SeedUser): Promise<LoginMutation> {
    return server.run(LoginDocument, { input: { ...SEED[user], clientType: 'MOBILE' } });
  }

  async function untilActive(count: number): Promise<void> {
    const deadline = Date.now() + 5000;
    while (server.app.server.realtime.activeSubscriptions() < count) {
      if (Date.now() > deadline) throw new Error(`Fewer than ${count} subscriptions became active`);
      await sleep(10);
    }
  }

  it('orders, follows the kitchen and delivery in real time, and the administrator finds the order', async () => {
    const employee = (await signIn('employee')).login;
    expect(employee.refreshToken, 'a MOBILE login returns the refresh token in the body').to.be.a('string');
    expect(employee.expiresIn).to.be.greaterThan(0);
    expect(employee.user).to.include({ nomorIndukKaryawan: 'EMP001', role: 'EMPLOYEE', isActive: true });
    const me = await server.run(MeDocument, {}, { token: employee.accessToken });
    expect(me.me).to.deep.equal(employee.user);

    const [dapur, delivery, admin] = await Promise.all(
      (['dapur', 'delivery', 'admin'] as const).map(async (user) => (await signIn(user)).login),
    );
    expect([dapur.user.role, delivery.user.role, admin.user.role]).to.deep.equal([
      'DAPUR',
      'DELIVERY',
      'ADMINISTRATOR',
    ]);

    // The kitchen's tablet and the employee's phone listen before anything happens.
    const kitchen = connect(server.wsUrl, { authorization: `Bearer ${dapur.accessToken}` });
    const kitchenCreated = kitchen.subscribeTyped(OrderCreatedDocument);
    const kitchenStatus = kitchen.subscribeTyped(OrderStatusChangedDocument);
    const phone = connect(server.wsUrl, { authorization: `Bearer ${employee.accessToken}` });
    const phoneStatus = phone.subscribeTyped(OrderStatusChangedDocument, {
      departmentId: employee.user.department?.id ?? null,
    });
    await Promise.all([kitchenCreated.ready, kitchenStatus.ready, phoneStatus.ready]);
    await untilActive(3);

    const { shifts } = await server.run(ShiftsDocument, {}, { token: employee.accessToken });
    expect(shifts.map((shift) => shift.namaShift)).to.include.members(['Shift 1', 'Shift 2', 'Shift 3']);
    for (const shift of shifts) expect(shift.jamMulai).to.match(/^\d{2}:\d{2}$/);
    const shift = shifts.find((candidate) => candidate.namaShift === 'Shift 1');
    if (!shift) throw new Error('seed shift missing');

    const { createOrder: order } = await server.run(
      CreateOrderDocument,
      { input: { shiftId: shift.id, jumlahPesanan: 2 } },
      { token: employee.accessToken },
    );
    expect(order).to.include({
      statusPesanan: 'MENUNGGU',
      jumlahPesanan: 2,
      tanggalPesanan: jakartaToday(),
      requiresApproval: false,
      approvalStatus: null,
      waktuDiproses: null,
      waktuSelesai: null,
    });
    expect(order.kodePesanan).to.match(new RegExp(`^PM-${jakartaToday().replaceAll('-', '')}-\\d{3}$`));
    expect(order.pemesan.nomorIndukKaryawan).to.equal('EMP001');
    expect(order.shift).to.deep.equal({
      id: shift.id,
      namaShift: 'Shift 1',
      jamMulai: shift.jamMulai,
      jamSelesai: shift.jamSelesai,
    });
    expect(order.department.id).to.equal(employee.user.department?.id);

    const [created] = await kitchenCreated.waitFor(1);
    expect(created.orderCreated.order.kodePesanan).to.equal(order.kodePesanan);
    expect(created.orderCreated.createdBy.nomorIndukKaryawan).to.equal('EMP001');
    expect(Date.parse(created.orderCreated.at)).to.be.closeTo(Date.now(), 60_000);

    // The kitchen accepts and prepares, delivery takes it out and completes it.
    const steps: Array<[OrderStatus, string, keyof typeof order]> = [
      ['IN_PROGRESS', dapur.accessToken, 'waktuDiproses'],
      ['READY', dapur.accessToken, 'waktuSiap'],
      ['ON_DELIVERY', delivery.accessToken, 'waktuDiantar'],
      ['COMPLETE', delivery.accessToken, 'waktuSelesai'],
    ];
    for (const [status, token, stamp] of steps) {
      const { updateOrderStatus } = await server.run(
        UpdateOrderStatusDocument,
        { id: order.id, status },
        { token },
      );
      expect(updateOrderStatus.statusPesanan).to.equal(status);
      expect(updateOrderStatus[stamp], stamp).to.be.a('string');
    }

    const phoneEvents = await phoneStatus.waitFor(4);
    expect(phoneEvents.map(describeMove)).to.deep.equal([
      'MENUNGGU→IN_PROGRESS by KIT001 (DAPUR)',
      'IN_PROGRESS→READY by KIT001 (DAPUR)',
      'READY→ON_DELIVERY by DEL001 (DELIVERY)',
      'ON_DELIVERY→COMPLETE by DEL001 (DELIVERY)',
    ]);
    for (const event of phoneEvents) expect(event.orderStatusChanged.order.id).to.equal(order.id);
    // The kitchen hears the moves it is in the audience of (MENUNGGU, IN_PROGRESS, READY), not the delivery ones.
    // A sentinel it hears comes last (events arrive in commit order): any delivery move would have come before.
    const { createOrder: sentinel } = await server.run(
      CreateOrderDocument,
      { input: { shiftId: shift.id, jumlahPesanan: 1 } },
      { token: admin.accessToken },
    );
    await server.run(
      UpdateOrderStatusDocument,
      { id: sentinel.id, status: 'IN_PROGRESS' },
      { token: dapur.accessToken },
    );
    await kitchenStatus.waitFor(3);
    expect(kitchenStatus.events.map((event) => event.orderStatusChanged.order.id)).to.deep.equal([
      order.id,
      order.id,
      sentinel.id,
    ]);
    expect(kitchenStatus.events.slice(0, 2).map(describeMove)).to.deep.equal([
      'MENUNGGU→IN_PROGRESS by KIT001 (DAPUR)',
      'IN_PROGRESS→READY by KIT001 (DAPUR)',
    ]);

    const completed = await server.run(OrderDocument, { id: order.id }, { token: employee.accessToken });
    expect(completed.order?.statusPesanan).to.equal('COMPLETE');
    expect(Date.parse(completed.order?.waktuSelesai ?? '')).to.be.at.least(
      Date.parse(completed.order?.waktuDiproses ?? ''),
    );

    const listed = await server.run(
      OrdersDocument,
      { filter: { status: 'COMPLETE', search: order.kodePesanan }, page: 1, limit: 10 },
      { token: admin.accessToken },
    );
    expect(listed.orders).to.include({ page: 1, limit: 10, total: 1, totalPages: 1 });
    expect(
      listed.orders.items.map((item) => [item.id, item.kodePesanan, item.pemesan.nomorIndukKaryawan]),
    ).to.deep.equal([[order.id, order.kodePesanan, 'EMP001']]);
    const byKode = await server.run(
      OrderByKodeDocument,
      { kodePesanan: order.kodePesanan },
      { token: admin.accessToken },
    );
    expect(byKode.orderByKode).to.include({ id: order.id, statusPesanan: 'COMPLETE', jumlahPesanan: 2 });
  });

  it('refreshes a MOBILE session with a rotated token and logs out for good', async () => {
    const first = (await signIn('employee2')).login;
    if (!first.refreshToken) throw new Error('no refresh token');

    const refreshed = (await server.run(RefreshTokenDocument, { refreshToken: first.refreshToken }))
      .refreshToken;
    expect(refreshed.user.nomorIndukKaryawan).to.equal('EMP002');
    expect(refreshed.refreshToken).to.be.a('string').and.not.equal(first.refreshToken);
    const me = await server.run(MeDocument, {}, { token: refreshed.accessToken });
    expect(me.me.nomorIndukKaryawan).to.equal('EMP002');
    if (!refreshed.refreshToken) throw new Error('no rotated refresh token');

    const loggedOut = await server.run(LogoutDocument, { refreshToken: refreshed.refreshToken });
    expect(loggedOut.logout).to.equal(true);
    expect(
      await server.runErrorCode(RefreshTokenDocument, { refreshToken: refreshed.refreshToken }),
    ).to.equal('UNAUTHENTICATED');
    const anonymous = await server.runResponse(MeDocument);
    expect(anonymous.data).to.equal(null);
    expect(anonymous.errors?.[0].extensions?.code).to.equal('UNAUTHENTICATED');
  });

  it('rejects at compile time the variables the server rejects at run time', async () => {
    const { accessToken: token } = (await signIn('employee')).login;
    const wrongType = await server.runErrorCode(
      CreateOrderDocument,
      // @ts-expect-error jumlahPesanan is an Int
      { input: { shiftId: 1, jumlahPesanan: 'two' } },
      { token },
    );
    const unknownStatus = await server.runErrorCode(
      UpdateOrderStatusDocument,
      // @ts-expect-error DONE is not an OrderStatus
      { id: 1, status: 'DONE' },
      { token },
    );
    // @ts-expect-error the operation declares a required $id
    const missing = await server.runErrorCode(OrderDocument, {}, { token });
    expect([wrongType, unknownStatus, missing]).to.deep.equal([
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
    ]);
  });
});

function describeMove(event: OrderStatusChangedSubscription): string {
  const { oldStatus, newStatus, changedBy } = event.orderStatusChanged;
  return `${oldStatus}→${newStatus} by ${changedBy.nomorIndukKaryawan} (${changedBy.role})`;
}
