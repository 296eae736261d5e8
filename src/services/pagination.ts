// What every list shares: page arguments (page ≥ 1, 1 ≤ limit ≤ 100), the page envelope, literal LIKE search and
// the date-range check of list and report filters.
import { BadUserInputError } from '../common/errors';

export const MAX_PAGE_SIZE = 100;

export interface PageRequest {
  page: number;
  limit: number;
  offset: number;
}

export interface PageResult<T> {
  items: T[];
  total: number;
  page: number;
  limit: number;
  totalPages: number;
}

export function pageRequest(page: number, limit: number): PageRequest {
  if (!Number.isInteger(page) || page < 1) throw new BadUserInputError('page', 'page must be an integer ≥ 1');
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new BadUserInputError('limit', `limit must be an integer between 1 and ${MAX_PAGE_SIZE}`);
  }
  return { page, limit, offset: (page - 1) * limit };
}

export function pageResult<T>(items: T[], total: number, request: PageRequest): PageResult<T> {
  return {
    items,
    total,
    page: request.page,
    limit: request.limit,
    totalPages: Math.ceil(total / request.limit),
  };
}

/** Escapes LIKE wildcards so that a search string matches literally. */
export function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** A date range must not end before it starts. */
export function checkDateRange(range: { tanggalMulai?: string | null; tanggalAkhir?: string | null }): void {
  if (range.tanggalMulai && range.tanggalAkhir && range.tanggalMulai > range.tanggalAkhir) {
    throw new BadUserInputError('tanggalAkhir', 'tanggalAkhir must not be before tanggalMulai');
  }
}
