// Which orders a caller may read: one rule, applied to SQL (lists) and to single rows (order, orderByKode) alike.
import { SelectQueryBuilder } from 'typeorm';
import { Order } from '../../entities';
import { OrderStatus, Role } from '../../entities/enums';

export interface OrderScope {
  /** Only orders placed by this karyawan. */
  ownerId?: number;
  /** Only orders in these statuses. */
  statuses?: readonly OrderStatus[];
}

export const ROLE_STATUSES: Partial<Record<Role, readonly OrderStatus[]>> = {
  [Role.DAPUR]: [OrderStatus.MENUNGGU, OrderStatus.IN_PROGRESS, OrderStatus.MENUNGGU_PERSETUJUAN],
  [Role.DELIVERY]: [OrderStatus.READY, OrderStatus.ON_DELIVERY],
};

/** Who is reading: a role, and the karyawan for roles that read their own orders. */
export interface Reader {
  role: Role;
  karyawanId: number;
}

export function orderScope(user: Reader): OrderScope {
  switch (user.role) {
    case Role.ADMINISTRATOR:
      return {};
    case Role.EMPLOYEE:
      return { ownerId: user.karyawanId };
    default:
      return { statuses: ROLE_STATUSES[user.role] ?? [] };
  }
}

export function inScope(
  scope: OrderScope,
  order: Pick<Order, 'karyawanPemesanId' | 'statusPesanan'>,
): boolean {
  if (scope.ownerId !== undefined && order.karyawanPemesanId !== scope.ownerId) return false;
  if (scope.statuses && !scope.statuses.includes(order.statusPesanan)) return false;
  return true;
}

/**
 * Whether `scope` included an order of `ownerId` in any of `statuses` (those it has been in): whether the caller
 * could read it at some time. Decides CONFLICT or NOT_FOUND for a change of an order now out of the caller's scope
 * (services/orders/change-order.ts).
 */
export function scopeEverIncluded(
  scope: OrderScope,
  ownerId: number,
  statuses: readonly OrderStatus[],
): boolean {
  return statuses.some((statusPesanan) => inScope(scope, { karyawanPemesanId: ownerId, statusPesanan }));
}

export function applyScope(
  query: SelectQueryBuilder<Order>,
  scope: OrderScope,
  alias = 'o',
): SelectQueryBuilder<Order> {
  if (scope.ownerId !== undefined)
    query.andWhere(`${alias}.karyawanPemesanId = :scopeOwner`, { scopeOwner: scope.ownerId });
  if (scope.statuses?.length === 0) query.andWhere('1 = 0');
  else if (scope.statuses)
    query.andWhere(`${alias}.statusPesanan IN (:...scopeStatuses)`, { scopeStatuses: [...scope.statuses] });
  return query;
}
