import { expect } from 'chai';
import { ApprovalDecision, ApprovalRequestType, OrderStatus, Role } from '../../src/entities/enums';
import { audience, receives, Subscriber } from '../../src/realtime/audience';
import { OrderEvent, OrderSnapshot, Topic } from '../../src/realtime/events';

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
const statusChanged = (newStatus: OrderStatus): OrderEvent => ({
  ...base,
  topic: Topic.ORDER_STATUS_CHANGED,
  order: order(newStatus),
  oldStatus: OrderStatus.MENUNGGU,
  newStatus,
});

/** DOMAIN.md, Realtime: the audience table, one row per event kind. */
const TABLE: Array<[string, OrderEvent, string[]]> = [
  [
    'orderCreated',
    { ...base, topic: Topic.ORDER_CREATED, order: order(OrderStatus.MENUNGGU) },
    ['admin', 'dapur'],
  ],
  ['status MENUNGGU', statusChanged(OrderStatus.MENUNGGU), ['admin', 'dapur', 'owner']],
  ['status IN_PROGRESS', statusChanged(OrderStatus.IN_PROGRESS), ['admin', 'dapur', 'owner']],
  ['status READY', statusChanged(OrderStatus.READY), ['admin', 'dapur', 'delivery', 'owner']],
  ['status ON_DELIVERY', statusChanged(OrderStatus.ON_DELIVERY), ['admin', 'delivery', 'owner']],
  ['status COMPLETE', statusChanged(OrderStatus.COMPLETE), ['admin', 'owner']],
  ['status DITOLAK', statusChanged(OrderStatus.DITOLAK), ['admin', 'owner']],
  ['status MENUNGGU_PERSETUJUAN', statusChanged(OrderStatus.MENUNGGU_PERSETUJUAN), ['admin', 'owner']],
  [
    'orderApprovalRequested',
    {
      ...base,
      topic: Topic.ORDER_APPROVAL_REQUESTED,
      order: order(OrderStatus.MENUNGGU_PERSETUJUAN),
      requestType: ApprovalRequestType.REJECT,
      catatanDapur: 'x',
    },
    ['admin'],
  ],
  [
    'orderApprovalDecided',
    {
      ...base,
      topic: Topic.ORDER_APPROVAL_DECIDED,
      order: order(OrderStatus.DITOLAK),
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
});
