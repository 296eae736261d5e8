// The display's entry: sign in (or resume from the refresh cookie), then the board of the signed-in role,
// kept live; the actions a card offers run here as mutations.
import { ApiError, createHttpClient, createStreamClient, mutate, query, withOneRetry } from './api';
import { Action, BoardState, STATUS_TEXT } from './board-model';
import { BoardRenderer, BoardView } from './board-view';
import { h } from './dom';
import { ConnectionState, LiveBoard } from './live';
import {
  DECIDE_APPROVAL,
  DEPARTMENTS,
  KitchenSummary,
  Order,
  ORDER,
  REQUEST_EDIT,
  REQUEST_REJECTION,
  SignedInUser,
  UPDATE_STATUS,
} from './operations';
import { askForRequest } from './request-dialog';
import { Session } from './session';
import { Chime } from './sound';

const root = document.getElementById('app') as HTMLElement;
const notice = document.getElementById('notice') as HTMLElement;
const session = new Session(() => http);
const http = createHttpClient(session);
const chime = new Chime();
let live: LiveBoard | null = null;
let ticker: ReturnType<typeof setInterval> | undefined;

/** Today in the server's APP_TIMEZONE (the page carries it), whatever the screen's own zone. */
function today(): string {
  const zone = document.querySelector<HTMLMetaElement>('meta[name="app-timezone"]')?.content || undefined;
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date());
}

let noticeTimer: ReturnType<typeof setTimeout> | undefined;

/** The line at the bottom (read out by screen readers): what just happened, for a few seconds. */
function say(message: string): void {
  notice.textContent = message;
  clearTimeout(noticeTimer);
  noticeTimer = setTimeout(() => (notice.textContent = ''), 8_000);
}

function showSignIn(error = ''): void {
  live?.stop();
  live = null;
  clearInterval(ticker);
  delete document.body.dataset.connection;
  const nik = h('input', { id: 'nik', name: 'nik', autocomplete: 'username', required: true });
  const password = h('input', {
    id: 'password',
    name: 'password',
    type: 'password',
    autocomplete: 'current-password',
    required: true,
  });
  const problem = h('p', { class: 'sign-in__error', role: 'alert', id: 'sign-in-error' }, error);
  const form = h(
    'form',
    { class: 'sign-in' },
    h('h1', {}, 'Pack Meal display'),
    h('label', { for: 'nik' }, 'NIK'),
    nik,
    h('label', { for: 'password' }, 'Password'),
    password,
    h('button', { type: 'submit' }, 'Sign in'),
    problem,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    problem.textContent = '';
    session
      .login(nik.value.trim(), password.value)
      .then((user) => startBoard(user))
      .catch((e: unknown) => {
        problem.textContent = e instanceof ApiError ? e.message : 'The server cannot be reached';
        password.value = '';
        password.focus();
      });
  });
  root.replaceChildren(form);
  nik.focus();
}

function readFilter(): { tanggal: string; departmentId: number | null } {
  const params = new URLSearchParams(location.search);
  const tanggal = params.get('tanggal');
  const department = Number(params.get('department'));
  return {
    tanggal: tanggal && /^\d{4}-\d{2}-\d{2}$/.test(tanggal) ? tanggal : today(),
    departmentId: Number.isInteger(department) && department > 0 ? department : null,
  };
}

