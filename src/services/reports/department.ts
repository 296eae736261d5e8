// The department report: orders and meals per department with each department's share of the meals; cancelled
// orders (DIBATALKAN) are left out.
import { checkDateRange } from '../pagination';
import { AppDeps } from '../../context/request-context';
import { CANCELLED, orderConditions, ReportFilterInput, SqlParams, statusNotIn, where } from './sql';

export interface DepartmentReportRow {
  departmentId: number;
  departmentName: string;
  totalOrders: number;
  totalMeals: number;
  /** Share of totalMeals over the whole result, 0..100, 2 decimals. */
  percentage: number;
}

/** Departments without orders in the filter are omitted; largest consumers first, then by name. */
export async function departmentReport(
  deps: AppDeps,
  filter: ReportFilterInput,
): Promise<DepartmentReportRow[]> {
  checkDateRange(filter);
  const params = new SqlParams();
  return deps.dataSource.query(
    `SELECT d.id AS "departmentId", d.nama_divisi AS "departmentName", t.total_orders AS "totalOrders",
            t.total_meals AS "totalMeals",
            COALESCE(round(100.0 * t.total_meals / NULLIF(sum(t.total_meals) OVER (), 0), 2), 0)::float8
              AS percentage
       FROM (SELECT o.department_pemesan_id, count(*)::int AS total_orders,
                    sum(o.jumlah_pesanan)::bigint AS total_meals
               FROM transaction_pesanan o
               ${where([...statusNotIn(CANCELLED, params), ...orderConditions(filter, params)])}
              GROUP BY o.department_pemesan_id) t
       JOIN master_department d ON d.id = t.department_pemesan_id
      ORDER BY t.total_meals DESC, d.nama_divisi`,
    params.values,
  );
}
