import { expect } from 'chai';
import { OrderStatus, Role } from '../../src/entities/enums';
import { formatOrderCode } from '../../src/services/orders/order-code';
import { inScope, orderScope, scopeEverIncluded } from '../../src/domain/orders/order-scope';
import { checkCancellation, checkTransition, stampFor } from '../../src/domain/orders/order-workflow';

describe('order codes (unit)', () => {
  for (const [date, sequence, code] of [
    ['2025-10-01', 1, 'PM-20251001-001'],
    ['2025-10-01', 42, 'PM-20251001-042'],
    ['2025-12-31', 999, 'PM-20251231-999'],
    ['2025-12-31', 1000, 'PM-20251231-1000'],
    ['2026-01-02', 12345, 'PM-20260102-12345'],
  ] as const) {
    it(`formats ${date} #${sequence} as ${code}`, () => {
      expect(formatOrderCode(date, sequence)).to.equal(code);
    });
  }
});

describe('order workflow table (unit)', () => {
  it('stamps waktuDiproses, waktuSiap, waktuDiantar, waktuSelesai on entering the four workflow statuses', () => {
    expect(
      [OrderStatus.IN_PROGRESS, OrderStatus.READY, OrderStatus.ON_DELIVERY, OrderStatus.COMPLETE].map(
        stampFor,
      ),
    ).to.deep.equal(['waktuDiproses', 'waktuSiap', 'waktuDiantar', 'waktuSelesai']);
    expect(stampFor(OrderStatus.DITOLAK)).to.equal(null);
    expect(stampFor(OrderStatus.MENUNGGU)).to.equal(null);
  });

  for (const [role, from, to, expected] of [
    [Role.DAPUR, OrderStatus.MENUNGGU, OrderStatus.IN_PROGRESS, 'allowed'],
    [Role.DAPUR, OrderStatus.IN_PROGRESS, OrderStatus.READY, 'allowed'],
    [Role.DELIVERY, OrderStatus.READY, OrderStatus.ON_DELIVERY, 'allowed'],
    [Role.DELIVERY, OrderStatus.ON_DELIVERY, OrderStatus.COMPLETE, 'allowed'],
    [Role.DAPUR, OrderStatus.MENUNGGU, OrderStatus.READY, 'CONFLICT'],
    [Role.DAPUR, OrderStatus.COMPLETE, OrderStatus.IN_PROGRESS, 'CONFLICT'],
    [Role.DAPUR, OrderStatus.READY, OrderStatus.ON_DELIVERY, 'FORBIDDEN'],
    [Role.DELIVERY, OrderStatus.MENUNGGU, OrderStatus.IN_PROGRESS, 'FORBIDDEN'],
    [Role.DELIVERY, OrderStatus.MENUNGGU, OrderStatus.ON_DELIVERY, 'CONFLICT'],
    [Role.DELIVERY, OrderStatus.READY, OrderStatus.DITOLAK, 'FORBIDDEN'],
    [Role.EMPLOYEE, OrderStatus.MENUNGGU, OrderStatus.IN_PROGRESS, 'FORBIDDEN'],
  ] as const) {
    it(`${role}: ${from} -> ${to} is ${expected}`, () => {
      const check = checkTransition(role, from, to);
      expect(check.allowed ? 'allowed' : check.reason).to.equal(expected);
    });
  }
});

