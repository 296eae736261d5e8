// createOrder under concurrency: many employees' clicks at once on one business date. Every create advances the
// date's counter row inside its transaction, so the creates serialise on that row; the codes must come out
// gap-free 001..N however the requests interleave.
import { calendarDate } from '../src/common/clock';
import { BenchEnvironment } from './support/environment';
import { closedLoop } from './support/http';
import { BenchResult } from './support/report';
import { perSecond, summarize } from './support/stats';

const CREATE =
  'mutation($input: CreateOrderInput!) { createOrder(input: $input) { id kodePesanan statusPesanan } }';

export interface CreateOrdersOptions {
  creates: number;
  concurrency: number;
}

export async function createOrders(
  env: BenchEnvironment,
  options: CreateOrdersOptions = { creates: 500, concurrency: 20 },
): Promise<BenchResult[]> {
  const bench = await env.startApp('create_orders');
  try {
    const tokens = [await bench.login('EMP001'), await bench.login('EMP002')];
    const zone = bench.app.deps.config.appTimezone;
    const dayAfterToday = (days: number) => calendarDate(new Date(Date.now() + days * 86_400_000), zone);
    const run = async (dateOf: (index: number) => string) => {
      const codes: string[] = [];
      const before = bench.statements();
      const loop = await closedLoop(options.creates, options.concurrency, async (index) => {
        const data = await bench.client.ok<{ createOrder: { kodePesanan: string } }>(
          CREATE,
          {
            input: {
              shiftId: 1 + (index % 3),
              jumlahPesanan: 1 + (index % 10),
              tanggalPesanan: dateOf(index),
            },
          },
          tokens[index % tokens.length],
        );
        codes.push(data.createOrder.kodePesanan);
      });
      return { loop, codes, statements: (bench.statements() - before) / options.creates };
    };

    // Every create on one date (tomorrow in the business time zone): all of them advance the same counter row.
    const tanggal = dayAfterToday(1);
    const oneDate = await run(() => tanggal);
    const stored = await bench.sql<{ kode_pesanan: string }>(
      'SELECT kode_pesanan FROM transaction_pesanan WHERE tanggal_pesanan = $1 ORDER BY kode_pesanan',
      [tanggal],
    );
    const prefix = `PM-${tanggal.replace(/-/g, '')}-`;
    const expected = Array.from(
      { length: options.creates },
      (_, index) => `${prefix}${String(index + 1).padStart(3, '0')}`,
    );
    const returned = [...oneDate.codes].sort();
    const gapFree =
      oneDate.loop.failures === 0 &&
      stored.length === expected.length &&
      stored.every((row, index) => row.kode_pesanan === expected[index]) &&
      returned.every((code, index) => code === expected[index]);

    // The same load spread over 20 dates (20 counter rows): shows what the one shared row costs.
    const spread = await run((index) => dayAfterToday(2 + (index % 20)));

    const row = (label: string, measured: typeof oneDate, result: string): BenchResult => ({
      benchmark: 'createOrder',
      workload: `${options.creates} creates ${label}, 2 employees, ${options.concurrency} concurrent`,
      throughput: perSecond(measured.loop.latencies.length, measured.loop.elapsedMs),
      latency: summarize(measured.loop.latencies),
      sql: `${measured.statements.toFixed(1)} per create`,
      result: measured.loop.failures
        ? `${measured.loop.failures} errors: ${measured.loop.firstFailure}`
        : result,
    });
    return [
      row(
        'on one date',
        oneDate,
        `codes gap-free 001..${String(options.creates).padStart(3, '0')}: ${gapFree ? 'yes' : 'NO'}`,
      ),
      row('spread over 20 dates (for comparison)', spread, '0 errors'),
    ];
  } finally {
    await bench.stop();
  }
}
