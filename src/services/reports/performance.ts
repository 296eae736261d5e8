// The performance report: average durations of COMPLETE orders, overall, per department and per shift, in one
// aggregate statement, never by loading order rows.
import { checkDateRange } from '../pagination';
import { AppDeps } from '../../context/request-context';
import { OrderStatus } from '../../entities/enums';
import { averageMinutes, durationSums, orderConditions, ReportFilterInput, SqlParams, where } from './sql';

export interface PerformanceStats {
  count: number;
  /** waktuSelesai − waktuDibuat */
  avgTotalDurationMinutes: number | null;
  /** waktuDiproses − waktuDibuat */
  avgProcessingTimeMinutes: number | null;
  /** waktuSiap − waktuDiproses */
  avgPreparationTimeMinutes: number | null;
  /** waktuSelesai − waktuDiantar */
  avgDeliveryTimeMinutes: number | null;
}

export interface DepartmentPerformance extends PerformanceStats {
  departmentId: number;
  departmentName: string;
}

export interface ShiftPerformance extends PerformanceStats {
  shiftId: number;
  shiftName: string;
}

export interface PerformanceReport {
  overall: PerformanceStats;
  byDepartment: DepartmentPerformance[];
  byShift: ShiftPerformance[];
}

interface PerformanceSqlRow extends PerformanceStats {
  grouping: 'overall' | 'department' | 'shift';
  departmentId: number | null;
  departmentName: string | null;
  shiftId: number | null;
  shiftName: string | null;
}

function stats(row: PerformanceSqlRow | undefined): PerformanceStats {
  return {
    count: row?.count ?? 0,
    avgTotalDurationMinutes: row?.avgTotalDurationMinutes ?? null,
    avgProcessingTimeMinutes: row?.avgProcessingTimeMinutes ?? null,
    avgPreparationTimeMinutes: row?.avgPreparationTimeMinutes ?? null,
    avgDeliveryTimeMinutes: row?.avgDeliveryTimeMinutes ?? null,
  };
}

/** Averages are over the orders that have both stamps of a duration; a filter on another status gives nothing. */
export async function performanceReport(
  deps: AppDeps,
  filter: ReportFilterInput,
): Promise<PerformanceReport> {
  checkDateRange(filter);
  const params = new SqlParams();
  const conditions = [
    `o.status_pesanan = ${params.add(OrderStatus.COMPLETE)}`,
    ...orderConditions(filter, params),
  ];
  // One pass sums the durations per (department, shift), in parallel workers on a large table; GROUPING SETS then
  // rolls those few groups up into overall, per department and per shift. Sum over count is AVG over the rows
  // that have both stamps, exactly (numeric arithmetic).
  const rows: PerformanceSqlRow[] = await deps.dataSource.query(
    `WITH g AS (
       SELECT o.department_pemesan_id, o.shift_id, count(*) AS orders,
              ${durationSums('total', 'o.waktu_dibuat', 'o.waktu_selesai')},
              ${durationSums('processing', 'o.waktu_dibuat', 'o.waktu_diproses')},
              ${durationSums('preparation', 'o.waktu_diproses', 'o.waktu_siap')},
              ${durationSums('delivery', 'o.waktu_diantar', 'o.waktu_selesai')}
         FROM transaction_pesanan o
         ${where(conditions)}
        GROUP BY o.department_pemesan_id, o.shift_id
     )
     SELECT CASE WHEN GROUPING(d.id) = 0 THEN 'department' WHEN GROUPING(s.id) = 0 THEN 'shift' ELSE 'overall' END
              AS grouping,
            d.id AS "departmentId", d.nama_divisi AS "departmentName", s.id AS "shiftId", s.nama_shift AS "shiftName",
            COALESCE(sum(g.orders), 0)::int AS count,
            ${averageMinutes('total')} AS "avgTotalDurationMinutes",
            ${averageMinutes('processing')} AS "avgProcessingTimeMinutes",
            ${averageMinutes('preparation')} AS "avgPreparationTimeMinutes",
            ${averageMinutes('delivery')} AS "avgDeliveryTimeMinutes"
       FROM g
       JOIN master_department d ON d.id = g.department_pemesan_id
       JOIN master_shift s ON s.id = g.shift_id
      GROUP BY GROUPING SETS ((), (d.id, d.nama_divisi), (s.id, s.nama_shift))
      ORDER BY 1, d.nama_divisi, s.id`,
    params.values,
  );
  return {
    overall: stats(rows.find((row) => row.grouping === 'overall')),
    byDepartment: rows
      .filter((row) => row.grouping === 'department')
      .map((row) => ({
        departmentId: Number(row.departmentId),
        departmentName: String(row.departmentName),
        ...stats(row),
      })),
    byShift: rows
      .filter((row) => row.grouping === 'shift')
      .map((row) => ({ shiftId: Number(row.shiftId), shiftName: String(row.shiftName), ...stats(row) })),
  };
}
