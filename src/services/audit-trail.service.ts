// Reading the audit trail: the administrator's viewer (filters, pages, newest first), an order's chronological
// history through the indexed kode_pesanan column, the distinct actions present, and every row for exports.
import { AppDeps } from '../context/request-context';
import { AuditLog } from '../entities';
import { BadUserInputError } from '../common/errors';
import { checkDateRange, likePattern, pageRequest, PageResult, pageResult } from './pagination';
import { Keyed, KeysetCursor, keysetRows } from './reports/keyset';
import { selectPage, SqlParams, where } from './reports/sql';

export interface AuditTrailFilterInput {
  /** Case-insensitive substring of aksi or detail. */
  search?: string | null;
  /** The acting karyawan. */
  userId?: number | null;
  /** The acting karyawan's NIK (nomorIndukKaryawan), exact: NIKs are unique as written, case included. */
  nik?: string | null;
  aksi?: string | null;
  /** Inclusive, a calendar date in APP_TIMEZONE. */
  tanggalMulai?: string | null;
  /** Inclusive, a calendar date in APP_TIMEZONE. */
  tanggalAkhir?: string | null;
}

/** One row of the export: the audit row with the acting user's NIK and name. */
export interface AuditExportRow {
  id: number;
  timestamp: Date;
  aksi: string;
  detail: string | null;
  userNik: string | null;
  userNama: string | null;
}

export const MAX_SEARCH_LENGTH = 100;

const AUDIT_COLUMNS = `a.id, a.user_id AS "userId", a.aksi, a.detail, a.kode_pesanan AS "kodePesanan",
  a.metadata, a."timestamp"`;

export function checkAuditFilter(filter: AuditTrailFilterInput): void {
  checkDateRange(filter);
  if ((filter.search?.length ?? 0) > MAX_SEARCH_LENGTH)
    throw new BadUserInputError('search', `search must be at most ${MAX_SEARCH_LENGTH} characters`);
}

/**
 * WHERE conditions for the filter. A date is a whole day in APP_TIMEZONE: from its local midnight up to the next
 * one, converted to instants by PostgreSQL (`AT TIME ZONE`), whatever the server's or the session's zone.
 */
function auditConditions(deps: AppDeps, filter: AuditTrailFilterInput, params: SqlParams): string[] {
  const conditions: string[] = [];
  const search = filter.search?.trim();
  if (search) {
    const pattern = params.add(likePattern(search));
    conditions.push(`(a.aksi ILIKE ${pattern} OR a.detail ILIKE ${pattern})`);
  }
  if (filter.userId != null) conditions.push(`a.user_id = ${params.add(filter.userId)}`);
  // One karyawan at most (the NIK is unique), so the rows come from the (user_id, timestamp) index.
  if (filter.nik?.trim())
    conditions.push(
      `a.user_id = (SELECT k.id FROM master_karyawan k WHERE k.nomor_induk_karyawan = ${params.add(filter.nik.trim())})`,
    );
  if (filter.aksi?.trim()) conditions.push(`a.aksi = ${params.add(filter.aksi.trim())}`);
  if (filter.tanggalMulai || filter.tanggalAkhir) {
    const zone = params.add(deps.config.appTimezone);
    if (filter.tanggalMulai)
      conditions.push(
        `a."timestamp" >= (${params.add(filter.tanggalMulai)}::date)::timestamp AT TIME ZONE ${zone}`,
      );
    if (filter.tanggalAkhir)
      conditions.push(
        `a."timestamp" < (${params.add(filter.tanggalAkhir)}::date + 1)::timestamp AT TIME ZONE ${zone}`,
      );
  }
  return conditions;
}

export async function auditTrail(
  deps: AppDeps,
  filter: AuditTrailFilterInput,
  page: number,
  limit: number,
): Promise<PageResult<AuditLog>> {
  const request = pageRequest(page, limit);
  checkAuditFilter(filter);
  const params = new SqlParams();
  const { rows: items, total } = await selectPage<AuditLog>(
    deps.dataSource,
    {
      select: AUDIT_COLUMNS,
      from: 'log_audit_trail a',
      where: where(auditConditions(deps, filter, params)),
      orderBy: 'a."timestamp" DESC, a.id DESC',
    },
    params,
    request,
  );
  return pageResult(items, total, request);
}

/** Everything recorded about one order, oldest first. */
export async function orderHistory(deps: AppDeps, kodePesanan: string): Promise<AuditLog[]> {
  return deps.dataSource.query(
    `SELECT ${AUDIT_COLUMNS} FROM log_audit_trail a
      WHERE a.kode_pesanan = $1
      ORDER BY a."timestamp", a.id`,
    [kodePesanan.trim()],
  );
}

/**
 * The distinct actions present, sorted. A loose index scan over (aksi, ...) costs one index probe per distinct
 * value instead of reading every audit row.
 */
export async function auditActionTypes(deps: AppDeps): Promise<string[]> {
  const rows: { aksi: string }[] = await deps.dataSource.query(
    `WITH RECURSIVE actions(aksi) AS (
       (SELECT aksi FROM log_audit_trail ORDER BY aksi LIMIT 1)
       UNION ALL
       SELECT (SELECT a.aksi FROM log_audit_trail a WHERE a.aksi > actions.aksi ORDER BY a.aksi LIMIT 1)
         FROM actions WHERE actions.aksi IS NOT NULL
     )
     SELECT aksi FROM actions WHERE aksi IS NOT NULL`,
  );
  return rows.map((row) => row.aksi);
}

/** Every row matching the filter, newest first, fetched `batchSize` at a time. */
export function auditExportRows(
  deps: AppDeps,
  filter: AuditTrailFilterInput,
  batchSize?: number,
): AsyncGenerator<AuditExportRow> {
  checkAuditFilter(filter);
  const fetchBatch = async (after: KeysetCursor | null, limit: number) => {
    const params = new SqlParams();
    const conditions = auditConditions(deps, filter, params);
    if (after)
      conditions.push(
        `(a."timestamp", a.id) < (${params.add(after.at)}::timestamptz, ${params.add(after.id)})`,
      );
    const rows: (AuditExportRow & { cursorAt: string })[] = await deps.dataSource.query(
      `SELECT a."timestamp"::text AS "cursorAt", a.id, a."timestamp", a.aksi, a.detail,
              k.nomor_induk_karyawan AS "userNik", k.nama_lengkap AS "userNama"
         FROM log_audit_trail a
         LEFT JOIN master_karyawan k ON k.id = a.user_id
         ${where(conditions)}
        ORDER BY a."timestamp" DESC, a.id DESC
        LIMIT ${params.add(limit)}`,
      params.values,
    );
    return rows.map(({ cursorAt, ...row }): Keyed<AuditExportRow> => ({
      cursor: { at: cursorAt, id: row.id },
      row,
    }));
  };
  return keysetRows(fetchBatch, batchSize);
}
