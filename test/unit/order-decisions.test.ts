// The pure decisions of the order mutations (src/services/orders/order-decisions.ts): what changes, which audit rows
// and events, or which error, without a database.
import { expect } from 'chai';
import { Order } from '../../src/entities';
import {
  ApprovalDecision,
  ApprovalRequestType,
  ApprovalStatus,
  AuditAction,
  OrderStatus,
  Role,
} from '../../src/entities/enums';
import { Topic } from '../../src/events/events';
import {
  checkNote,
  checkQuantity,
  decideApprovalDecision,
  decideApprovalRequest,
  decideCancellation,
  decideStatusUpdate,
  OrderActor,
} from '../../src/services/orders/order-decisions';

const { MENUNGGU, IN_PROGRESS, READY, COMPLETE, DITOLAK, MENUNGGU_PERSETUJUAN, DIBATALKAN } = OrderStatus;
const NOW = new Date('2025-10-01T00:30:00.000Z'); // 07:30 in Asia/Jakarta
const OWNER = 10;
const admin: OrderActor = { karyawanId: 1, role: Role.ADMINISTRATOR };
const dapur: OrderActor = { karyawanId: 20, role: Role.DAPUR };
const delivery: OrderActor = { karyawanId: 30, role: Role.DELIVERY };
const owner: OrderActor = { karyawanId: OWNER, role: Role.EMPLOYEE };
const NOTE = 'a note of some length';

function order(fields: Partial<Order> = {}): Order {
  return Object.assign(new Order(), {
    id: 7,
    kodePesanan: 'PM-20251001-007',
    karyawanPemesanId: OWNER,
    departmentPemesanId: 2,
    shiftId: 1,
    jumlahPesanan: 3,
    jumlahPesananAwal: null,
    statusPesanan: MENUNGGU,
    tanggalPesanan: '2025-10-01',
    approvalStatus: null,
    approvalRequestType: null,
    statusSebelumPersetujuan: null,
    requestedById: null,
    version: 1,
    ...fields,
  });
}

const pending = (type: ApprovalRequestType, fields: Partial<Order> = {}) =>
  order({
    statusPesanan: MENUNGGU_PERSETUJUAN,
    approvalStatus: ApprovalStatus.PENDING,
    approvalRequestType: type,
    statusSebelumPersetujuan: IN_PROGRESS,
    requestedById: dapur.karyawanId,
    ...fields,
  });

/** Shift 2 starts at 15:00 Jakarta; with a 60-minute cut-off ordering closes at 14:00 (07:00Z). */
const facts = (batasPesanMenit: number | null) => ({
  shift: { namaShift: 'Shift 2', jamMulai: '15:00', batasPesanMenit },
  timeZone: 'Asia/Jakarta',
});

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
  return undefined;
}

