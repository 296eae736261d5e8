// What each role's board shows: its columns, which order goes where, which buttons a card offers, and how an
// event changes the board. Pure: no DOM, no network, no words (the catalogue names columns and actions).
import type { OrderFieldsFragment, OrderStatus, Role } from '../gql/graphql';

export type Order = OrderFieldsFragment;

export type ActionKind =
  'accept' | 'ready' | 'pickUp' | 'delivered' | 'requestRejection' | 'requestEdit' | 'approve' | 'reject';

export interface Action {
  kind: ActionKind;
  /** The status the order moves to, for plain status changes. */
  to?: OrderStatus;
}

export interface Column {
  id: 'MENUNGGU' | 'IN_PROGRESS' | 'READY' | 'ON_DELIVERY' | 'APPROVALS';
  statuses: OrderStatus[];
  /** Cards are listed (false: the column shows the kitchen summary's count, e.g. READY for the kitchen). */
  cards: boolean;
}

const COLUMNS: Record<Column['id'], Column> = {
  MENUNGGU: { id: 'MENUNGGU', statuses: ['MENUNGGU'], cards: true },
  IN_PROGRESS: { id: 'IN_PROGRESS', statuses: ['IN_PROGRESS'], cards: true },
  READY: { id: 'READY', statuses: ['READY'], cards: true },
  ON_DELIVERY: { id: 'ON_DELIVERY', statuses: ['ON_DELIVERY'], cards: true },
  APPROVALS: { id: 'APPROVALS', statuses: ['MENUNGGU_PERSETUJUAN'], cards: true },
};

/**
 * The kitchen reads MENUNGGU, IN_PROGRESS and MENUNGGU_PERSETUJUAN only (DOMAIN.md, Orders): its READY column
 * shows the kitchen summary's count, and an order waiting for approval stays in "New", marked as such.
 */
export function columnsFor(role: Role): Column[] {
  switch (role) {
    case 'DAPUR':
      return [
        { ...COLUMNS.MENUNGGU, statuses: ['MENUNGGU', 'MENUNGGU_PERSETUJUAN'] },
        COLUMNS.IN_PROGRESS,
        { ...COLUMNS.READY, cards: false },
      ];
    case 'DELIVERY':
      return [COLUMNS.READY, COLUMNS.ON_DELIVERY];
    case 'ADMINISTRATOR':
      return [COLUMNS.MENUNGGU, COLUMNS.IN_PROGRESS, COLUMNS.READY, COLUMNS.ON_DELIVERY, COLUMNS.APPROVALS];
    case 'EMPLOYEE':
      return [];
  }
}

export function actionsFor(role: Role, status: OrderStatus): Action[] {
  const requests: Action[] = [{ kind: 'requestRejection' }, { kind: 'requestEdit' }];
  if (role === 'DAPUR' && status === 'MENUNGGU') return [{ kind: 'accept', to: 'IN_PROGRESS' }, ...requests];
  if (role === 'DAPUR' && status === 'IN_PROGRESS') return [{ kind: 'ready', to: 'READY' }, ...requests];
  if (role === 'DELIVERY' && status === 'READY') return [{ kind: 'pickUp', to: 'ON_DELIVERY' }];
  if (role === 'DELIVERY' && status === 'ON_DELIVERY') return [{ kind: 'delivered', to: 'COMPLETE' }];
  if (role === 'ADMINISTRATOR' && status === 'MENUNGGU_PERSETUJUAN')
    return [{ kind: 'approve' }, { kind: 'reject' }];
  return [];
}

export interface BoardFilter {
  /** YYYY-MM-DD, a business date. */
  tanggal: string;
  departmentId: number | null;
}

/** The orders on one board, keyed by id; every change goes through `apply`, which keeps only what belongs. */
export class BoardState {
  private readonly orders = new Map<number, Order>();
  private readonly shown: Set<OrderStatus>;

  constructor(
    readonly role: Role,
    readonly filter: BoardFilter,
  ) {
    this.shown = new Set(columnsFor(role).flatMap((column) => (column.cards ? column.statuses : [])));
  }

  belongs(order: Order): boolean {
    return (
      this.shown.has(order.statusPesanan) &&
      order.tanggalPesanan === this.filter.tanggal &&
      (this.filter.departmentId === null || order.department.id === this.filter.departmentId)
    );
  }

  /** An order's state after a change (a page, an event, a mutation's answer). Returns whether it is new here. */
  apply(order: Order): boolean {
    const known = this.orders.has(order.id);
    if (this.belongs(order)) this.orders.set(order.id, order);
    else this.orders.delete(order.id);
    return !known && this.orders.has(order.id);
  }

  remove(id: number): void {
    this.orders.delete(id);
  }

  replaceAll(orders: Order[]): void {
    this.orders.clear();
    for (const order of orders) this.apply(order);
  }

  /** Oldest first (the kitchen works in arrival order); delivery's columns grouped by department. */
  inColumn(column: Column): Order[] {
    const byAge = (a: Order, b: Order) => a.waktuDibuat.localeCompare(b.waktuDibuat) || a.id - b.id;
    return [...this.orders.values()]
      .filter((order) => column.statuses.includes(order.statusPesanan))
      .sort(
        this.role === 'DELIVERY'
          ? (a, b) => a.department.namaDivisi.localeCompare(b.department.namaDivisi) || byAge(a, b)
          : byAge,
      );
  }
}

/**
 * How many cards a column of `height` pixels shows: all when they fit, else as many as fit above the
 * "N more" line. Compact cards are used when normal ones would hide any.
 */
export function fitCards(
  count: number,
  height: number,
  sizes: { normal: number; compact: number; more: number },
): { shown: number; compact: boolean } {
  if (height <= 0 || count * sizes.normal <= height) return { shown: count, compact: false };
  if (count * sizes.compact <= height) return { shown: count, compact: true };
  return { shown: Math.max(1, Math.floor((height - sizes.more) / sizes.compact)), compact: true };
}
