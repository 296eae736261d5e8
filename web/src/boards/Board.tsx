// The kitchen's, delivery's and administrators' board for one date (today by default) and optionally one
// department, kept exact by the event stream. On a wall screen it never scrolls as a page: each column shows as
// many cards as fit (compact when crowded), oldest first, and says how many more there are. On a phone the
// columns stack and the page scrolls.
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useLayoutEffect, useReducer, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { problemOf } from '../api/errors';
import { problemText } from '../app/problem-text';
import { useSession } from '../app/session-context';
import type { KitchenSummaryQuery } from '../gql/graphql';
import { businessDate } from '../i18n/locale';
import { useLive } from '../live/live';
import { statusText } from '../orders/status';
import { type Action, BoardState, type Column, columnsFor, fitCards, type Order } from './board-model';
import { BoardCard } from './BoardCard';
import {
  BoardOrderDoc,
  BoardOrdersDoc,
  DecideApprovalDoc,
  DepartmentsDoc,
  KitchenSummaryDoc,
  RequestEditDoc,
  RequestRejectionDoc,
  UpdateStatusDoc,
} from './operations';
import { RequestDialog, type RequestAnswer } from './RequestDialog';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Card heights in pixels (styles.css: .card and .card--compact, with the gap) and the "N more" line. */
const SIZES = { normal: 178, compact: 104, more: 44 };

function readFilter(params: URLSearchParams): { tanggal: string; departmentId: number | null } {
  const tanggal = params.get('tanggal');
  const department = Number(params.get('department'));
  return {
    tanggal: tanggal && DATE.test(tanggal) ? tanggal : businessDate(),
    departmentId: Number.isInteger(department) && department > 0 ? department : null,
  };
}

/** Whether the page is a wall screen (wide): then columns fit the viewport instead of scrolling. */
function useWide(): boolean {
  const query = '(min-width: 1024px)';
  const [wide, setWide] = useState(() => matchMedia(query).matches);
  useEffect(() => {
    const list = matchMedia(query);
    const change = () => setWide(list.matches);
    list.addEventListener('change', change);
    return () => list.removeEventListener('change', change);
  }, []);
  return wide;
}

