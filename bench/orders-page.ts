// HTTP latency and throughput of the heaviest common read: a page of 100 orders with every nested relation, as the
// administrator (who sees all orders), over 10,000 orders; and the SQL statements one such request costs.
import { BenchEnvironment } from './support/environment';
import { insertOrders } from './support/fixtures';
import { closedLoop } from './support/http';
import { BenchResult } from './support/report';
import { perSecond, summarize } from './support/stats';

export const ORDERS_PAGE = `query OrdersPage($limit: Int, $page: Int) {
  orders(limit: $limit, page: $page) {
    total
    items {
      id kodePesanan statusPesanan tanggalPesanan jumlahPesanan waktuDibuat catatanDapur
      pemesan { id nomorIndukKaryawan namaLengkap department { id namaDivisi } jabatan { id namaJabatan department { id namaDivisi } } }
      department { id namaDivisi }
      shift { id namaShift jamMulai jamSelesai }
      requestedBy { id namaLengkap }
      approvedBy { id namaLengkap }
    }
  }
}`;

interface OrdersPage {
  orders: { total: number; items: { id: number }[] };
}

export interface OrdersPageOptions {
  orders: number;
  requests: number;
  concurrency: number;
}

export async function ordersPage(
  env: BenchEnvironment,
  options: OrdersPageOptions = { orders: 10_000, requests: 1_000, concurrency: 10 },
): Promise<BenchResult[]> {
  const bench = await env.startApp('orders_page');
  try {
    await insertOrders(bench, { count: options.orders });
    const token = await bench.login('ADM001');

    // Statements of one request at a time, for pages of 1, 10 and 100 orders: the count must not grow with the page.
    const statementsFor = async (limit: number): Promise<number[]> => {
      const counts: number[] = [];
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const before = bench.statements();
        const data = await bench.client.ok<OrdersPage>(ORDERS_PAGE, { limit, page: 1 }, token);
        counts.push(bench.statements() - before);
        if (data.orders.items.length !== limit || data.orders.total !== options.orders)
          throw new Error(
            `Expected ${limit} of ${options.orders} orders, got ${JSON.stringify(data.orders.total)}`,
          );
      }
      return counts;
    };
    const byLimit = new Map<number, number[]>();
    for (const limit of [1, 10, 100]) byLimit.set(limit, await statementsFor(limit));
    const hundred = byLimit.get(100) ?? [];
    const constant = new Set([...byLimit.values()].flat()).size === 1;

    const run = (requests: number, page: (index: number) => number) =>
      closedLoop(requests, options.concurrency, async (index) => {
        const response = await bench.client.request<OrdersPage>(
          ORDERS_PAGE,
          { limit: 100, page: page(index) },
          token,
        );
        if (response.errors.length || response.data?.orders.items.length !== 100)
          throw new Error(`Bad page: ${JSON.stringify(response.errors)}`);
      });
    await run(Math.min(100, options.requests), () => 1); // warm-up: JIT, pool connections, PostgreSQL caches

    const results: BenchResult[] = [];
    const pages = Math.floor(options.orders / 100);
    for (const [label, page, requests] of [
      ['page 1', () => 1, options.requests],
      [`pages 1–${pages} in turn`, (index: number) => 1 + (index % pages), Math.ceil(options.requests / 2)],
    ] as const) {
      const loop = await run(requests, page);
      results.push({
        benchmark: 'orders page (HTTP)',
        workload: `${requests} × orders(limit: 100) ${label}, all nested fields, admin, ${options.orders.toLocaleString('en')} orders, ${options.concurrency} concurrent`,
        throughput: perSecond(loop.latencies.length, loop.elapsedMs),
        latency: summarize(loop.latencies),
        sql: `${hundred[0]} per request`,
        result: [
          loop.failures === 0 ? '0 errors' : `${loop.failures} errors: ${loop.firstFailure}`,
          ...(results.length
            ? []
            : [
                `statements for limit 1 / 10 / 100: ${[...byLimit.values()].map((counts) => counts.join(',')).join(' / ')} (${constant ? 'constant' : 'NOT constant'})`,
              ]),
        ].join('; '),
      });
    }
    return results;
  } finally {
    await bench.stop();
  }
}
