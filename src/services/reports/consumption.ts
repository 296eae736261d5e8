// The consumption report: orders and meals per DAILY, WEEKLY (Monday) or MONTHLY period, DITOLAK and DIBATALKAN
// excluded.
import { checkDateRange } from '../pagination';
import { AppDeps } from '../../context/request-context';
import { OrderStatus, ReportGroupBy } from '../../entities/enums';
import { CANCELLED, orderConditions, ReportFilterInput, SqlParams, statusNotIn, where } from './sql';

export interface ConsumptionRow {
  /** YYYY-MM-DD (DAILY; WEEKLY: the Monday) or YYYY-MM (MONTHLY). */
  period: string;
  totalOrders: number;
  totalMeals: number;
}

/**
 * date_trunc unit and to_char format per bucket. tanggal_pesanan is already a business date in APP_TIMEZONE, so
 * truncating it needs no zone conversion; PostgreSQL's 'week' starts on Monday (ISO).
 */
const BUCKETS: Record<ReportGroupBy, { unit: string; format: string }> = {
  [ReportGroupBy.DAILY]: { unit: 'day', format: 'YYYY-MM-DD' },
  [ReportGroupBy.WEEKLY]: { unit: 'week', format: 'YYYY-MM-DD' },
  [ReportGroupBy.MONTHLY]: { unit: 'month', format: 'YYYY-MM' },
};

export async function consumptionReport(
  deps: AppDeps,
  filter: ReportFilterInput,
  groupBy: ReportGroupBy = ReportGroupBy.DAILY,
): Promise<ConsumptionRow[]> {
  checkDateRange(filter);
  const bucket = BUCKETS[groupBy];
  const params = new SqlParams();
  const period = `to_char(date_trunc(${params.add(bucket.unit)}, o.tanggal_pesanan::timestamp), ${params.add(bucket.format)})`;
  const conditions = [
    ...statusNotIn([OrderStatus.DITOLAK, ...CANCELLED], params),
    ...orderConditions(filter, params),
  ];
  return deps.dataSource.query(
    `SELECT ${period} AS period, count(*)::int AS "totalOrders", sum(o.jumlah_pesanan)::bigint AS "totalMeals"
       FROM transaction_pesanan o
       ${where(conditions)}
      GROUP BY 1
      ORDER BY 1`,
    params.values,
  );
}
