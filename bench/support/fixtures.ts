// Orders inserted with one SQL statement (generate_series) rather than through the API: fixtures in bulk, fast.
import { BenchApp } from './environment';
import { orderEnumTypes } from './order-enum-types';

export interface OrderFixtures {
  count: number;
  /** Every order in this status; default a realistic mix (MENUNGGU … COMPLETE, some rejected by approval). */
  status?: 'MENUNGGU';
  /** Distinguishes the codes of several batches in one database. */
  codePrefix?: string;
}

/**
 * Inserts `count` orders placed by the five seed users (so every nested loader has several keys), spread over
 * 2025 and the three shifts; in the mixed status, every eighth order was rejected by an approved REJECT request
 * (requestedBy the kitchen, approvedBy the administrator). Returns the new ids in insertion order.
 */
export async function insertOrders(bench: BenchApp, fixtures: OrderFixtures): Promise<number[]> {
  const types = await orderEnumTypes((query, parameters) => bench.sql(query, parameters));
  const rows = await bench.sql<{ id: number }>(
    `INSERT INTO transaction_pesanan (kode_pesanan, karyawan_pemesan_id, department_pemesan_id, shift_id,
       jumlah_pesanan, status_pesanan, tanggal_pesanan, requires_approval, approval_status, approval_request_type,
       catatan_dapur, requested_by_id, approved_by_id, waktu_dibuat)
     SELECT 'PM-' || $2 || to_char(g.day, 'YYYYMMDD') || '-' || lpad(g.n::text, greatest(5, length($1::int::text)), '0'), k.id, k.department_id,
            1 + g.n % 3, 1 + g.n % 20, g.status::${types.status}, g.day, false,
            CASE WHEN g.rejected THEN 'APPROVED' END::${types.approvalStatus},
            CASE WHEN g.rejected THEN 'REJECT' END::${types.approvalRequestType},
            CASE WHEN g.rejected THEN 'The kitchen ran out of rice' END,
            CASE WHEN g.rejected THEN 4 END, CASE WHEN g.rejected THEN 1 END,
            g.day + (g.n % 720) * interval '1 minute'
       FROM (SELECT n, date '2025-01-01' + n % 365 AS day,
                    COALESCE($3, (ARRAY['MENUNGGU', 'IN_PROGRESS', 'READY', 'ON_DELIVERY', 'COMPLETE', 'COMPLETE',
                                        'COMPLETE', 'DITOLAK'])[1 + n % 8]) AS status,
                    $3::text IS NULL AND n % 8 = 7 AS rejected
               FROM generate_series(1, $1::int) AS n) g
       JOIN master_karyawan k ON k.id = 1 + g.n % 5
     ORDER BY g.n
     RETURNING id`,
    [fixtures.count, fixtures.codePrefix ?? '', fixtures.status ?? null],
  );
  await bench.sql('ANALYZE transaction_pesanan');
  return rows.map((row) => row.id);
}
