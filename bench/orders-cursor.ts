// Cursor pages at depth: over 1,000,000 orders, page 1,000 of 100 orders read by cursor (first/after) must cost
// about what page 1 costs (target: within 1.2×, as the median of the per-round p50 ratios), where the same page by
// number (OFFSET 99,900) reads and skips every row before it. As the administrator (every order) and as an
// employee (their own 200,000: the row scope), with every nested field; the three reads take turns, one request at
// a time, so that the machine's load colours all three alike. Before measuring, the cursor page must hold the same
// orders as the numbered page. Each page's statement is also run under EXPLAIN ANALYZE (the very text and values
// the server sent) for its scans and the buffers it touched.
import { BenchApp, BenchEnvironment, SeedNik } from './support/environment';
import { insertOrders } from './support/fixtures';
import { closedLoop } from './support/http';
import { BenchResult } from './support/report';
import { percentile, summarize } from './support/stats';

/** BENCH_CURSOR_ORDERS makes a quick trial smaller; the page read is then nearer the middle of the employee's list. */
const ORDERS = Number(process.env.BENCH_CURSOR_ORDERS ?? 1_000_000);
const PAGE = Math.min(1_000, Math.floor(ORDERS / 5 / 100 / 2));
const LIMIT = 100;
const ROUNDS = 9;
const PER_ROUND = 15;

