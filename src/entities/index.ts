// Every entity, listed explicitly for the DataSource.
import { AuditLog } from './audit-log.entity';
import { Department } from './department.entity';
import { Jabatan } from './jabatan.entity';
import { Karyawan } from './karyawan.entity';
import { LoginAttempt } from './login-attempt.entity';
import { Lokasi } from './lokasi.entity';
import { OrderCodeCounter } from './order-code-counter.entity';
import { Order } from './order.entity';
import { RefreshToken } from './refresh-token.entity';
import { Shift } from './shift.entity';
import { UserAccount } from './user-account.entity';

export {
  AuditLog,
  Department,
  Jabatan,
  Karyawan,
  LoginAttempt,
  Lokasi,
  Order,
  OrderCodeCounter,
  RefreshToken,
  Shift,
  UserAccount,
};

export const entities = [
  AuditLog,
  Department,
  Jabatan,
  Karyawan,
  LoginAttempt,
  Lokasi,
  Order,
  OrderCodeCounter,
  RefreshToken,
  Shift,
  UserAccount,
];
