// Draws a board: the header (title, filters, shift totals, connection, sound, sign-out) and one column per
// status with a card per order. Status is shown by colour and by words; every control is a real button.
// Elements are kept while what they show is unchanged, so an event never pulls a button from under a finger
// (or the keyboard focus).
import { Action, actionsFor, BoardState, boardTitle, Column, columnsFor, STATUS_TEXT } from './board-model';
import { h } from './dom';
import type { ConnectionState } from './live';
import type { KitchenSummary, Order, SignedInUser } from './operations';

export interface BoardHandlers {
  act(order: Order, action: Action): void;
  toggleSound(): void;
  signOut(): void;
  filter(tanggal: string, departmentId: number | null): void;
}

export interface BoardView {
  state: BoardState;
  user: SignedInUser;
  departments: { id: number; namaDivisi: string }[];
  connection: ConnectionState;
  summary: KitchenSummary | null;
  soundOn: boolean;
  /** Per order: a short message after an action (e.g. lost a race), shown on its card. */
  messages: Map<number, string>;
  /** Orders with an action in flight: their buttons are disabled. */
  busy: Set<number>;
  now: Date;
}

function hhmm(date: Date): string {
  return date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}

export function connectionText(state: ConnectionState): string {
  switch (state.kind) {
    case 'connecting':
      return 'Connecting…';
    case 'live':
      return 'Live';
    case 'reconnecting':
      return 'Reconnecting…';
    case 'offline':
      return `Offline since ${hhmm(state.since)}`;
  }
}

