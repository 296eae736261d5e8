import { Field, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { DateTimeScalar } from '../common/scalars';

@ObjectType()
@Entity('master_lokasi')
export class Lokasi {
  @Field(() => Int)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String)
  @Column({ name: 'nama_lokasi', type: 'varchar', length: 100, unique: true })
  namaLokasi: string;

  @Field(() => String)
  @Column({ type: 'text' })
  alamat: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  keterangan: string | null;

  @Field(() => Boolean)
  @Column({ name: 'is_active', type: 'boolean', default: true })
  isActive: boolean;

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => DateTimeScalar)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
