// Fixtures for the report, audit trail and export tests: orders and audit rows with controlled dates and stamps,
// generated deterministically and inserted by SQL, plus the seed's reference ids.
import { TestServer } from './server';

export type OrderStatusName =
  | 'MENUNGGU'
  | 'IN_PROGRESS'
  | 'READY'
  | 'ON_DELIVERY'
  | 'COMPLETE'
  | 'DITOLAK'
  | 'MENUNGGU_PERSETUJUAN'
  | 'DIBATALKAN';

export interface OrderFixture {
  kode_pesanan: string;
  karyawan_pemesan_id: number;
  department_pemesan_id: number;
  shift_id: number;
  jumlah_pesanan: number;
  jumlah_pesanan_awal: number | null;
  status_pesanan: OrderStatusName;
  tanggal_pesanan: string;
  requires_approval: boolean;
  approval_status: 'PENDING' | 'APPROVED' | 'REJECTED' | null;
  approval_request_type: 'REJECT' | 'EDIT' | null;
  catatan_dapur: string | null;
  catatan_admin: string | null;
  waktu_dibuat: string;
  waktu_diproses: string | null;
  waktu_siap: string | null;
  waktu_diantar: string | null;
  waktu_selesai: string | null;
}

export interface AuditFixture {
  id: number;
  user_id: number | null;
  aksi: string;
  detail: string | null;
  kode_pesanan: string | null;
  timestamp: string;
}

export interface Refs {
  departments: { id: number; name: string }[];
  shifts: { id: number; name: string }[];
  /** karyawan id by NIK */
  karyawan: Record<string, number>;
  /** karyawan by id */
  karyawanById: Record<number, { nik: string; nama: string; departmentId: number | null }>;
}

export async function loadRefs(server: TestServer): Promise<Refs> {
  const departments = await server.sql<{ id: number; name: string }>(
    'SELECT id, nama_divisi AS name FROM master_department ORDER BY id',
  );
  const shifts = await server.sql<{ id: number; name: string }>(
    'SELECT id, nama_shift AS name FROM master_shift ORDER BY id',
  );
  const people = await server.sql<{ id: number; nik: string; nama: string; department_id: number | null }>(
    'SELECT id, nomor_induk_karyawan AS nik, nama_lengkap AS nama, department_id FROM master_karyawan ORDER BY id',
  );
  return {
    departments,
    shifts,
    karyawan: Object.fromEntries(people.map((person) => [person.nik, person.id])),
    karyawanById: Object.fromEntries(
      people.map((person) => [
        person.id,
        { nik: person.nik, nama: person.nama, departmentId: person.department_id },
      ]),
    ),
  };
}

/** A small deterministic generator, so that fixtures are varied but the same on every run. */
export function random(seed: number): (max: number) => number {
  let state = seed >>> 0;
  return (max: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % max;
  };
}

const STATUSES: OrderStatusName[] = [
  'MENUNGGU',
  'IN_PROGRESS',
  'READY',
  'ON_DELIVERY',
  'COMPLETE',
  'COMPLETE',
  'COMPLETE',
  'DITOLAK',
  'MENUNGGU_PERSETUJUAN',
];

function addDays(date: string, days: number): string {
  const instant = new Date(`${date}T00:00:00Z`);
  instant.setUTCDate(instant.getUTCDate() + days);
  return instant.toISOString().slice(0, 10);
}

function plusSeconds(instant: string, seconds: number): string {
  return new Date(new Date(instant).getTime() + seconds * 1000).toISOString();
}

/**
 * `count` orders from `firstDate` over `days` days across the seed's departments and shifts. Orders are created
 * at 06:00 Jakarta (23:00 UTC the day before) plus some minutes, so many sit across the UTC date line. COMPLETE
 * orders have all stamps, except every fifth, which lacks waktuDiproses (as an administrator override leaves it).
 */
