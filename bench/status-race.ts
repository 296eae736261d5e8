// Concurrent status transitions: ten kitchen clients press "accept" (MENUNGGU → IN_PROGRESS) on the same order at
// once, for 200 orders in turn. Exactly one of each ten must win; the others must get CONFLICT.
import { BenchEnvironment } from './support/environment';
import { insertOrders } from './support/fixtures';
import { BenchResult } from './support/report';
import { perSecond, summarize } from './support/stats';

const ACCEPT = 'mutation($id: Int!) { updateOrderStatus(id: $id, status: IN_PROGRESS) { id statusPesanan } }';

export interface StatusRaceOptions {
  orders: number;
  clicks: number;
}

export async function statusRace(
  env: BenchEnvironment,
  options: StatusRaceOptions = { orders: 200, clicks: 10 },
): Promise<BenchResult[]> {
  const bench = await env.startApp('status_race');
  try {
    const ids = await insertOrders(bench, { count: options.orders, status: 'MENUNGGU' });
    const token = await bench.login('KIT001');
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
        Array.from({ length: options.clicks }, async () => {
          const clickStarted = performance.now();
          const response = await bench.client.request(ACCEPT, { id }, token);
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
      `SELECT count(*)::int AS count FROM transaction_pesanan WHERE status_pesanan = 'IN_PROGRESS' AND version = 2`,
    );
    const attempts = options.orders * options.clicks;
    const others = [...otherErrors].map(([code, count]) => `${count} ${code}`).join(', ');
    return [
      {
        benchmark: 'status race',
        workload: `${options.orders} orders × ${options.clicks} simultaneous accepts (kitchen); latency per click`,
        throughput: perSecond(attempts, elapsed),
        latency: summarize(latencies),
        sql: `${(statements / attempts).toFixed(1)} per click`,
        result: `exactly one winner: ${oneWinner}/${options.orders}; ${conflicts} CONFLICT${
          others ? `, ${others}` : ''
        }; rows IN_PROGRESS once: ${stored.count}; ${(elapsed / 1000).toFixed(1)} s total, p95 round ${summarize(
          rounds,
        ).p95.toFixed(1)} ms`,
      },
    ];
  } finally {
    await bench.stop();
  }
}