export function Board({ kiosk = false }: { kiosk?: boolean }) {
  const intl = useIntl();
  const client = useApolloClient();
  const live = useLive();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const filter = readFilter(params);
  const [state, setState] = useState(() => new BoardState(user.role, filter));
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const [summary, setSummary] = useState<KitchenSummaryQuery['kitchenSummary'] | null>(null);
  const [messages, setMessages] = useState<Map<number, string>>(new Map());
  const [busy, setBusy] = useState<Set<number>>(new Set());
  const [asking, setAsking] = useState<{ order: Order; action: Action } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [now, setNow] = useState(() => new Date());
  const departments = useQuery(DepartmentsDoc).data?.departments ?? [];
  const wide = useWide();
  const columns = columnsFor(user.role);

  // A new filter: a new board.
  const filterKey = `${filter.tanggal}|${filter.departmentId ?? ''}`;
  useEffect(() => {
    if (state.filter.tanggal !== filter.tanggal || state.filter.departmentId !== filter.departmentId)
      setState(new BoardState(user.role, filter));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filterKey]);

  const summaryTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const refreshSummary = useCallback(() => {
    if (summaryTimer.current !== undefined) return;
    summaryTimer.current = setTimeout(() => {
      summaryTimer.current = undefined;
      client
        .query({
          query: KitchenSummaryDoc,
          variables: { tanggal: state.filter.tanggal, departmentId: state.filter.departmentId },
          fetchPolicy: 'network-only',
        })
        .then((result) => setSummary(result.data?.kitchenSummary ?? null))
        .catch(() => undefined);
    }, 200);
  }, [client, state]);

  const reload = useCallback(async () => {
    const { tanggal, departmentId } = state.filter;
    const orders: Order[] = [];
    for (let page = 1; ; page++) {
      const result = await client.query({
        query: BoardOrdersDoc,
        variables: {
          filter: { tanggalMulai: tanggal, tanggalAkhir: tanggal, ...(departmentId ? { departmentId } : {}) },
          page,
        },
        fetchPolicy: 'network-only',
      });
      if (!result.data) break;
      orders.push(...result.data.orders.items);
      if (page >= result.data.orders.totalPages) break;
    }
    state.replaceAll(orders);
    document.body.dataset.boardLoaded = filterKey;
    redraw();
    refreshSummary();
  }, [client, state, refreshSummary, filterKey]);

  // `live` is a new value at every change of the connection's state; listening (and loading) must not follow it,
  // or every drop would reload the lists instead of resuming the stream from its cursor.
  const listen = useRef(live);
  useEffect(() => {
    listen.current = live;
  }, [live]);
  useEffect(() => {
    // Events from the moment the board loads: they carry each order's state after the change.
    const stopEvents = listen.current.onEvent((event) => {
      state.apply(event.order);
      redraw();
      refreshSummary();
    });
    const stopResync = listen.current.onResync(() => void reload());
    void reload().catch((error: unknown) => setProblem(problemText(intl, problemOf(error))));
    return () => {
      stopEvents();
      stopResync();
    };
  }, [state, reload, refreshSummary, intl]);

  useEffect(() => {
    // After a reconnect the stream resumes by itself; the totals and ages are refreshed on a timer too (the
    // kitchen hears no event when delivery picks an order up).
    if (live.connection.kind === 'live') refreshSummary();
  }, [live.connection.kind, refreshSummary]);
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(new Date());
      refreshSummary();
    }, 30_000);
    return () => clearInterval(timer);
  }, [refreshSummary]);

  const say = (order: Order, message: string) => {
    setMessages((current) => new Map(current).set(order.id, message));
    setTimeout(
      () =>
        setMessages((current) => {
          const next = new Map(current);
          next.delete(order.id);
          return next;
        }),
      8_000,
    );
  };

  const run = async (order: Order, work: () => Promise<Order | undefined>) => {
    setBusy((current) => new Set(current).add(order.id));
    try {
      // A network failure is retried once (the answer may simply have been lost); the server's refusals are not.
      const changed = await work().catch((error: unknown) => {
        if (problemOf(error).code === 'NETWORK') return work();
        throw error;
      });
      if (changed) state.apply(changed);
      redraw();
    } catch (error) {
      const problem = problemOf(error);
      if (problem.code === 'CONFLICT' || problem.code === 'NOT_FOUND') {
        // Another screen was first: the order as the server has it now.
        const now = await client
          .query({ query: BoardOrderDoc, variables: { id: order.id }, fetchPolicy: 'network-only' })
          .catch(() => null);
        const current = now?.data?.order;
        if (current) state.apply(current);
        else if (now) state.remove(order.id);
        redraw();
        say(
          current ?? order,
          current
            ? intl.formatMessage(
                { id: 'board.lostRace' },
                { status: statusText(intl, current.statusPesanan) },
              )
            : intl.formatMessage({ id: 'board.gone' }),
        );
      } else say(order, problemText(intl, problem));
    } finally {
      setBusy((current) => {
        const next = new Set(current);
        next.delete(order.id);
        return next;
      });
    }
  };

  const act = (order: Order, action: Action) => {
    const id = order.id;
    if (action.to) {
      const status = action.to;
      return void run(order, () =>
        client
          .mutate({ mutation: UpdateStatusDoc, variables: { id, status } })
          .then((r) => r.data?.updateOrderStatus),
      );
    }
    setAsking({ order, action });
  };

  const answer = (order: Order, action: Action, reply: RequestAnswer) => {
    const id = order.id;
    setAsking(null);
    void run(order, () => {
      if (action.kind === 'approve' || action.kind === 'reject')
        return client
          .mutate({
            mutation: DecideApprovalDoc,
            variables: {
              id,
              decision: action.kind === 'approve' ? 'APPROVED' : 'REJECTED',
              catatanAdmin: reply.note || null,
            },
          })
          .then((r) => r.data?.decideApproval);
      if (action.kind === 'requestEdit')
        return client
          .mutate({
            mutation: RequestEditDoc,
            variables: { id, jumlahPesananBaru: reply.quantity, catatanDapur: reply.note },
          })
          .then((r) => r.data?.requestOrderEdit);
      return client
        .mutate({ mutation: RequestRejectionDoc, variables: { id, catatanDapur: reply.note } })
        .then((r) => r.data?.requestOrderRejection);
    });
  };

  const setFilter = (tanggal: string, departmentId: number | null) => {
    const next = new URLSearchParams({
      tanggal,
      ...(departmentId ? { department: String(departmentId) } : {}),
    });
    setParams(next, { replace: true });
  };

  return (
    <section className={`board-page ${wide ? 'board-page--wide' : ''} ${kiosk ? 'board-page--kiosk' : ''}`}>
      <div className="board-top">
        <h1>
          <FormattedMessage id={`board.title.${user.role}`} />
        </h1>
        <div className="filters">
          <div className="field">
            <label htmlFor="filter-date">
              <FormattedMessage id="board.date" />
            </label>
            <input
              type="date"
              id="filter-date"
              value={state.filter.tanggal}
              onChange={(e) => e.target.value && setFilter(e.target.value, state.filter.departmentId)}
            />
          </div>
          <div className="field">
            <label htmlFor="filter-department">
              <FormattedMessage id="board.department" />
            </label>
            <select
              id="filter-department"
              value={state.filter.departmentId ?? ''}
              onChange={(e) =>
                setFilter(state.filter.tanggal, e.target.value ? Number(e.target.value) : null)
              }
            >
              <option value="">{intl.formatMessage({ id: 'board.allDepartments' })}</option>
              {departments.map((d) => (
                <option key={d.id} value={d.id} dir="auto">
                  {d.namaDivisi}
                </option>
              ))}
            </select>
          </div>
        </div>
        <Totals summary={summary} />
      </div>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <div className={`board board--${user.role.toLowerCase()}`}>
        {columns.map((column) => (
          <BoardColumn
            key={column.id}
            column={column}
            orders={state.inColumn(column)}
            summary={summary}
            fit={wide}
            render={(order, compact) => (
              <BoardCard
                key={order.id}
                order={order}
                role={user.role}
                compact={compact}
                now={now}
                busy={busy.has(order.id)}
                message={messages.get(order.id) ?? ''}
                onAction={(action) => act(order, action)}
              />
            )}
          />
        ))}
      </div>
      {asking && (
        <RequestDialog
          order={asking.order}
          action={asking.action}
          onCancel={() => setAsking(null)}
          onAnswer={(reply) => answer(asking.order, asking.action, reply)}
        />
      )}
    </section>
  );
}