async function startBoard(user: SignedInUser): Promise<void> {
  if (user.role === 'EMPLOYEE') {
    await session.logout();
    return showSignIn('This display is for the kitchen, delivery and administrators.');
  }
  const departments = await query<{ departments: BoardView['departments'] }>(http, DEPARTMENTS)
    .then((data) => data.departments)
    .catch(() => []);
  const stream = createStreamClient(session);
  // A board started while the socket is already up (a filter change) hears no `connected` event: it asks this.
  let streamUp = false;
  stream.on('connected', () => (streamUp = true));
  stream.on('closed', () => (streamUp = false));
  const view: BoardView = {
    state: new BoardState(user.role, readFilter()),
    user,
    departments,
    connection: { kind: 'connecting' },
    summary: null,
    soundOn: chime.enabled,
    messages: new Map(),
    busy: new Set(),
    now: new Date(),
  };
  let renderer: BoardRenderer | null = null;
  const draw = () => {
    view.now = new Date();
    renderer?.update(view);
  };
  const setMessage = (order: Order, message: string) => {
    view.messages.set(order.id, message);
    say(`${order.kodePesanan}: ${message}`);
    setTimeout(() => {
      view.messages.delete(order.id);
      draw();
    }, 8_000);
  };
  const act = async (order: Order, action: Action, run: () => Promise<Order>) => {
    view.busy.add(order.id);
    draw();
    try {
      view.state.apply(await withOneRetry(run));
      say(`${order.kodePesanan}: ${action.label} done`);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CONFLICT') {
        // Another screen was first: show the order as the server has it now.
        const now = await query<{ order: Order | null }>(http, ORDER, { id: order.id }).catch(() => null);
        if (now?.order) view.state.apply(now.order);
        else if (now) view.state.remove(order.id);
        const status = now?.order ? STATUS_TEXT[now.order.statusPesanan] : 'gone from this board';
        setMessage(now?.order ?? order, `Another screen was first: now ${status}`);
      } else if (error instanceof ApiError) setMessage(order, error.message);
      else setMessage(order, `${action.label} failed: the server cannot be reached`);
    } finally {
      view.busy.delete(order.id);
      draw();
    }
  };
  const handlers = {
    act: (order: Order, action: Action) => {
      const id = order.id;
      if (action.to) {
        const status = action.to;
        return void act(order, action, () =>
          mutate<{ updateOrderStatus: Order }>(http, UPDATE_STATUS, { id, status }).then(
            (d) => d.updateOrderStatus,
          ),
        );
      }
      if (action.kind === 'approve' || action.kind === 'reject') {
        const decision = action.kind === 'approve' ? 'APPROVED' : 'REJECTED';
        return void act(order, action, () =>
          mutate<{ decideApproval: Order }>(http, DECIDE_APPROVAL, { id, decision }).then(
            (d) => d.decideApproval,
          ),
        );
      }
      void askForRequest(order, action).then((answer) => {
        if (!answer) return;
        void act(order, action, () =>
          action.kind === 'requestEdit'
            ? mutate<{ requestOrderEdit: Order }>(http, REQUEST_EDIT, {
                id,
                jumlahPesananBaru: answer.quantity,
                catatanDapur: answer.note,
              }).then((d) => d.requestOrderEdit)
            : mutate<{ requestOrderRejection: Order }>(http, REQUEST_REJECTION, {
                id,
                catatanDapur: answer.note,
              }).then((d) => d.requestOrderRejection),
        );
      });
    },
    toggleSound: () => {
      view.soundOn = chime.toggle();
      draw();
    },
    signOut: () => {
      live?.stop();
      void stream.dispose();
      void session.logout().then(() => showSignIn());
    },
    filter: (tanggal: string, departmentId: number | null) => {
      const params = new URLSearchParams({
        tanggal,
        ...(departmentId ? { department: String(departmentId) } : {}),
      });
      history.replaceState(null, '', `${location.pathname}?${params}`);
      view.state = new BoardState(user.role, { tanggal, departmentId });
      void follow();
    },
  };
  renderer = new BoardRenderer(root, view, handlers);
  const listener = {
    changed: draw,
    connection: (state: ConnectionState) => {
      view.connection = state;
      document.body.dataset.connection = state.kind;
      draw();
    },
    summary: (summary: KitchenSummary | null) => {
      view.summary = summary;
      draw();
    },
    newOrder: () => chime.play(),
    problem: say,
  };
  async function follow(): Promise<void> {
    live?.stop();
    live = new LiveBoard(view.state, http, stream, listener);
    draw();
    await live.start(streamUp).catch((error: unknown) => say(`Could not load the orders: ${String(error)}`));
  }
  session.onEnded = () => {
    live?.stop();
    void stream.dispose();
    showSignIn('Your session ended: please sign in again.');
  };
  // The age on each card and the kitchen's READY count (its screen hears no event when delivery picks up).
  clearInterval(ticker);
  ticker = setInterval(() => {
    live?.refreshSummary();
    draw();
  }, 30_000);
  await follow();
}

async function boot(): Promise<void> {
  const user = await session.resume().catch(() => null);
  if (user) await startBoard(user);
  else showSignIn();
}

void boot();
