// Building blocks of the report SQL: numbered parameters and the order filters every report shares. Values always
// travel as parameters; only fixed fragments written here become SQL text.
import { DataSource } from 'typeorm';
import { ApprovalStatus, OrderStatus } from '../../entities/enums';
import { PageRequest } from '../pagination';

/** Collects positional parameters ($1, $2, ...) for one statement. */
export class SqlParams {
  readonly values: unknown[] = [];

  /** Adds `value` and returns its placeholder. */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Filters on orders shared by the consumption, department and performance reports (DOMAIN.md, Reports). */
export interface ReportFilterInput {
  /** Inclusive, on tanggal_pesanan. */
  tanggalMulai?: string | null;
  /** Inclusive, on tanggal_pesanan. */
  tanggalAkhir?: string | null;
  departmentId?: number | null;
  shiftId?: number | null;
  status?: OrderStatus | null;
}

export interface RejectionFilterInput {
  tanggalMulai?: string | null;
  tanggalAkhir?: string | null;
  departmentId?: number | null;
  approvalStatus?: ApprovalStatus | null;
}

/** WHERE conditions on `transaction_pesanan` (alias `alias`) for the filter; empty when nothing is filtered. */
export function orderConditions(
  filter: ReportFilterInput & { approvalStatus?: ApprovalStatus | null },
  params: SqlParams,
  alias = 'o',
): string[] {
  const conditions: string[] = [];
  if (filter.tanggalMulai)
    conditions.push(`${alias}.tanggal_pesanan >= ${params.add(filter.tanggalMulai)}::date`);
  if (filter.tanggalAkhir)
    conditions.push(`${alias}.tanggal_pesanan <= ${params.add(filter.tanggalAkhir)}::date`);
  if (filter.departmentId != null)
    conditions.push(`${alias}.department_pemesan_id = ${params.add(filter.departmentId)}`);
  if (filter.shiftId != null) conditions.push(`${alias}.shift_id = ${params.add(filter.shiftId)}`);
  if (filter.status) conditions.push(`${alias}.status_pesanan = ${params.add(filter.status)}`);
  if (filter.approvalStatus)
    conditions.push(`${alias}.approval_status = ${params.add(filter.approvalStatus)}`);
  return conditions;
}

/** Cancelled orders never reach a plate: no consumption or department figure counts them (DOMAIN.md, Canteen rules). */
export const CANCELLED: readonly OrderStatus[] = [OrderStatus.DIBATALKAN];

/** Conditions leaving out orders in `statuses` (one `<>` each: no array cast, so no enum type name in SQL). */
export function statusNotIn(statuses: readonly OrderStatus[], params: SqlParams, alias = 'o'): string[] {
  return statuses.map((status) => `${alias}.status_pesanan <> ${params.add(status)}`);
}

/** `WHERE a AND b ...`, or nothing. */
export function where(conditions: readonly string[]): string {
  return conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
}

/** Seconds from `from` to `to` (two timestamptz columns) summed, and how many rows have both stamps. */
export function durationSums(name: string, from: string, to: string): string {
  return `sum(EXTRACT(EPOCH FROM (${to} - ${from}))) AS ${name}_seconds, count(${to} - ${from}) AS ${name}_count`;
}

/**
 * The average of partial sums made by `durationSums`, in minutes rounded to 2 decimals: exactly
 * AVG(EXTRACT(EPOCH FROM (to - from))) / 60 over the rows that have both stamps; null when none has.
 */
export function averageMinutes(name: string, alias = 'g'): string {
  return `round(sum(${alias}.${name}_seconds) / NULLIF(sum(${alias}.${name}_count), 0) / 60, 2)::float8`;
}

/** The parts of one paged statement; `where` comes from `where()`, its values already in the parameters. */
export interface PagedSelect {
  select: string;
  from: string;
  where: string;
  orderBy: string;
}

/** One page of rows and the total that the same conditions match. */
export async function selectPage<T>(
  dataSource: DataSource,
  statement: PagedSelect,
  params: SqlParams,
  request: PageRequest,
): Promise<{ rows: T[]; total: number }> {
  const [{ total }]: { total: number }[] = await dataSource.query(
    `SELECT count(*)::int AS total FROM ${statement.from} ${statement.where}`,
    [...params.values],
  );
  const rows: T[] = await dataSource.query(
    `SELECT ${statement.select} FROM ${statement.from} ${statement.where}
      ORDER BY ${statement.orderBy}
      LIMIT ${params.add(request.limit)} OFFSET ${params.add(request.offset)}`,
    params.values,
  );
  return { rows, total };
}
