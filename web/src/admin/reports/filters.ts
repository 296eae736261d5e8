// The reports' filters as the address holds them (?report=&from=&to=&department=&shift=&status=&groupBy=
// &approval=&page=), so back, reload and a shared link show the same report; each report reads only the filters
// its API input knows (docs/REPORTS.md), and its export carries exactly those.
import type {
  ApprovalStatus,
  ExportReportInput,
  OrderStatus,
  RejectionReportFilter,
  ReportFilter,
  ReportGroupBy,
  ReportKind,
} from '../../gql/graphql';
import { ORDER_STATUSES } from '../../orders/status';

export const REPORTS = ['consumption', 'department', 'performance', 'rejections'] as const;
export type ReportName = (typeof REPORTS)[number];

export const KIND: Record<ReportName, ReportKind> = {
  consumption: 'CONSUMPTION',
  department: 'DEPARTMENT',
  performance: 'PERFORMANCE',
  rejections: 'REJECTIONS',
};

export const GROUPS: ReportGroupBy[] = ['DAILY', 'WEEKLY', 'MONTHLY'];
export const APPROVAL_STATUSES: ApprovalStatus[] = ['PENDING', 'APPROVED', 'REJECTED'];

/** Which filter fields each report's input has. */
export const FILTERS_OF: Record<ReportName, readonly FilterName[]> = {
  consumption: ['from', 'to', 'department', 'shift', 'status', 'groupBy'],
  department: ['from', 'to', 'department', 'shift', 'status'],
  performance: ['from', 'to', 'department', 'shift', 'status'],
  rejections: ['from', 'to', 'department', 'approval'],
};

export type FilterName = 'from' | 'to' | 'department' | 'shift' | 'status' | 'groupBy' | 'approval';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface ReportFilters {
  report: ReportName;
  from: string | null;
  to: string | null;
  department: number | null;
  shift: number | null;
  status: OrderStatus | null;
  groupBy: ReportGroupBy;
  approval: ApprovalStatus | null;
  page: number;
}

function positive(value: string | null): number | null {
  const number = Number(value);
  return value && Number.isInteger(number) && number > 0 ? number : null;
}

export function readFilters(params: URLSearchParams): ReportFilters {
  const report = REPORTS.find((r) => r === params.get('report')) ?? 'consumption';
  const known = FILTERS_OF[report];
  const take = <T>(name: FilterName, value: T | null): T | null => (known.includes(name) ? value : null);
  return {
    report,
    from: take('from', DATE.test(params.get('from') ?? '') ? params.get('from') : null),
    to: take('to', DATE.test(params.get('to') ?? '') ? params.get('to') : null),
    department: take('department', positive(params.get('department'))),
    shift: take('shift', positive(params.get('shift'))),
    status: take('status', ORDER_STATUSES.find((s) => s === params.get('status')) ?? null),
    groupBy: GROUPS.find((g) => g === params.get('groupBy')) ?? 'DAILY',
    approval: take('approval', APPROVAL_STATUSES.find((s) => s === params.get('approval')) ?? null),
    page: positive(params.get('page')) ?? 1,
  };
}

/** The ReportFilter of consumption, department and performance. */
export function reportFilter(filters: ReportFilters): ReportFilter {
  return {
    ...(filters.from ? { tanggalMulai: filters.from } : {}),
    ...(filters.to ? { tanggalAkhir: filters.to } : {}),
    ...(filters.department ? { departmentId: filters.department } : {}),
    ...(filters.shift ? { shiftId: filters.shift } : {}),
    ...(filters.status ? { status: filters.status } : {}),
  };
}

export function rejectionFilter(filters: ReportFilters): RejectionReportFilter {
  return {
    ...(filters.from ? { tanggalMulai: filters.from } : {}),
    ...(filters.to ? { tanggalAkhir: filters.to } : {}),
    ...(filters.department ? { departmentId: filters.department } : {}),
    ...(filters.approval ? { approvalStatus: filters.approval } : {}),
  };
}

/** The export of the report on screen with the filters on screen, nothing else. */
export function exportInput(filters: ReportFilters, format: 'CSV' | 'PDF'): ExportReportInput {
  const kind = KIND[filters.report];
  if (filters.report === 'rejections') return { kind, format, ...rejectionFilter(filters) };
  return {
    kind,
    format,
    ...reportFilter(filters),
    ...(filters.report === 'consumption' ? { groupBy: filters.groupBy } : {}),
  };
}