function age(since: string, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - new Date(since).getTime()) / 60_000));
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min ago`;
}

function filters(view: BoardView, handlers: BoardHandlers): HTMLElement {
  const { tanggal, departmentId } = view.state.filter;
  const date = h('input', { type: 'date', id: 'filter-date', value: tanggal });
  const department = h(
    'select',
    { id: 'filter-department' },
    h('option', { value: '' }, 'All departments'),
    ...view.departments.map((d) =>
      h('option', { value: d.id, selected: d.id === departmentId }, d.namaDivisi),
    ),
  );
  const apply = () => {
    if (date.value) handlers.filter(date.value, department.value ? Number(department.value) : null);
  };
  date.addEventListener('change', apply);
  department.addEventListener('change', apply);
  return h(
    'div',
    { class: 'filters' },
    h('label', { for: 'filter-date' }, 'Date'),
    date,
    h('label', { for: 'filter-department' }, 'Department'),
    department,
  );
}

function totals(summary: KitchenSummary | null): HTMLElement {
  if (!summary) return h('p', { class: 'totals totals--none' }, 'Shift totals not available');
  return h(
    'ul',
    { class: 'totals', 'aria-label': 'Meals per shift' },
    ...summary.shifts.map((s) =>
      h(
        'li',
        { class: 'total', 'data-shift': s.shift.namaShift },
        h('span', { class: 'total__shift' }, s.shift.namaShift),
        h('span', { class: 'total__figure' }, h('strong', {}, s.mealsToPrepare), ' to prepare'),
        h('span', { class: 'total__figure' }, h('strong', {}, s.mealsToDeliver), ' to deliver'),
      ),
    ),
  );
}

function approvalNote(order: Order): HTMLElement | null {
  if (order.statusPesanan !== 'MENUNGGU_PERSETUJUAN') return null;
  const request =
    order.approvalRequestType === 'EDIT'
      ? `Edit requested: ${order.jumlahPesananAwal ?? '?'} → ${order.jumlahPesanan} meals`
      : 'Rejection requested';
  return h(
    'p',
    { class: 'card__approval' },
    h('strong', {}, request),
    order.catatanDapur ? ` — “${order.catatanDapur}”` : '',
  );
}

function countOnly(summary: KitchenSummary | null, column: Column): string {
  if (!summary) return 'Handed to delivery';
  const counts = summary.shifts.flatMap((s) => s.byStatus.filter((c) => column.statuses.includes(c.status)));
  const orders = counts.reduce((sum, c) => sum + c.orders, 0);
  const meals = counts.reduce((sum, c) => sum + c.meals, 0);
  return `${orders} ${orders === 1 ? 'order' : 'orders'} · ${meals} meals waiting for delivery`;
}

interface CardEntry {
  signature: string;
  element: HTMLElement;
}

interface ColumnParts {
  column: Column;
  list: HTMLElement;
  count: HTMLElement;
}

/** One board on the page; `update` brings the DOM in line with the view, touching only what changed. */
export class BoardRenderer {
  private readonly totalsSlot = h('div', { class: 'totals-slot' });
  private readonly connection = h('p', { class: 'connection', role: 'status', id: 'connection' });
  private readonly sound = h('button', { type: 'button', class: 'sound' });
  private readonly columns: ColumnParts[];
  private readonly cards = new Map<number, CardEntry>();
  private totalsSignature = '';

  constructor(
    root: HTMLElement,
    view: BoardView,
    private readonly handlers: BoardHandlers,
  ) {
    this.sound.addEventListener('click', handlers.toggleSound);
    const signOut = h('button', { type: 'button', class: 'sign-out' }, 'Sign out');
    signOut.addEventListener('click', handlers.signOut);
    const columns = columnsFor(view.user.role);
    this.columns = columns.map((column) => ({
      column,
      list: column.cards ? h('ol', { class: 'cards' }) : h('p', { class: 'column__count-only' }),
      count: h('span', { class: 'column__count' }),
    }));
    root.replaceChildren(
      h(
        'header',
        { class: 'top' },
        h('h1', {}, `${boardTitle(view.user.role)} board`),
        filters(view, handlers),
        this.totalsSlot,
        this.connection,
        this.sound,
        h('span', { class: 'who' }, view.user.namaLengkap),
        signOut,
      ),
      h(
        'main',
        { class: `board board--${view.user.role.toLowerCase()}` },
        ...this.columns.map(({ column, list, count }) =>
          h(
            'section',
            {
              class: `column column--${column.id}`,
              'aria-labelledby': `column-${column.id}`,
              'data-column': column.id,
            },
            h(
              'h2',
              { id: `column-${column.id}` },
              h('span', {}, column.title, h('span', { class: 'column__code' }, column.statuses.join(' + '))),
              column.cards ? count : null,
            ),
            list,
          ),
        ),
      ),
    );
  }

  update(view: BoardView): void {
    const totalsSignature = JSON.stringify(view.summary);
    if (totalsSignature !== this.totalsSignature) {
      this.totalsSignature = totalsSignature;
      this.totalsSlot.replaceChildren(totals(view.summary));
    }
    this.connection.className = `connection connection--${view.connection.kind}`;
    this.connection.textContent = connectionText(view.connection);
    this.sound.setAttribute('aria-pressed', String(view.soundOn));
    this.sound.textContent = view.soundOn ? 'Sound on' : 'Sound off';
    const seen = new Set<number>();
    for (const { column, list, count } of this.columns) {
      if (!column.cards) {
        list.textContent = countOnly(view.summary, column);
        continue;
      }
      const orders = view.state.inColumn(column);
      count.textContent = String(orders.length);
      count.setAttribute('aria-label', `${orders.length} orders`);
      const items = orders.map((order) => {
        seen.add(order.id);
        return this.card(view, order);
      });
      const current = [...list.children];
      if (current.length !== items.length || current.some((child, i) => child !== items[i])) {
        const focused = document.activeElement;
        list.replaceChildren(...items);
        if (focused instanceof HTMLElement && focused.isConnected && document.activeElement !== focused)
          focused.focus();
      }
    }
    for (const id of [...this.cards.keys()]) if (!seen.has(id)) this.cards.delete(id);
  }

  private card(view: BoardView, order: Order): HTMLElement {
    const message = view.messages.get(order.id) ?? '';
    const busy = view.busy.has(order.id);
    const signature = JSON.stringify([order, message, busy, age(order.waktuDibuat, view.now)]);
    const known = this.cards.get(order.id);
    if (known?.signature === signature) return known.element;
    const element = this.buildCard(view, order, message, busy);
    // Keep the keyboard where it was when a card is redrawn (same order, same button).
    const focusedKind = known?.element.contains(document.activeElement)
      ? (document.activeElement as HTMLElement).dataset.action
      : undefined;
    known?.element.replaceWith(element);
    if (focusedKind) element.querySelector<HTMLElement>(`[data-action="${focusedKind}"]`)?.focus();
    this.cards.set(order.id, { signature, element });
    return element;
  }

  private buildCard(view: BoardView, order: Order, message: string, busy: boolean): HTMLElement {
    const buttons = actionsFor(view.user.role, order.statusPesanan).map((action) => {
      const button = h(
        'button',
        {
          type: 'button',
          class: `action action--${action.kind}`,
          'data-action': action.kind,
          'aria-label': `${action.label} ${order.kodePesanan}`,
          disabled: busy,
        },
        action.label,
      );
      button.addEventListener('click', () => this.handlers.act(order, action));
      return button;
    });
    return h(
      'li',
      {},
      h(
        'article',
        {
          class: `card status-${order.statusPesanan}`,
          'data-kode': order.kodePesanan,
          'data-status': order.statusPesanan,
          'aria-label': `${order.kodePesanan}, ${STATUS_TEXT[order.statusPesanan]}`,
        },
        h(
          'div',
          { class: 'card__head' },
          h('span', { class: 'card__code' }, order.kodePesanan),
          h('span', { class: 'badge' }, STATUS_TEXT[order.statusPesanan]),
        ),
        h(
          'div',
          { class: 'card__body' },
          h('p', { class: 'card__qty' }, h('strong', {}, order.jumlahPesanan), ' meals'),
          h(
            'div',
            {},
            h('p', { class: 'card__meta' }, `${order.department.namaDivisi} · ${order.shift.namaShift}`),
            h(
              'p',
              { class: 'card__who' },
              `${order.pemesan.namaLengkap} · ${age(order.waktuDibuat, view.now)}`,
            ),
          ),
        ),
        approvalNote(order),
        message ? h('p', { class: 'card__message', role: 'alert' }, message) : null,
        buttons.length ? h('div', { class: 'card__actions' }, ...buttons) : null,
      ),
    );
  }
}
