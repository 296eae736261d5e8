// The rejection report: orders that have or had an approval request (pending, approved or rejected), newest
// first; one page for the API, every row in keyset batches for exports.
import { In } from 'typeorm';
import { AppDeps } from '../../context/request-context';
import { Order } from '../../entities';
import { ApprovalRequestType, ApprovalStatus } from '../../entities/enums';
import { checkDateRange, pageRequest, PageResult, pageResult } from '../pagination';
import { Keyed, KeysetCursor, keysetRows } from './keyset';
import { orderConditions, RejectionFilterInput, selectPage, SqlParams, where } from './sql';

export interface RejectionRow {
  order: Order;
  requestType: ApprovalRequestType;
  approvalStatus: ApprovalStatus;
}

/** One row of the export: the order flattened with the names a reader needs. */
export interface RejectionExportRow {
  kodePesanan: string;
  tanggalPesanan: string;
  departmentName: string;
  shiftName: string;
  pemesanNik: string;
  pemesanNama: string;
  jumlahPesanan: number;
  jumlahPesananAwal: number | null;
  statusPesanan: string;
  requestType: ApprovalRequestType;
  approvalStatus: ApprovalStatus;
  catatanDapur: string | null;
  catatanAdmin: string | null;
  waktuDibuat: Date;
}

/**
 * Rows written by the original system have an approval status but no request type. Adopting its database fills
 * the type in (src/db/migrations/original-database.ts); this fallback applies the same rule: an EDIT left a different
 * original quantity behind, anything else was a rejection request.
 */
const REQUEST_TYPE_SQL = `COALESCE(o.approval_request_type::text,
  CASE WHEN o.jumlah_pesanan_awal <> o.jumlah_pesanan THEN 'EDIT' ELSE 'REJECT' END)`;

export function requestTypeOf(
  order: Pick<Order, 'approvalRequestType' | 'jumlahPesananAwal' | 'jumlahPesanan'>,
): ApprovalRequestType {
  if (order.approvalRequestType) return order.approvalRequestType;
  const edited = order.jumlahPesananAwal != null && order.jumlahPesananAwal !== order.jumlahPesanan;
  return edited ? ApprovalRequestType.EDIT : ApprovalRequestType.REJECT;
}

function rejectionConditions(filter: RejectionFilterInput, params: SqlParams): string[] {
  return ['o.approval_status IS NOT NULL', ...orderConditions(filter, params)];
}

export async function rejectionReport(
  deps: AppDeps,
  filter: RejectionFilterInput,
  page: number,
  limit: number,
): Promise<PageResult<RejectionRow>> {
  const request = pageRequest(page, limit);
  checkDateRange(filter);
  const params = new SqlParams();
  const { rows: ids, total } = await selectPage<{ id: number }>(
    deps.dataSource,
    {
      select: 'o.id',
      from: 'transaction_pesanan o',
      where: where(rejectionConditions(filter, params)),
      orderBy: 'o.waktu_dibuat DESC, o.id DESC',
    },
    params,
    request,
  );
  const orders = ids.length
    ? await deps.dataSource.getRepository(Order).findBy({ id: In(ids.map((row) => row.id)) })
    : [];
  const byId = new Map(orders.map((order) => [order.id, order]));
  const items = ids.flatMap(({ id }) => {
    const order = byId.get(id);
    if (!order?.approvalStatus) return [];
    return [{ order, requestType: requestTypeOf(order), approvalStatus: order.approvalStatus }];
  });
  return pageResult(items, total, request);
}

/** Every row of the report, newest first, fetched `batchSize` at a time. */
export function rejectionExportRows(
  deps: AppDeps,
  filter: RejectionFilterInput,
  batchSize?: number,
): AsyncGenerator<RejectionExportRow> {
  checkDateRange(filter);
  const fetchBatch = async (after: KeysetCursor | null, limit: number) => {
    const params = new SqlParams();
    const conditions = rejectionConditions(filter, params);
    if (after)
      conditions.push(
        `(o.waktu_dibuat, o.id) < (${params.add(after.at)}::timestamptz, ${params.add(after.id)})`,
      );
    const rows: (RejectionExportRow & { cursorAt: string; cursorId: number })[] = await deps.dataSource.query(
      `SELECT o.waktu_dibuat::text AS "cursorAt", o.id AS "cursorId",
              o.kode_pesanan AS "kodePesanan", o.tanggal_pesanan AS "tanggalPesanan",
              d.nama_divisi AS "departmentName", s.nama_shift AS "shiftName",
              k.nomor_induk_karyawan AS "pemesanNik", k.nama_lengkap AS "pemesanNama",
              o.jumlah_pesanan AS "jumlahPesanan", o.jumlah_pesanan_awal AS "jumlahPesananAwal",
              o.status_pesanan AS "statusPesanan", ${REQUEST_TYPE_SQL} AS "requestType",
              o.approval_status AS "approvalStatus", o.catatan_dapur AS "catatanDapur",
              o.catatan_admin AS "catatanAdmin", o.waktu_dibuat AS "waktuDibuat"
         FROM transaction_pesanan o
         JOIN master_department d ON d.id = o.department_pemesan_id
         JOIN master_shift s ON s.id = o.shift_id
         JOIN master_karyawan k ON k.id = o.karyawan_pemesan_id
         ${where(conditions)}
        ORDER BY o.waktu_dibuat DESC, o.id DESC
        LIMIT ${params.add(limit)}`,
      params.values,
    );
    return rows.map(({ cursorAt, cursorId, ...row }): Keyed<RejectionExportRow> => ({
      cursor: { at: cursorAt, id: cursorId },
      row,
    }));
  };
  return keysetRows(fetchBatch, batchSize);
}