export function makeOrders(
  refs: Refs,
  options: { seed: number; count: number; firstDate: string; days: number },
) {
  const next = random(options.seed);
  const people = ['EMP001', 'EMP002', 'ADM001', 'KIT001', 'DEL001'];
  const orders: OrderFixture[] = [];
  for (let index = 0; index < options.count; index += 1) {
    const tanggal = addDays(options.firstDate, next(options.days));
    const nik = people[next(people.length)];
    const department = refs.departments[next(refs.departments.length)];
    const shift = refs.shifts[next(refs.shifts.length)];
    const status = STATUSES[next(STATUSES.length)];
    const created = plusSeconds(`${addDays(tanggal, -1)}T23:00:00Z`, next(600) * 7 + next(60));
    const order: OrderFixture = {
      kode_pesanan: `PM-${tanggal.replace(/-/g, '')}-${String(index + 1).padStart(3, '0')}`,
      karyawan_pemesan_id: refs.karyawan[nik],
      department_pemesan_id: department.id,
      shift_id: shift.id,
      jumlah_pesanan: 1 + next(20),
      jumlah_pesanan_awal: null,
      status_pesanan: status,
      tanggal_pesanan: tanggal,
      requires_approval: false,
      approval_status: null,
      approval_request_type: null,
      catatan_dapur: null,
      catatan_admin: null,
      waktu_dibuat: created,
      waktu_diproses: null,
      waktu_siap: null,
      waktu_diantar: null,
      waktu_selesai: null,
    };
    const reached = ['IN_PROGRESS', 'READY', 'ON_DELIVERY', 'COMPLETE'].indexOf(status);
    if (reached >= 0) order.waktu_diproses = plusSeconds(created, 60 + next(1800));
    if (reached >= 1 && order.waktu_diproses)
      order.waktu_siap = plusSeconds(order.waktu_diproses, 300 + next(3600));
    if (reached >= 2 && order.waktu_siap) order.waktu_diantar = plusSeconds(order.waktu_siap, 30 + next(900));
    if (reached >= 3 && order.waktu_diantar)
      order.waktu_selesai = plusSeconds(order.waktu_diantar, 120 + next(2400));
    if (status === 'COMPLETE' && index % 5 === 0) order.waktu_diproses = null;
    orders.push(order);
  }
  return orders;
}

/** Marks orders as having had an approval request, with the statuses a decision leaves behind. */
export function withRequest(
  order: OrderFixture,
  request: {
    type: 'REJECT' | 'EDIT' | null;
    status: 'PENDING' | 'APPROVED' | 'REJECTED';
    catatanDapur?: string;
    catatanAdmin?: string | null;
  },
): OrderFixture {
  const pending = request.status === 'PENDING';
  return {
    ...order,
    status_pesanan: pending
      ? 'MENUNGGU_PERSETUJUAN'
      : request.type === 'REJECT' && request.status === 'APPROVED'
        ? 'DITOLAK'
        : 'MENUNGGU',
    requires_approval: pending,
    approval_status: request.status,
    approval_request_type: request.type,
    jumlah_pesanan_awal: request.type === 'EDIT' || request.type === null ? order.jumlah_pesanan + 2 : null,
    catatan_dapur: request.catatanDapur ?? 'Stock of rice ran out today',
    catatan_admin: request.catatanAdmin ?? null,
    waktu_diproses: null,
    waktu_siap: null,
    waktu_diantar: null,
    waktu_selesai: null,
  };
}

export async function insertOrders(server: TestServer, orders: readonly OrderFixture[]): Promise<void> {
  if (orders.length === 0) return;
  const columns = Object.keys(orders[0]).join(', ');
  await server.sql(
    `INSERT INTO transaction_pesanan (${columns})
     SELECT ${columns} FROM json_populate_recordset(NULL::transaction_pesanan, $1::json)`,
    [JSON.stringify(orders)],
  );
}

export async function insertAudit(server: TestServer, rows: readonly AuditFixture[]): Promise<void> {
  if (rows.length === 0) return;
  await server.sql(
    `INSERT INTO log_audit_trail (id, user_id, aksi, detail, kode_pesanan, "timestamp")
     SELECT id, user_id, aksi, detail, kode_pesanan, "timestamp"
       FROM json_populate_recordset(NULL::log_audit_trail, $1::json)`,
    [JSON.stringify(rows)],
  );
  await server.sql(`SELECT setval('log_audit_trail_id_seq', (SELECT max(id) FROM log_audit_trail))`);
}

/** The calendar date of an instant in Asia/Jakarta (UTC+7, no daylight saving), written out independently. */
export function jakartaDateOf(instant: string): string {
  return new Date(new Date(instant).getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Rounds like PostgreSQL's round(numeric, 2) for the values these tests produce. */
export function round2(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}
