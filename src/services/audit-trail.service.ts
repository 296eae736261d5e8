// Reading the audit trail: the administrator's viewer (filters, pages, newest first), an order's chronological
// history through the indexed kode_pesanan column, the distinct actions present, and every row for exports.
import { AppDeps } from '../context/request-context';
import { AuditLog } from '../entities';
import { BadUserInputError } from '../common/errors';
import {
  listWindow,
  PageCursors,
  PageInfo,
  rowsToRead,
  sortKeyInstant,
  WindowArgs,
  windowPage,
} from './page-cursor';
import { checkDateRange, likePattern, PageResult, pageResult } from './pagination';
import { Keyed, KeysetCursor, keysetRows } from './reports/keyset';
import { SqlParams, where } from './reports/sql';

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

/** What a read of the audit trail returns besides its rows. */
export interface AuditReadShape {
  /** Whether the total is wanted (a count costs a scan of the matching rows). */
  withTotal: boolean;
  /** Whether PageInfo is wanted (one more row is read, and each row's sort key for the cursors). */
  withPageInfo: boolean;
}

/** The cursors of `auditTrail` under `filter`: the list read newest first ("timestamp", id). */
function auditCursors(deps: AppDeps, filter: AuditTrailFilterInput): PageCursors {
  const trimmed = (value?: string | null) => value?.trim() || null;
  return new PageCursors(deps.config.jwtSecret, {
    list: 'auditTrail',
    sort: 'newest',
    filter: {
      search: trimmed(filter.search),
      userId: filter.userId,
      nik: trimmed(filter.nik),
      aksi: trimmed(filter.aksi),
      tanggalMulai: filter.tanggalMulai,
      tanggalAkhir: filter.tanggalAkhir,
    },
  });
}

/**
 * The audit rows matching `filter`, newest first: a page by number (`page`/`limit`, default 1 and 50) or a keyset
 * window (`first`/`after`, `last`/`before`; page-cursor.ts), which starts at its cursor through the ("timestamp",
 * id) indexes at any depth.
 */
export async function auditTrailWindow(
  deps: AppDeps,
  filter: AuditTrailFilterInput,
  args: WindowArgs,
  shape: AuditReadShape,
): Promise<PageResult<AuditLog> & { pageInfo: PageInfo }> {
  checkAuditFilter(filter);
  const cursors = auditCursors(deps, filter);
  const window = listWindow(args, 50, cursors);
  const params = new SqlParams();
  const conditions = auditConditions(deps, filter, params);
  const total = shape.withTotal
    ? (
        await deps.dataSource.query<{ total: number }[]>(
          `SELECT count(*)::int AS total FROM log_audit_trail a ${where(conditions)}`,
          [...params.values],
        )
      )[0].total
    : 0;
  const keyset = window.kind === 'keyset' ? window.keyset : null;
  const backward = keyset?.backward ?? false;
  if (keyset?.from)
    conditions.push(
      `(a."timestamp", a.id) ${backward ? '>' : '<'} (${params.add(keyset.from.at)}::timestamptz, ${params.add(keyset.from.id)}::bigint)`,
    );
  const direction = backward ? 'ASC' : 'DESC';
  const limit = shape.withPageInfo ? rowsToRead(window) : rowsToRead(window) - 1;
  const offset = window.kind === 'offset' ? window.page.offset : 0;
  const rows: (AuditLog & { sortAt: string })[] = await deps.dataSource.query(
    `SELECT ${AUDIT_COLUMNS}, ${sortKeyInstant('a."timestamp"')} AS "sortAt"
       FROM log_audit_trail a
       ${where(conditions)}
      ORDER BY a."timestamp" ${direction}, a.id ${direction}
      LIMIT ${params.add(limit)} OFFSET ${params.add(offset)}`,
    params.values,
  );
  if (backward) rows.reverse();
  const { items, pageInfo } = windowPage(
    window,
    rows,
    shape.withPageInfo ? (row) => ({ at: row.sortAt, id: Number(row.id) }) : null,
    cursors,
  );
  const request = window.kind === 'offset' ? window.page : { page: 0, limit: window.keyset.size, offset: 0 };
  return {
    ...pageResult(
      items.map(({ sortAt: _sortAt, ...row }) => row as AuditLog),
      total,
      request,
    ),
    pageInfo,
  };
}

/** A page of the audit trail by number, with its total. */
export async function auditTrail(
  deps: AppDeps,
  filter: AuditTrailFilterInput,
  page: number,
  limit: number,
): Promise<PageResult<AuditLog>> {
  return auditTrailWindow(deps, filter, { page, limit }, { withTotal: true, withPageInfo: false });
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
