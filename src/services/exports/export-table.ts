// What an export contains: each report kind as a title, its columns and its rows (fetched lazily, in batches
// where a report can be large), ready for the CSV and PDF writers.
import { checkDateRange } from '../pagination';
import { AppDeps } from '../../context/request-context';
import { ReportGroupBy, ReportKind } from '../../entities/enums';
import { auditExportRows, checkAuditFilter } from '../audit-trail.service';
import { consumptionReport } from '../reports/consumption';
import { departmentReport } from '../reports/department';
import { performanceReport, PerformanceStats } from '../reports/performance';
import { rejectionExportRows } from '../reports/rejections';
import {} from '../reports/sql';
import { ExportFilters } from './export-token';

export type Cell = string | number | null;

/** The filters each report understands; an export link carries only these. */
export const REPORT_FILTERS: Record<ReportKind, readonly (keyof ExportFilters)[]> = {
  [ReportKind.CONSUMPTION]: ['groupBy', 'tanggalMulai', 'tanggalAkhir', 'departmentId', 'shiftId', 'status'],
  [ReportKind.DEPARTMENT]: ['tanggalMulai', 'tanggalAkhir', 'departmentId', 'shiftId', 'status'],
  [ReportKind.PERFORMANCE]: ['tanggalMulai', 'tanggalAkhir', 'departmentId', 'shiftId', 'status'],
  [ReportKind.REJECTIONS]: ['tanggalMulai', 'tanggalAkhir', 'departmentId', 'approvalStatus'],
  [ReportKind.AUDIT_TRAIL]: ['search', 'userId', 'aksi', 'tanggalMulai', 'tanggalAkhir'],
};

/** Throws BAD_USER_INPUT naming the field when the filters cannot make a report. */
export function checkExportFilters(kind: ReportKind, filters: ExportFilters): void {
  if (kind === ReportKind.AUDIT_TRAIL) checkAuditFilter(filters);
  else checkDateRange(filters);
}

export interface ExportColumn {
  header: string;
  /** Relative width in the PDF table. */
  weight: number;
  /** Right-aligned in the PDF (numbers). */
  numeric?: boolean;
}

export interface ExportTable {
  title: string;
  columns: ExportColumn[];
  rows: AsyncIterable<Cell[]>;
}

const GROUP_LABELS: Record<ReportGroupBy, string> = {
  [ReportGroupBy.DAILY]: 'daily',
  [ReportGroupBy.WEEKLY]: 'weekly, weeks start on Monday',
  [ReportGroupBy.MONTHLY]: 'monthly',
};

const DURATION_COLUMNS: ExportColumn[] = [
  { header: 'Count', weight: 1, numeric: true },
  { header: 'Avg total (min)', weight: 1.4, numeric: true },
  { header: 'Avg processing (min)', weight: 1.4, numeric: true },
  { header: 'Avg preparation (min)', weight: 1.4, numeric: true },
  { header: 'Avg delivery (min)', weight: 1.4, numeric: true },
];

function text(column: string, weight = 2): ExportColumn {
  return { header: column, weight };
}

function number(column: string, weight = 1): ExportColumn {
  return { header: column, weight, numeric: true };
}

async function* fromArray<T>(load: () => Promise<T[]>, toCells: (row: T) => Cell[]): AsyncGenerator<Cell[]> {
  for (const row of await load()) yield toCells(row);
}

function durations(stats: PerformanceStats): Cell[] {
  return [
    stats.count,
    stats.avgTotalDurationMinutes,
    stats.avgProcessingTimeMinutes,
    stats.avgPreparationTimeMinutes,
    stats.avgDeliveryTimeMinutes,
  ];
}

async function* performanceRows(deps: AppDeps, filters: ExportFilters): AsyncGenerator<Cell[]> {
  const report = await performanceReport(deps, filters);
  yield ['Overall', null, 'All orders', ...durations(report.overall)];
  for (const row of report.byDepartment)
    yield ['Department', row.departmentId, row.departmentName, ...durations(row)];
  for (const row of report.byShift) yield ['Shift', row.shiftId, row.shiftName, ...durations(row)];
}

function iso(value: Date | string | null): string | null {
  return value == null ? null : new Date(value).toISOString();
}

