// Concurrent changes of one order: ten clients press at once, for 200 orders in turn. First ten kitchen "accept"
// clicks (MENUNGGU → IN_PROGRESS); then five accepts and five administrators' cancellations (MENUNGGU → DIBATALKAN),
// which the workflow allows one after the other (an administrator may cancel an accepted order), so only acting on
// the order as each request first read it keeps it to one winner. Exactly one of each ten must win; the others must
// get CONFLICT, and each row must move once.
import { BenchApp, BenchEnvironment } from './support/environment';
import { insertOrders } from './support/fixtures';
import { BenchResult } from './support/report';
import { perSecond, summarize } from './support/stats';

const ACCEPT = 'mutation($id: Int!) { updateOrderStatus(id: $id, status: IN_PROGRESS) { id statusPesanan } }';
const CANCEL =
  'mutation($id: Int!) { cancelOrder(id: $id, alasan: "Cancelled by the benchmark") { id statusPesanan } }';

export interface StatusRaceOptions {
  orders: number;
  clicks: number;
}

interface Click {
  query: string;
  token: string;
}

/** One workload: `clicks(round)` are sent together on each order in turn. */
async function race(
  bench: BenchApp,
  options: StatusRaceOptions,
  workload: string,
  clicks: Click[],
  codePrefix: string,
): Promise<BenchResult> {
  const ids = await insertOrders(bench, { count: options.orders, status: 'MENUNGGU', codePrefix });
  const latencies: number[] = [];
  const rounds: number[] = [];
  const otherErrors = new Map<string, number>();
  let oneWinner = 0;
  let conflicts = 0;
  const before = bench.statements();
  const started = performance.now();
  for (const id of ids) {
    const roundStarted = performance.now();
    const outcomes = await Promise.all(
      clicks.map(async (click) => {
        const clickStarted = performance.now();
        const response = await bench.client.request(click.query, { id }, click.token);
        latencies.push(performance.now() - clickStarted);
        return response.errors.length ? (response.errors[0].extensions?.code ?? 'UNKNOWN') : 'OK';
      }),
    );
    rounds.push(performance.now() - roundStarted);
    const wins = outcomes.filter((outcome) => outcome === 'OK').length;
    if (wins === 1) oneWinner += 1;
    for (const outcome of outcomes) {
      if (outcome === 'CONFLICT') conflicts += 1;
      else if (outcome !== 'OK') otherErrors.set(outcome, (otherErrors.get(outcome) ?? 0) + 1);
    }
  }
  const elapsed = performance.now() - started;
  const statements = bench.statements() - before;
  const [stored] = await bench.sql<{ count: number }>(
    `SELECT count(*)::int AS count FROM transaction_pesanan WHERE id = ANY($1) AND version = 2`,
    [ids],
  );
  const attempts = options.orders * clicks.length;
  const others = [...otherErrors].map(([code, count]) => `${count} ${code}`).join(', ');
  return {
    benchmark: 'status race',
    workload,
    throughput: perSecond(attempts, elapsed),
    latency: summarize(latencies),
    sql: `${(statements / attempts).toFixed(1)} per click`,
    result: `exactly one winner: ${oneWinner}/${options.orders}; ${conflicts} CONFLICT${
      others ? `, ${others}` : ''
    }; rows changed once: ${stored.count}; ${(elapsed / 1000).toFixed(1)} s total, p95 round ${summarize(
      rounds,
    ).p95.toFixed(1)} ms`,
  };
}

export async function statusRace(
  env: BenchEnvironment,
  options: StatusRaceOptions = { orders: 200, clicks: 10 },
): Promise<BenchResult[]> {
  const bench = await env.startApp('status_race');
  try {
    const kitchen = await bench.login('KIT001');
    const admin = await bench.login('ADM001');
    const accepts = Array.from({ length: options.clicks }, () => ({ query: ACCEPT, token: kitchen }));
    const mixed = accepts.map((click, index) => (index % 2 ? { query: CANCEL, token: admin } : click));
    return [
      await race(
        bench,
        options,
        `${options.orders} orders × ${options.clicks} simultaneous accepts (kitchen); latency per click`,
        accepts,
        '',
      ),
      await race(
        bench,
        options,
        `${options.orders} orders × ${options.clicks / 2} accepts + ${options.clicks / 2} administrator cancels, simultaneous; latency per click`,
        mixed,
        'MIX',
      ),
    ];
  } finally {
    await bench.stop();
  }
}
