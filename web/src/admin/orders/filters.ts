// The orders list's filters as they live in the address (?status=&department=&shift=&from=&to=&q=&approval=&page=),
// turned into the API's OrderFilter, and the links other screens (the dashboard) make to a filtered list.
import type { ApprovalStatus, OrderFilter, OrderStatus } from '../../gql/graphql';
import { businessDate } from '../../i18n/locale';
import { ORDER_STATUSES } from '../../orders/status';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "awaiting": a kitchen request waits for a decision (requiresApproval); the others: the request's outcome. */
export const APPROVAL_FILTERS = ['awaiting', 'APPROVED', 'REJECTED'] as const;
export type ApprovalFilter = (typeof APPROVAL_FILTERS)[number];

export interface ListFilters {
  status: OrderStatus | null;
  department: number | null;
  shift: number | null;
  from: string | null;
  to: string | null;
  q: string;
  approval: ApprovalFilter | null;
  page: number;
}

function positive(value: string | null): number | null {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 ? n : null;
}

/** A date parameter: YYYY-MM-DD, or "today" (the canteen's business date, as a bookmark of today's work). */
function dateParam(value: string | null): string | null {
  if (value === 'today') return businessDate();
  return value && DATE.test(value) ? value : null;
}

export function readFilters(params: URLSearchParams): ListFilters {
  return {
    status: ORDER_STATUSES.find((s) => s === params.get('status')) ?? null,
    department: positive(params.get('department')),
    shift: positive(params.get('shift')),
    from: dateParam(params.get('from')),
    to: dateParam(params.get('to')),
    q: (params.get('q') ?? '').trim(),
    approval: APPROVAL_FILTERS.find((a) => a === params.get('approval')) ?? null,
    page: positive(params.get('page')) ?? 1,
  };
}

export function orderFilter(filters: ListFilters): OrderFilter {
  const approvalStatus: ApprovalStatus | null =
    filters.approval === 'APPROVED' || filters.approval === 'REJECTED' ? filters.approval : null;
  return {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.department ? { departmentId: filters.department } : {}),
    ...(filters.shift ? { shiftId: filters.shift } : {}),
    ...(filters.from ? { tanggalMulai: filters.from } : {}),
    ...(filters.to ? { tanggalAkhir: filters.to } : {}),
    ...(filters.q ? { search: filters.q } : {}),
    ...(filters.approval === 'awaiting' ? { requiresApproval: true } : {}),
    ...(approvalStatus ? { approvalStatus } : {}),
  };
}

/** The address of the orders list filtered as given (the dashboard's figures link to it). */
export function ordersLink(filters: Partial<Omit<ListFilters, 'page'>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters))
    if (value !== null && value !== undefined && value !== '') params.set(key, String(value));
  const query = params.toString();
  return query ? `/admin/orders?${query}` : '/admin/orders';
}
