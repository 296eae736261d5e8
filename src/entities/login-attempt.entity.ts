import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A failed login for a NIK; five within the throttle window refuse further attempts. */
@Entity('login_attempt')
export class LoginAttempt {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: number;

  @Column({ type: 'varchar', length: 50 })
  nik: string;

  @Column({ name: 'attempted_at', type: 'timestamptz', default: () => 'now()' })
  attemptedAt: Date;
}