const WINDOW = `query OrdersWindow($first: Int, $after: String, $page: Int, $limit: Int) {
  orders(first: $first, after: $after, page: $page, limit: $limit) {
    items {
      id kodePesanan statusPesanan tanggalPesanan jumlahPesanan waktuDibuat catatanDapur
      pemesan { id nomorIndukKaryawan namaLengkap department { id namaDivisi } jabatan { id namaJabatan department { id namaDivisi } } }
      department { id namaDivisi }
      shift { id namaShift jamMulai jamSelesai }
      requestedBy { id namaLengkap }
      approvedBy { id namaLengkap }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface WindowData {
  orders: { items: { id: number }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

function scans(node: PlanNode, into: string[] = []): string[] {
  if (/Scan/.test(node['Node Type']) && (node['Index Name'] ?? node['Relation Name'])?.includes('pesanan'))
    into.push(`${node['Node Type']} ${node['Index Name'] ?? node['Relation Name'] ?? ''}`.trim());
  for (const child of node.Plans ?? []) scans(child, into);
  return into;
}

/** The page statement of the next request (the one that builds the orders as JSON), as the server sent it. */
function capturePageStatement(bench: BenchApp): () => { text: string; values: unknown[] } | null {
  const logger = bench.dataSource.logger;
  const original = logger.logQuery.bind(logger);
  let captured: { text: string; values: unknown[] } | null = null;
  logger.logQuery = (query, parameters, runner) => {
    if (query.includes('json_agg'))
      captured = { text: query, values: Array.isArray(parameters) ? parameters : [] };
    return original(query, parameters, runner);
  };
  return () => captured;
}

async function explain(
  bench: BenchApp,
  statement: { text: string; values: unknown[] } | null,
): Promise<string> {
  if (!statement) return 'statement not captured';
  const [row] = await bench.sql<{ 'QUERY PLAN': { Plan: PlanNode; 'Execution Time': number }[] }>(
    `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${statement.text}`,
    statement.values,
  );
  const plan = row['QUERY PLAN'][0];
  const buffers = (plan.Plan['Shared Hit Blocks'] ?? 0) + (plan.Plan['Shared Read Blocks'] ?? 0);
  return `${[...new Set(scans(plan.Plan))].join(' + ')}, ${buffers} buffers, ${plan['Execution Time'].toFixed(1)} ms in PostgreSQL`;
}

export async function ordersCursor(env: BenchEnvironment): Promise<BenchResult[]> {
  const bench = await env.startApp('orders_cursor');
  try {
    const filled = performance.now();
    await insertOrders(bench, { count: ORDERS });
    const fillSeconds = (performance.now() - filled) / 1000;
    const lastStatement = capturePageStatement(bench);
    const results: BenchResult[] = [];
    for (const [nik, who] of [
      ['ADM001', 'admin (every order)'],
      ['EMP001', 'employee EMP001 (own orders: row scope)'],
    ] as [SeedNik, string][]) {
      const token = await bench.login(nik);
      const [{ own }] = await bench.sql<{ own: number }>(
        `SELECT count(*)::int AS own FROM transaction_pesanan
          WHERE $1::text = 'ADM001' OR karyawan_pemesan_id = (SELECT id FROM master_karyawan WHERE nomor_induk_karyawan = $1)`,
        [nik],
      );
      // Page 999 by number gives the cursor of its last row: the start of page 1,000.
      const previous = await bench.client.ok<WindowData>(WINDOW, { page: PAGE - 1, limit: LIMIT }, token);
      const after = previous.orders.pageInfo.endCursor;
      if (!after) throw new Error(`No cursor after page ${PAGE - 1}`);
      const depth = PAGE.toLocaleString('en');
      const reads = [
        { label: 'page 1 by cursor', call: `orders(first: ${LIMIT})`, variables: { first: LIMIT } },
        {
          label: `page ${depth} by cursor`,
          call: `orders(first: ${LIMIT}, after)`,
          variables: { first: LIMIT, after },
        },
        {
          label: `page ${depth} by number`,
          call: `orders(page: ${PAGE}, limit: ${LIMIT})`,
          variables: { page: PAGE, limit: LIMIT },
        },
      ];
      const ids = async (variables: Record<string, unknown>) =>
        (await bench.client.ok<WindowData>(WINDOW, variables, token)).orders.items.map((item) => item.id);
      const [cursorIds, numberIds] = [await ids(reads[1].variables), await ids(reads[2].variables)];
      if (cursorIds.length !== LIMIT || cursorIds.join() !== numberIds.join())
        throw new Error(`Page ${PAGE} by cursor differs from page ${PAGE} by number`);

      const plans: string[] = [];
      const statements: number[] = [];
      for (const read of reads) {
        const before = bench.statements();
        await ids(read.variables);
        statements.push(bench.statements() - before);
        plans.push(await explain(bench, lastStatement()));
      }

      // Samples per read and round: the target compares each round's medians, as the side-by-side benchmarks do
      // (steadier than one median over the whole run when the machine's load drifts).
      const rounds = reads.map(() => Array.from({ length: ROUNDS }, () => [] as number[]));
      const failures: string[] = [];
      const measure = (variables: Record<string, unknown>, into: number[] | null, count: number) =>
        closedLoop(count, 1, async () => {
          const response = await bench.client.request<WindowData>(WINDOW, variables, token);
          if (response.errors.length || response.data?.orders.items.length !== LIMIT)
            throw new Error(`Bad page: ${JSON.stringify(response.errors)}`);
        }).then((loop) => {
          into?.push(...loop.latencies);
          if (loop.firstFailure) failures.push(loop.firstFailure);
        });
      for (const read of reads) await measure(read.variables, null, 10); // warm-up
      for (let round = 0; round < ROUNDS; round += 1)
        for (let turn = 0; turn < reads.length; turn += 1) {
          const index = (round + turn) % reads.length;
          await measure(reads[index].variables, rounds[index][round], PER_ROUND);
        }

      const latencies = rounds.map((samples) => samples.flat());
      const p50 = latencies.map((samples) => summarize(samples).p50);
      /** The median over the rounds of (read's p50 in the round) / (page 1's p50 in the round). */
      const roundRatio = (index: number) =>
        percentile(
          rounds[index].map((samples, round) => summarize(samples).p50 / summarize(rounds[0][round]).p50),
          50,
        );
      reads.forEach((read, index) => {
        const ratio = roundRatio(index);
        const overall = `${(p50[index] / p50[0]).toFixed(2)}× over all samples`;
        const verdict =
          index === 1
            ? `**${ratio.toFixed(2)}× page 1** (median of per-round p50 ratios; ${overall}; target ≤ 1.2×: ${ratio <= 1.2 ? 'met' : 'NOT met'}); same orders as page ${depth} by number`
            : index === 2
              ? `${ratio.toFixed(2)}× page 1 (median of per-round p50 ratios; ${overall}), ${(p50[2] / p50[1]).toFixed(1)}× the cursor page`
              : 'the baseline';
        results.push({
          benchmark: 'orders by cursor (HTTP)',
          workload: `${read.call}: ${read.label}, every nested field + pageInfo, ${who}, ${own.toLocaleString('en')} of ${ORDERS.toLocaleString('en')} orders visible; ${ROUNDS} rounds × ${PER_ROUND}, the three in turn, 1 at a time`,
          throughput: '–',
          latency: summarize(latencies[index]),
          sql: `${statements[index]} per request`,
          result: [
            verdict,
            `plan: ${plans[index]}`,
            failures.length ? `errors: ${failures[0]}` : '0 errors',
            ...(results.length === 0
              ? [`fill: ${ORDERS.toLocaleString('en')} orders in ${fillSeconds.toFixed(0)} s`]
              : []),
          ].join('; '),
        });
      });
    }
    return results;
  } finally {
    await bench.stop();
  }
}