describe('order decisions (unit)', () => {
  describe('input', () => {
    it('takes quantities 1..1000 and notes of 10..500 characters, trimmed; an optional empty note is null', () => {
      expect(codeOf(() => checkQuantity('jumlahPesanan', 0))).to.equal('BAD_USER_INPUT');
      expect(codeOf(() => checkQuantity('jumlahPesanan', 1001))).to.equal('BAD_USER_INPUT');
      expect(codeOf(() => checkQuantity('jumlahPesanan', 1.5))).to.equal('BAD_USER_INPUT');
      expect(codeOf(() => checkQuantity('jumlahPesanan', 1000))).to.equal(undefined);
      expect(checkNote('alasan', `  ${NOTE}  `, true)).to.equal(NOTE);
      expect(checkNote('alasan', '   ', false)).to.equal(null);
      expect(codeOf(() => checkNote('alasan', 'short', false))).to.equal('BAD_USER_INPUT');
      expect(codeOf(() => checkNote('alasan', 'x'.repeat(501), true))).to.equal('BAD_USER_INPUT');
    });
  });

  describe('updateOrderStatus', () => {
    it('moves by the workflow table, stamping the column of the new status, with one audit row and one event', () => {
      const decision = decideStatusUpdate(dapur, order(), IN_PROGRESS, null, NOW);
      expect(decision.changes).to.deep.equal({ statusPesanan: IN_PROGRESS, waktuDiproses: NOW });
      expect(decision.audit.map((entry) => entry.aksi)).to.deep.equal([AuditAction.ORDER_STATUS_CHANGED]);
      expect(decision.audit[0].detail).to.equal(
        'Order PM-20251001-007 status changed: MENUNGGU -> IN_PROGRESS',
      );
      expect(decision.events).to.deep.equal([
        { topic: Topic.ORDER_STATUS_CHANGED, oldStatus: MENUNGGU, newStatus: IN_PROGRESS },
      ]);
    });

    it('refuses a move of another role with FORBIDDEN and a move from the wrong status with CONFLICT', () => {
      expect(codeOf(() => decideStatusUpdate(delivery, order(), IN_PROGRESS, null, NOW))).to.equal(
        'FORBIDDEN',
      );
      expect(
        codeOf(() => decideStatusUpdate(dapur, order({ statusPesanan: COMPLETE }), READY, null, NOW)),
      ).to.equal('CONFLICT');
    });

    it('lets an administrator override with a note, audited twice; reopening a cancellation clears its fields', () => {
      const decision = decideStatusUpdate(admin, order({ statusPesanan: DIBATALKAN }), MENUNGGU, NOTE, NOW);
      expect(decision.changes).to.deep.equal({
        statusPesanan: MENUNGGU,
        catatanAdmin: NOTE,
        waktuDibatalkan: null,
        alasanPembatalan: null,
      });
      expect(decision.audit.map((entry) => entry.aksi)).to.deep.equal([
        AuditAction.ORDER_STATUS_CHANGED,
        AuditAction.ORDER_OVERRIDE,
      ]);
      expect(codeOf(() => decideStatusUpdate(admin, order(), MENUNGGU, NOTE, NOW))).to.equal('CONFLICT');
      expect(
        codeOf(() => decideStatusUpdate(admin, pending(ApprovalRequestType.REJECT), READY, NOTE, NOW)),
      ).to.equal('CONFLICT');
    });
  });

  describe('approval requests and decisions', () => {
    it('an edit request keeps the old quantity and raises the request and the status change', () => {
      const decision = decideApprovalRequest(
        dapur,
        order({ statusPesanan: IN_PROGRESS }),
        { type: ApprovalRequestType.EDIT, jumlahPesananBaru: 5 },
        NOTE,
      );
      expect(decision.changes).to.include({
        statusPesanan: MENUNGGU_PERSETUJUAN,
        statusSebelumPersetujuan: IN_PROGRESS,
        jumlahPesananAwal: 3,
        jumlahPesanan: 5,
        requestedById: dapur.karyawanId,
      });
      expect(decision.audit[0].detail).to.equal(
        `Order PM-20251001-007 edit requested: 3 -> 5. Note: ${NOTE}`,
      );
      expect(decision.events.map((event) => event.topic)).to.deep.equal([
        Topic.ORDER_APPROVAL_REQUESTED,
        Topic.ORDER_STATUS_CHANGED,
      ]);
    });

    it('refuses a second request (CONFLICT), a request from READY (CONFLICT) and an edit to the same quantity', () => {
      const edit = { type: ApprovalRequestType.EDIT, jumlahPesananBaru: 3 } as const;
      const reject = { type: ApprovalRequestType.REJECT } as const;
      expect(
        codeOf(() => decideApprovalRequest(dapur, pending(ApprovalRequestType.REJECT), reject, NOTE)),
      ).to.equal('CONFLICT');
      expect(
        codeOf(() => decideApprovalRequest(dapur, order({ statusPesanan: READY }), reject, NOTE)),
      ).to.equal('CONFLICT');
      expect(codeOf(() => decideApprovalRequest(dapur, order(), edit, NOTE))).to.equal('BAD_USER_INPUT');
    });

    it('an approved rejection rejects the order; a rejected edit returns it to its status and old quantity', () => {
      const rejected = decideApprovalDecision(
        admin,
        pending(ApprovalRequestType.REJECT),
        ApprovalDecision.APPROVED,
        null,
      );
      expect(rejected.changes.statusPesanan).to.equal(DITOLAK);
      const edit = pending(ApprovalRequestType.EDIT, { jumlahPesanan: 5, jumlahPesananAwal: 3 });
      const kept = decideApprovalDecision(admin, edit, ApprovalDecision.REJECTED, NOTE);
      expect(kept.changes).to.include({
        statusPesanan: IN_PROGRESS,
        approvalStatus: ApprovalStatus.REJECTED,
        jumlahPesanan: 3,
        jumlahPesananAwal: null,
        approvedById: admin.karyawanId,
      });
      expect(kept.audit[0].detail).to.equal(`Order PM-20251001-007 edit request REJECTED. Note: ${NOTE}`);
      expect(kept.events[0]).to.deep.include({
        topic: Topic.ORDER_APPROVAL_DECIDED,
        requestedById: dapur.karyawanId,
      });
      expect(codeOf(() => decideApprovalDecision(admin, order(), ApprovalDecision.APPROVED, null))).to.equal(
        'CONFLICT',
      );
    });
  });

  describe('cancelOrder', () => {
    it('lets the owner cancel while ordering is open, and refuses from the cut-off instant on', () => {
      const open = decideCancellation(owner, order(), null, NOW, facts(60));
      expect(open.changes).to.deep.equal({
        statusPesanan: DIBATALKAN,
        waktuDibatalkan: NOW,
        alasanPembatalan: null,
      });
      expect(open.audit.map((entry) => entry.detail)).to.deep.equal([
        'Order PM-20251001-007 cancelled by owner: MENUNGGU -> DIBATALKAN',
        'Order PM-20251001-007 status changed: MENUNGGU -> DIBATALKAN',
      ]);
      const cutOff = new Date('2025-10-01T07:00:00.000Z');
      expect(codeOf(() => decideCancellation(owner, order(), null, cutOff, facts(60)))).to.equal('CONFLICT');
      expect(codeOf(() => decideCancellation(owner, order(), null, cutOff, facts(null)))).to.equal(undefined);
    });

    it("hides another employee's order (NOT_FOUND); refuses an accepted order to its owner and any to dapur", () => {
      const stranger: OrderActor = { karyawanId: 11, role: Role.EMPLOYEE };
      expect(codeOf(() => decideCancellation(stranger, order(), null, NOW, facts(60)))).to.equal('NOT_FOUND');
      expect(
        codeOf(() => decideCancellation(owner, order({ statusPesanan: IN_PROGRESS }), null, NOW, facts(60))),
      ).to.equal('CONFLICT');
      expect(codeOf(() => decideCancellation(dapur, order(), null, NOW, facts(60)))).to.equal('FORBIDDEN');
    });

    it('closes a pending request as rejected when an administrator cancels the order', () => {
      const edit = pending(ApprovalRequestType.EDIT, { jumlahPesanan: 5, jumlahPesananAwal: 3 });
      const decision = decideCancellation(admin, edit, NOTE, NOW, facts(60));
      expect(decision.changes).to.include({
        statusPesanan: DIBATALKAN,
        approvalStatus: ApprovalStatus.REJECTED,
        jumlahPesanan: 3,
        alasanPembatalan: NOTE,
      });
      expect(decision.audit.map((entry) => entry.aksi)).to.deep.equal([
        AuditAction.APPROVAL_DECIDED,
        AuditAction.ORDER_CANCELLED,
        AuditAction.ORDER_STATUS_CHANGED,
      ]);
      expect(decision.events).to.deep.equal([
        { topic: Topic.ORDER_STATUS_CHANGED, oldStatus: MENUNGGU_PERSETUJUAN, newStatus: DIBATALKAN },
      ]);
    });
  });
});
