import { Field, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { DateTimeScalar } from '../common/scalars';

/** A job title; `department` is resolved through the request's DataLoader. */
@ObjectType({ simpleResolvers: true })
@Entity('master_jabatan')
export class Jabatan {
  @Field(() => Int)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String)
  @Column({ name: 'nama_jabatan', type: 'varchar', length: 100 })
  namaJabatan: string;

  @Column({ name: 'department_id', type: 'int', nullable: true })
  departmentId: number | null;

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
