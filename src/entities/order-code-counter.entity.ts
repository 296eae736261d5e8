import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last order sequence number used per business date; advanced atomically inside the creating transaction. */
@Entity('order_code_counter')
export class OrderCodeCounter {
  @PrimaryColumn({ type: 'date' })
  tanggal: string;

  @Column({ name: 'last_value', type: 'int' })
  lastValue: number;
}
