// What each role's board shows: its columns, which order goes where, which buttons a card offers, and how an
// event from the stream changes the board. Pure: no DOM, no network.
import type { Order, OrderStatus, Role } from './operations';

export type ActionKind =
  'accept' | 'ready' | 'pickUp' | 'delivered' | 'requestRejection' | 'requestEdit' | 'approve' | 'reject';

export interface Action {
  kind: ActionKind;
  label: string;
  /** The status the order moves to, for plain status changes. */
  to?: OrderStatus;
}

export interface Column {
  id: string;
  title: string;
  statuses: OrderStatus[];
  /** Cards are listed (false: the column shows the kitchen summary's count, e.g. READY for the kitchen). */
  cards: boolean;
}

/** Status as words, so nobody has to rely on colour alone. */
export const STATUS_TEXT: Record<OrderStatus, string> = {
  MENUNGGU: 'Waiting',
  IN_PROGRESS: 'Cooking',
  READY: 'Ready',
  ON_DELIVERY: 'On delivery',
  COMPLETE: 'Delivered',
  DITOLAK: 'Rejected',
  MENUNGGU_PERSETUJUAN: 'Waiting for approval',
  DIBATALKAN: 'Cancelled',
};

const COLUMNS: Record<'MENUNGGU' | 'IN_PROGRESS' | 'READY' | 'ON_DELIVERY' | 'APPROVALS', Column> = {
  MENUNGGU: { id: 'MENUNGGU', title: 'New', statuses: ['MENUNGGU'], cards: true },
  IN_PROGRESS: { id: 'IN_PROGRESS', title: 'Cooking', statuses: ['IN_PROGRESS'], cards: true },
  READY: { id: 'READY', title: 'Ready', statuses: ['READY'], cards: true },
  ON_DELIVERY: { id: 'ON_DELIVERY', title: 'On delivery', statuses: ['ON_DELIVERY'], cards: true },
  APPROVALS: {
    id: 'APPROVALS',
    title: 'Approvals',
    statuses: ['MENUNGGU_PERSETUJUAN'],
    cards: true,
  },
};

export function boardTitle(role: Role): string {
  return { DAPUR: 'Kitchen', DELIVERY: 'Delivery', ADMINISTRATOR: 'Administrator', EMPLOYEE: 'Employee' }[
    role
  ];
}

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
  const requests: Action[] = [
    { kind: 'requestRejection', label: 'Request rejection' },
    { kind: 'requestEdit', label: 'Request edit' },
  ];
  if (role === 'DAPUR' && status === 'MENUNGGU')
    return [{ kind: 'accept', label: 'Accept', to: 'IN_PROGRESS' }, ...requests];
  if (role === 'DAPUR' && status === 'IN_PROGRESS')
    return [{ kind: 'ready', label: 'Ready', to: 'READY' }, ...requests];
  if (role === 'DELIVERY' && status === 'READY')
    return [{ kind: 'pickUp', label: 'Pick up', to: 'ON_DELIVERY' }];
  if (role === 'DELIVERY' && status === 'ON_DELIVERY')
    return [{ kind: 'delivered', label: 'Delivered', to: 'COMPLETE' }];
  if (role === 'ADMINISTRATOR' && status === 'MENUNGGU_PERSETUJUAN')
    return [
      { kind: 'approve', label: 'Approve' },
      { kind: 'reject', label: 'Reject' },
    ];
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

  /** An order's state after a change (from a page, an event or a mutation's answer). Returns whether it is new. */
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

  /** Oldest first: the kitchen works in arrival order. */
  inColumn(column: Column): Order[] {
    return [...this.orders.values()]
      .filter((order) => column.statuses.includes(order.statusPesanan))
      .sort((a, b) => a.waktuDibuat.localeCompare(b.waktuDibuat) || a.id - b.id);
  }
}