describe('cancellation in the workflow table (unit)', () => {
  it('stamps waktuDibatalkan on entering DIBATALKAN', () => {
    expect(stampFor(OrderStatus.DIBATALKAN)).to.equal('waktuDibatalkan');
  });

  for (const [role, from, expected] of [
    [Role.EMPLOYEE, OrderStatus.MENUNGGU, 'allowed (owner, ordering open)'],
    [Role.EMPLOYEE, OrderStatus.IN_PROGRESS, 'CONFLICT'],
    [Role.EMPLOYEE, OrderStatus.MENUNGGU_PERSETUJUAN, 'CONFLICT'],
    [Role.EMPLOYEE, OrderStatus.DIBATALKAN, 'CONFLICT'],
    [Role.ADMINISTRATOR, OrderStatus.MENUNGGU, 'allowed'],
    [Role.ADMINISTRATOR, OrderStatus.IN_PROGRESS, 'allowed'],
    [Role.ADMINISTRATOR, OrderStatus.READY, 'allowed'],
    [Role.ADMINISTRATOR, OrderStatus.ON_DELIVERY, 'allowed'],
    [Role.ADMINISTRATOR, OrderStatus.COMPLETE, 'CONFLICT'],
    [Role.ADMINISTRATOR, OrderStatus.DITOLAK, 'CONFLICT'],
    [Role.ADMINISTRATOR, OrderStatus.DIBATALKAN, 'CONFLICT'],
    [Role.ADMINISTRATOR, OrderStatus.MENUNGGU_PERSETUJUAN, 'allowed'],
    [Role.DAPUR, OrderStatus.MENUNGGU, 'FORBIDDEN'],
    [Role.DELIVERY, OrderStatus.READY, 'FORBIDDEN'],
  ] as const) {
    it(`${role} cancelling from ${from} is ${expected}`, () => {
      const check = checkCancellation(role, from);
      const outcome = check.allowed
        ? check.transition.ownerWhileOrderingOpen
          ? 'allowed (owner, ordering open)'
          : 'allowed'
        : check.reason;
      expect(outcome).to.equal(expected);
    });
  }

  it('keeps cancellations out of updateOrderStatus', () => {
    expect(checkTransition(Role.DAPUR, OrderStatus.MENUNGGU, OrderStatus.DIBATALKAN)).to.include({
      allowed: false,
      reason: 'FORBIDDEN',
    });
    expect(checkTransition(Role.EMPLOYEE, OrderStatus.MENUNGGU, OrderStatus.DIBATALKAN).allowed).to.equal(
      false,
    );
  });
});

describe('order read scope (unit)', () => {
  const order = (owner: number, status: OrderStatus) => ({ karyawanPemesanId: owner, statusPesanan: status });
  it('shows an employee only their own orders, in every status', () => {
    const scope = orderScope({ role: Role.EMPLOYEE, karyawanId: 7 });
    expect(inScope(scope, order(7, OrderStatus.COMPLETE))).to.equal(true);
    expect(inScope(scope, order(8, OrderStatus.MENUNGGU))).to.equal(false);
  });
  it('shows dapur MENUNGGU, IN_PROGRESS and MENUNGGU_PERSETUJUAN of anyone', () => {
    const scope = orderScope({ role: Role.DAPUR, karyawanId: 1 });
    const visible = Object.values(OrderStatus).filter((status) => inScope(scope, order(99, status)));
    expect(visible).to.deep.equal([
      OrderStatus.MENUNGGU,
      OrderStatus.IN_PROGRESS,
      OrderStatus.MENUNGGU_PERSETUJUAN,
    ]);
  });
  it('shows delivery READY and ON_DELIVERY; administrators everything', () => {
    const delivery = orderScope({ role: Role.DELIVERY, karyawanId: 1 });
    expect(Object.values(OrderStatus).filter((status) => inScope(delivery, order(99, status)))).to.deep.equal(
      [OrderStatus.READY, OrderStatus.ON_DELIVERY],
    );
    const admin = orderScope({ role: Role.ADMINISTRATOR, karyawanId: 1 });
    expect(Object.values(OrderStatus).every((status) => inScope(admin, order(99, status)))).to.equal(true);
  });
  it('says who could read an order at some time, from the statuses its history shows', () => {
    const { MENUNGGU, IN_PROGRESS, READY, COMPLETE, DIBATALKAN } = OrderStatus;
    const dapur = orderScope({ role: Role.DAPUR, karyawanId: 1 });
    const delivery = orderScope({ role: Role.DELIVERY, karyawanId: 1 });
    const employee = orderScope({ role: Role.EMPLOYEE, karyawanId: 7 });
    // Cancelled by its owner while MENUNGGU: the kitchen had it, delivery never did.
    expect(scopeEverIncluded(dapur, 7, [MENUNGGU, DIBATALKAN])).to.equal(true);
    expect(scopeEverIncluded(delivery, 7, [MENUNGGU, DIBATALKAN])).to.equal(false);
    expect(scopeEverIncluded(delivery, 7, [MENUNGGU, IN_PROGRESS, READY, COMPLETE])).to.equal(true);
    // No history (an adopted order): nobody scoped by status had it.
    expect(scopeEverIncluded(dapur, 7, [])).to.equal(false);
    // Ownership does not change with the status.
    expect(scopeEverIncluded(employee, 7, [MENUNGGU])).to.equal(true);
    expect(scopeEverIncluded(employee, 8, [MENUNGGU, COMPLETE])).to.equal(false);
  });
});
