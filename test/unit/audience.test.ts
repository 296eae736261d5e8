import { expect } from 'chai';
import { ApprovalDecision, ApprovalRequestType, OrderStatus, Role } from '../../src/entities/enums';
import { audience, receives, Subscriber } from '../../src/events/audience';
import { OrderEvent, OrderSnapshot, Topic } from '../../src/events/events';
import { SUBSCRIPTION_ROLES } from '../../src/auth/permissions';

const OWNER = 10;
const KITCHEN = 20;
const subscribers: Record<string, Subscriber> = {
  admin: { karyawanId: 1, role: Role.ADMINISTRATOR },
  dapur: { karyawanId: KITCHEN, role: Role.DAPUR },
  delivery: { karyawanId: 30, role: Role.DELIVERY },
  owner: { karyawanId: OWNER, role: Role.EMPLOYEE },
  otherEmployee: { karyawanId: 11, role: Role.EMPLOYEE },
};

function order(status: OrderStatus): OrderSnapshot {
  return { id: 1, karyawanPemesanId: OWNER, departmentPemesanId: 2, statusPesanan: status } as OrderSnapshot;
}

const base = { actorId: 1, at: '2025-10-01T00:00:00.000Z' };
const statusChanged = (oldStatus: OrderStatus, newStatus: OrderStatus): OrderEvent => ({
  ...base,
  topic: Topic.ORDER_STATUS_CHANGED,
  order: order(newStatus),
  oldStatus,
  newStatus,
});
// DIBATALKAN (a cancellation) is in no role's read scope: the rule covers it through the status before.
const { MENUNGGU, IN_PROGRESS, READY, ON_DELIVERY, COMPLETE, DITOLAK, MENUNGGU_PERSETUJUAN, DIBATALKAN } =
  OrderStatus;

/** DOMAIN.md, Realtime: everyone who may read the order before or after the change, and its owner. */
const TABLE: Array<[string, OrderEvent, string[]]> = [
  [
    'orderCreated',
    { ...base, topic: Topic.ORDER_CREATED, order: order(MENUNGGU) },
    ['admin', 'dapur', 'owner'],
  ],
  ['MENUNGGU -> IN_PROGRESS', statusChanged(MENUNGGU, IN_PROGRESS), ['admin', 'dapur', 'owner']],
  ['IN_PROGRESS -> READY', statusChanged(IN_PROGRESS, READY), ['admin', 'dapur', 'delivery', 'owner']],
  ['READY -> ON_DELIVERY', statusChanged(READY, ON_DELIVERY), ['admin', 'delivery', 'owner']],
  ['ON_DELIVERY -> COMPLETE', statusChanged(ON_DELIVERY, COMPLETE), ['admin', 'delivery', 'owner']],
  ['COMPLETE -> MENUNGGU (override)', statusChanged(COMPLETE, MENUNGGU), ['admin', 'dapur', 'owner']],
  ['IN_PROGRESS -> DITOLAK (override)', statusChanged(IN_PROGRESS, DITOLAK), ['admin', 'dapur', 'owner']],
  ['COMPLETE -> DITOLAK (override)', statusChanged(COMPLETE, DITOLAK), ['admin', 'owner']],
  [
    'MENUNGGU -> MENUNGGU_PERSETUJUAN',
    statusChanged(MENUNGGU, MENUNGGU_PERSETUJUAN),
    ['admin', 'dapur', 'owner'],
  ],
  ['MENUNGGU -> DIBATALKAN (cancel)', statusChanged(MENUNGGU, DIBATALKAN), ['admin', 'dapur', 'owner']],
  ['READY -> DIBATALKAN (cancel)', statusChanged(READY, DIBATALKAN), ['admin', 'delivery', 'owner']],
  [
    'orderApprovalRequested',
    {
      ...base,
      topic: Topic.ORDER_APPROVAL_REQUESTED,
      order: { ...order(MENUNGGU_PERSETUJUAN), statusSebelumPersetujuan: IN_PROGRESS },
      requestType: ApprovalRequestType.REJECT,
      catatanDapur: 'x',
    },
    ['admin', 'dapur', 'owner'],
  ],
  [
    'orderApprovalDecided',
    {
      ...base,
      topic: Topic.ORDER_APPROVAL_DECIDED,
      order: order(DITOLAK),
      requestType: ApprovalRequestType.REJECT,
      decision: ApprovalDecision.APPROVED,
      catatanAdmin: null,
      requestedById: KITCHEN,
    },
    ['admin', 'dapur', 'owner'],
  ],
];

describe('realtime audience (unit)', () => {
  for (const [name, event, expected] of TABLE) {
    it(`${name} reaches exactly ${expected.join(', ')}`, () => {
      const reached = Object.entries(subscribers)
        .filter(([, subscriber]) => audience(event)(subscriber))
        .map(([key]) => key);
      expect(reached).to.deep.equal(expected);
    });
  }

  it('never gives an employee an event about another employee’s order, whatever the event', () => {
    for (const [, event] of TABLE) expect(audience(event)(subscribers.otherEmployee)).to.equal(false);
  });

  it('narrows by departmentId, for administrators too', () => {
    const event = TABLE[0][1];
    expect(receives(event, subscribers.admin, 2)).to.equal(true);
    expect(receives(event, subscribers.admin, 3)).to.equal(false);
    expect(receives(event, subscribers.dapur, null)).to.equal(true);
  });

  it('lets a role open exactly the subscriptions it can ever receive', () => {
    expect(SUBSCRIPTION_ROLES).to.deep.equal({
      orderCreated: [Role.ADMINISTRATOR, Role.EMPLOYEE, Role.DAPUR],
      orderStatusChanged: [Role.ADMINISTRATOR, Role.EMPLOYEE, Role.DAPUR, Role.DELIVERY],
      orderApprovalRequested: [Role.ADMINISTRATOR, Role.EMPLOYEE, Role.DAPUR],
      orderApprovalDecided: [Role.ADMINISTRATOR, Role.EMPLOYEE, Role.DAPUR],
      orderEvents: [Role.ADMINISTRATOR, Role.EMPLOYEE, Role.DAPUR, Role.DELIVERY],
    });
  });
});
