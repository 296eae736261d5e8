import { Field, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { DateScalar, DateTimeScalar } from '../common/scalars';
import { ApprovalRequestType, ApprovalStatus, OrderStatus } from './enums';

/**
 * A meal order (table `transaction_pesanan`). Relations (pemesan, department, shift, requestedBy, approvedBy) are
 * resolved through the request's DataLoaders from the id columns.
 */
// simpleResolvers: plain fields read the property with graphql-js's default resolver instead of type-graphql's
// per-field wrapper (no field middlewares exist; on a 100-row page the wrappers were a measurable share of CPU).
@ObjectType('Order', { simpleResolvers: true })
@Entity('transaction_pesanan')
export class Order {
  @Field(() => Int)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { description: 'PM-YYYYMMDD-NNN' })
  @Column({ name: 'kode_pesanan', type: 'varchar', length: 50, unique: true })
  kodePesanan: string;

  @Column({ name: 'karyawan_pemesan_id', type: 'int' })
  karyawanPemesanId: number;

  @Column({ name: 'department_pemesan_id', type: 'int' })
  departmentPemesanId: number;

  @Column({ name: 'shift_id', type: 'int' })
  shiftId: number;

  @Field(() => Int)
  @Column({ name: 'jumlah_pesanan', type: 'int' })
  jumlahPesanan: number;

  @Field(() => Int, { nullable: true, description: 'quantity before a pending or approved EDIT request' })
  @Column({ name: 'jumlah_pesanan_awal', type: 'int', nullable: true })
  jumlahPesananAwal: number | null;

  @Field(() => OrderStatus)
  @Column({
    name: 'status_pesanan',
    type: 'enum',
    enum: OrderStatus,
    enumName: 'transaction_pesanan_status_pesanan_enum',
    default: OrderStatus.MENUNGGU,
  })
  statusPesanan: OrderStatus;

  @Field(() => DateScalar)
  @Column({ name: 'tanggal_pesanan', type: 'date' })
  tanggalPesanan: string;

  @Field(() => Boolean)
  @Column({ name: 'requires_approval', type: 'boolean', default: false })
  requiresApproval: boolean;

  @Field(() => ApprovalStatus, { nullable: true })
  @Column({
    name: 'approval_status',
    type: 'enum',
    enum: ApprovalStatus,
    enumName: 'transaction_pesanan_approval_status_enum',
    nullable: true,
  })
  approvalStatus: ApprovalStatus | null;

  @Field(() => ApprovalRequestType, { nullable: true })
  @Column({
    name: 'approval_request_type',
    type: 'enum',
    enum: ApprovalRequestType,
    enumName: 'transaction_pesanan_approval_request_type_enum',
    nullable: true,
  })
  approvalRequestType: ApprovalRequestType | null;

  /** The status an approval request interrupted; the decision returns the order to it. */
  @Column({
    name: 'status_sebelum_persetujuan',
    type: 'enum',
    enum: OrderStatus,
    enumName: 'transaction_pesanan_status_pesanan_enum',
    nullable: true,
  })
  statusSebelumPersetujuan: OrderStatus | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'catatan_dapur', type: 'text', nullable: true })
  catatanDapur: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'catatan_admin', type: 'text', nullable: true })
  catatanAdmin: string | null;

  @Column({ name: 'requested_by_id', type: 'int', nullable: true })
  requestedById: number | null;

  @Column({ name: 'approved_by_id', type: 'int', nullable: true })
  approvedById: number | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Field(() => DateTimeScalar)
  @Column({ name: 'waktu_dibuat', type: 'timestamptz', default: () => 'now()' })
  waktuDibuat: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ name: 'waktu_diproses', type: 'timestamptz', nullable: true })
  waktuDiproses: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ name: 'waktu_siap', type: 'timestamptz', nullable: true })
  waktuSiap: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ name: 'waktu_diantar', type: 'timestamptz', nullable: true })
  waktuDiantar: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ name: 'waktu_selesai', type: 'timestamptz', nullable: true })
  waktuSelesai: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ name: 'waktu_dibatalkan', type: 'timestamptz', nullable: true })
  waktuDibatalkan: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'alasan_pembatalan', type: 'text', nullable: true })
  alasanPembatalan: string | null;

  /** The original's bookkeeping columns (not in the API); TypeORM stamps updated_at on every update it builds. */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
