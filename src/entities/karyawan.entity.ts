import { Field, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { DateTimeScalar } from '../common/scalars';
import { Role } from './enums';

/** An employee (table `master_karyawan`), exposed as GraphQL `User`; `id` is the karyawan id. */
@ObjectType('User', {
  description: 'An employee (karyawan) with a login account. id is the karyawan id.',
  simpleResolvers: true,
})
@Entity('master_karyawan')
export class Karyawan {
  @Field(() => Int)
  @PrimaryGeneratedColumn()
  id: number;

  /** Null for a karyawan without a login (the original system allowed them): listed, never signed in. */
  @Column({ name: 'user_id', type: 'int', unique: true, nullable: true })
  userId: number | null;

  @Field(() => String, { description: 'NIK: the login name' })
  @Column({ name: 'nomor_induk_karyawan', type: 'varchar', length: 50, unique: true })
  nomorIndukKaryawan: string;

  @Field(() => String)
  @Column({ name: 'nama_lengkap', type: 'varchar', length: 150 })
  namaLengkap: string;

  @Column({ name: 'department_id', type: 'int', nullable: true })
  departmentId: number | null;

  @Column({ name: 'jabatan_id', type: 'int', nullable: true })
  jabatanId: number | null;

  // Not simple: the field's name differs from the property's, so type-graphql's resolver must map it.
  @Field(() => Role, { name: 'role', simple: false })
  @Column({ name: 'role_access', type: 'enum', enum: Role, enumName: 'master_karyawan_role_access_enum' })
  roleAccess: Role;

  @Field(() => Boolean)
  @Column({ name: 'is_active', type: 'boolean', default: true })
  isActive: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  keterangan: string | null;

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => DateTimeScalar)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