/** The export of `kind` under `filters`. Throws BAD_USER_INPUT at once for bad filters; rows load when read. */
export function exportTable(deps: AppDeps, kind: ReportKind, filters: ExportFilters): ExportTable {
  checkExportFilters(kind, filters);
  switch (kind) {
    case ReportKind.CONSUMPTION: {
      const groupBy = filters.groupBy ?? ReportGroupBy.DAILY;
      return {
        title: `Consumption report (${GROUP_LABELS[groupBy]})`,
        columns: [text('Period'), number('Total orders'), number('Total meals')],
        rows: fromArray(
          () => consumptionReport(deps, filters, groupBy),
          (row) => [row.period, row.totalOrders, row.totalMeals],
        ),
      };
    }
    case ReportKind.DEPARTMENT:
      return {
        title: 'Department report',
        columns: [
          number('Department ID'),
          text('Department', 3),
          number('Total orders'),
          number('Total meals'),
          number('Percentage'),
        ],
        rows: fromArray(
          () => departmentReport(deps, filters),
          (row) => [row.departmentId, row.departmentName, row.totalOrders, row.totalMeals, row.percentage],
        ),
      };
    case ReportKind.PERFORMANCE:
      return {
        title: 'Performance report (COMPLETE orders)',
        columns: [text('Group', 1.3), number('ID', 0.6), text('Name', 2), ...DURATION_COLUMNS],
        rows: performanceRows(deps, filters),
      };
    case ReportKind.REJECTIONS:
      return {
        title: 'Rejection and edit requests',
        columns: [
          text('Kode pesanan', 2.2),
          text('Tanggal', 1.4),
          text('Department'),
          text('Shift', 1.2),
          text('Pemesan NIK', 1.4),
          text('Pemesan'),
          number('Jumlah', 0.9),
          number('Jumlah awal', 0.9),
          text('Status', 1.8),
          text('Request', 1.1),
          text('Approval', 1.3),
          text('Catatan dapur', 2.5),
          text('Catatan admin', 2.5),
          text('Waktu dibuat', 2.6),
        ],
        rows: mapRows(rejectionExportRows(deps, filters), (row) => [
          row.kodePesanan,
          row.tanggalPesanan,
          row.departmentName,
          row.shiftName,
          row.pemesanNik,
          row.pemesanNama,
          row.jumlahPesanan,
          row.jumlahPesananAwal,
          row.statusPesanan,
          row.requestType,
          row.approvalStatus,
          row.catatanDapur,
          row.catatanAdmin,
          iso(row.waktuDibuat),
        ]),
      };
    case ReportKind.AUDIT_TRAIL:
      return {
        title: 'Audit trail',
        columns: [
          number('ID', 0.8),
          text('Timestamp', 2.4),
          text('Aksi', 2.4),
          text('Detail', 6),
          text('User NIK', 1.3),
          text('User'),
        ],
        rows: mapRows(auditExportRows(deps, filters), (row) => [
          row.id,
          iso(row.timestamp),
          row.aksi,
          row.detail,
          row.userNik,
          row.userNama,
        ]),
      };
  }
}

async function* mapRows<T>(rows: AsyncIterable<T>, toCells: (row: T) => Cell[]): AsyncGenerator<Cell[]> {
  for await (const row of rows) yield toCells(row);
}

const FILTER_LABELS: Record<keyof ExportFilters, string> = {
  groupBy: 'Grouped',
  tanggalMulai: 'From',
  tanggalAkhir: 'To',
  departmentId: 'Department',
  shiftId: 'Shift',
  status: 'Status',
  approvalStatus: 'Approval status',
  search: 'Search',
  userId: 'User',
  aksi: 'Aksi',
};

/** Names for the ids among the filters (department, shift, user), for readers of the PDF. */
async function filterNames(
  deps: AppDeps,
  filters: ExportFilters,
): Promise<Partial<Record<keyof ExportFilters, string>>> {
  const [row]: {
    department: string | null;
    shift: string | null;
    nik: string | null;
    nama: string | null;
  }[] = await deps.dataSource.query(
    `SELECT (SELECT nama_divisi FROM master_department WHERE id = $1) AS department,
              (SELECT nama_shift FROM master_shift WHERE id = $2) AS shift,
              (SELECT nomor_induk_karyawan FROM master_karyawan WHERE id = $3) AS nik,
              (SELECT nama_lengkap FROM master_karyawan WHERE id = $3) AS nama`,
    [filters.departmentId ?? null, filters.shiftId ?? null, filters.userId ?? null],
  );
  return {
    departmentId: row?.department ?? undefined,
    shiftId: row?.shift ?? undefined,
    userId: row?.nik ? `${row.nik} ${row.nama ?? ''}`.trim() : undefined,
  };
}

/** The filters of an export as label/value pairs, in the order the report lists them. */
export async function describeFilters(
  deps: AppDeps,
  kind: ReportKind,
  filters: ExportFilters,
): Promise<[string, string][]> {
  const names = await filterNames(deps, filters);
  return REPORT_FILTERS[kind].flatMap((key): [string, string][] => {
    const value = filters[key];
    if (value === undefined) return [];
    const name = names[key];
    return [[FILTER_LABELS[key], name ? `${name} (id ${value})` : String(value)]];
  });
}
