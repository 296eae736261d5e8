import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeScalar } from '../common/scalars';

/** One audit row (table `log_audit_trail`); `user` is the acting karyawan, resolved through a DataLoader. */
@ObjectType('AuditLog')
@Entity('log_audit_trail')
export class AuditLog {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: number;

  @Column({ name: 'user_id', type: 'int', nullable: true })
  userId: number | null;

  @Field(() => String)
  @Column({ type: 'varchar', length: 100 })
  aksi: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  detail: string | null;

  /** Indexed, so that an order's history never scans `detail`. */
  @Column({ name: 'kode_pesanan', type: 'varchar', length: 50, nullable: true })
  kodePesanan: string | null;

  @Column({ type: 'jsonb', nullable: true })
  metadata: Record<string, unknown> | null;

  @Field(() => DateTimeScalar)
  @Column({ type: 'timestamptz', default: () => 'now()' })
  timestamp: Date;
}