function Totals({ summary }: { summary: KitchenSummaryQuery['kitchenSummary'] | null }) {
  const intl = useIntl();
  if (!summary)
    return (
      <p className="totals totals--none">
        <FormattedMessage id="board.noTotals" />
      </p>
    );
  return (
    <ul className="totals" aria-label={intl.formatMessage({ id: 'board.totals' })}>
      {summary.shifts.map((s) => (
        <li key={s.shift.id} className="total" data-shift={s.shift.namaShift}>
          <bdi className="total__shift">{s.shift.namaShift}</bdi>
          <span className="total__figure">
            <FormattedMessage
              id="board.toPrepare"
              values={{ count: s.mealsToPrepare, b: (chunks) => <strong>{chunks}</strong> }}
            />
          </span>
          <span className="total__figure">
            <FormattedMessage
              id="board.toDeliver"
              values={{ count: s.mealsToDeliver, b: (chunks) => <strong>{chunks}</strong> }}
            />
          </span>
        </li>
      ))}
    </ul>
  );
}

function BoardColumn({
  column,
  orders,
  summary,
  fit,
  render,
}: {
  column: Column;
  orders: Order[];
  summary: KitchenSummaryQuery['kitchenSummary'] | null;
  fit: boolean;
  render: (order: Order, compact: boolean) => React.ReactNode;
}) {
  const intl = useIntl();
  const list = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(0);
  useLayoutEffect(() => {
    const element = list.current;
    if (!element || !fit) return setHeight(0);
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    setHeight(element.clientHeight);
    return () => observer.disconnect();
  }, [fit]);
  const title = intl.formatMessage({ id: `board.column.${column.id}` });
  if (!column.cards) {
    const counts =
      summary?.shifts.flatMap((s) => s.byStatus.filter((c) => column.statuses.includes(c.status))) ?? [];
    const orderCount = counts.reduce((sum, c) => sum + c.orders, 0);
    const meals = counts.reduce((sum, c) => sum + c.meals, 0);
    return (
      <section
        className={`column column--${column.id}`}
        aria-labelledby={`column-${column.id}`}
        data-column={column.id}
      >
        <h2 id={`column-${column.id}`}>{title}</h2>
        <p className="column__count-only">
          {summary ? (
            <FormattedMessage id="board.handedOver" values={{ orders: orderCount, meals }} />
          ) : (
            <FormattedMessage id="board.handedOverNoCount" />
          )}
        </p>
      </section>
    );
  }
  const { shown, compact } = fit
    ? fitCards(orders.length, height, SIZES)
    : { shown: orders.length, compact: false };
  const hidden = orders.length - shown;
  return (
    <section
      className={`column column--${column.id} ${compact ? 'column--compact' : ''}`}
      aria-labelledby={`column-${column.id}`}
      data-column={column.id}
    >
      <h2 id={`column-${column.id}`}>
        <span>{title}</span>
        <span
          className="column__count"
          aria-label={intl.formatMessage({ id: 'board.count' }, { count: orders.length })}
        >
          {orders.length}
        </span>
      </h2>
      <div className="column__body" ref={list}>
        <ol className="cards">{orders.slice(0, shown).map((order) => render(order, compact))}</ol>
        {hidden > 0 && (
          <p className="column__more" data-more={hidden}>
            <FormattedMessage id="board.more" values={{ count: hidden }} />
          </p>
        )}
      </div>
    </section>
  );
}
