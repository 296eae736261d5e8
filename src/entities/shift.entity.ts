import { Field, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { DateTimeScalar } from '../common/scalars';

/** PostgreSQL returns TIME as HH:mm:ss; the API speaks HH:mm. */
const hoursMinutes = {
  to: (value: string) => value,
  from: (value: string | null) => (value === null ? value : value.slice(0, 5)),
};

@ObjectType({ simpleResolvers: true })
@Entity('master_shift')
export class Shift {
  @Field(() => Int)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String)
  @Column({ name: 'nama_shift', type: 'varchar', length: 50, unique: true })
  namaShift: string;

  @Field(() => String, { description: 'HH:mm' })
  @Column({ name: 'jam_mulai', type: 'time', transformer: hoursMinutes })
  jamMulai: string;

  @Field(() => String, { description: 'HH:mm' })
  @Column({ name: 'jam_selesai', type: 'time', transformer: hoursMinutes })
  jamSelesai: string;

  @Field(() => Int, {
    nullable: true,
    description:
      "ordering for this shift closes this many minutes before jamMulai on the order's date; null: no cut-off",
  })
  @Column({ name: 'batas_pesan_menit', type: 'int', nullable: true })
  batasPesanMenit: number | null;

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
