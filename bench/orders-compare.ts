// The orders page side by side with PostGraphile 4.14 and a hand-written one-statement endpoint, over the same
// database (10,000 orders), the same page and the same concurrency. The three systems take turns, round by round
// (the order rotating each round), so that a busy moment on this shared machine hits all of them alike; the
// table reports each system's median over the rounds and this server's RATIOS to the other two (the median of the
// per-round ratios), which are steadier than the absolute numbers. The clients run in a process of their own.
//
// Environment (shorter runs while iterating): BENCH_ROUNDS (default 3), BENCH_ROUND_SECONDS (default 5),
// BENCH_SYSTEMS (comma list of this,postgraphile,hand-written; e.g. `this` alone under node --cpu-prof).
import { BenchEnvironment } from './support/environment';
import { insertOrders } from './support/fixtures';
import { LoadProcess, LoadResult, LoadSpec } from './support/load';
import {
  HandWrittenRequest,
  ReferenceServer,
  startHandWritten,
  startPostGraphile,
} from './support/reference-servers';
import { BenchResult } from './support/report';
import { percentile, summarize } from './support/stats';

const SYSTEMS = ['this', 'postgraphile', 'hand-written'] as const;
type System = (typeof SYSTEMS)[number];

const BASIC_ITEM = `id kodePesanan statusPesanan tanggalPesanan jumlahPesanan waktuDibuat
      pemesan { id namaLengkap } department { id namaDivisi } shift { id namaShift }`;
const NESTED_ITEM = `id kodePesanan statusPesanan tanggalPesanan jumlahPesanan waktuDibuat catatanDapur
      pemesan { id nomorIndukKaryawan namaLengkap department { id namaDivisi } jabatan { id namaJabatan department { id namaDivisi } } }
      department { id namaDivisi } shift { id namaShift jamMulai jamSelesai }
      requestedBy { id namaLengkap } approvedBy { id namaLengkap }`;
const ours = (item: string) =>
  `query OrdersPage($limit: Int, $page: Int) { orders(limit: $limit, page: $page) { total items { ${item} } } }`;

// PostGraphile's names for the same tables and foreign keys (its default inflection).
const PG_BASIC_ITEM = `id kodePesanan statusPesanan tanggalPesanan jumlahPesanan waktuDibuat
      masterKaryawanByKaryawanPemesanId { id namaLengkap }
      masterDepartmentByDepartmentPemesanId { id namaDivisi } masterShiftByShiftId { id namaShift }`;
const PG_NESTED_ITEM = `id kodePesanan statusPesanan tanggalPesanan jumlahPesanan waktuDibuat catatanDapur
      masterKaryawanByKaryawanPemesanId { id nomorIndukKaryawan namaLengkap
        masterDepartmentByDepartmentId { id namaDivisi }
        masterJabatanByJabatanId { id namaJabatan masterDepartmentByDepartmentId { id namaDivisi } } }
      masterDepartmentByDepartmentPemesanId { id namaDivisi }
      masterShiftByShiftId { id namaShift jamMulai jamSelesai }
      masterKaryawanByRequestedById { id namaLengkap } masterKaryawanByApprovedById { id namaLengkap }`;
const postgraphileQuery = (item: string) =>
  `query OrdersPage($first: Int, $offset: Int, $condition: TransactionPesananCondition) {
    allTransactionPesanans(first: $first, offset: $offset, orderBy: [WAKTU_DIBUAT_DESC, ID_DESC], condition: $condition) {
      totalCount nodes { ${item} } } }`;

interface Workload {
  label: string;
  nested: boolean;
  /** The employee's own orders (row scope on) instead of the administrator's view of all. */
  own: boolean;
}

const WORKLOADS: Workload[] = [
  { label: 'pemesan, department, shift + total (admin)', nested: false, own: false },
  { label: 'every nested field + total (admin)', nested: true, own: false },
  {
    label: "an employee's own orders (row scope), pemesan, department, shift + total",
    nested: false,
    own: true,
  },
];

export interface OrdersCompareOptions {
  orders: number;
  concurrency: number;
  limit: number;
  rounds: number;
  roundSeconds: number;
  systems: readonly System[];
}

function optionsFromEnvironment(): OrdersCompareOptions {
  const systems = (process.env.BENCH_SYSTEMS ?? SYSTEMS.join(','))
    .split(',')
    .filter((name): name is System => (SYSTEMS as readonly string[]).includes(name));
  return {
    orders: 10_000,
    concurrency: 10,
    limit: 100,
    rounds: Number(process.env.BENCH_ROUNDS ?? 3),
    roundSeconds: Number(process.env.BENCH_ROUND_SECONDS ?? 5),
    systems,
  };
}

const median = (values: readonly number[]) => percentile(values, 50);

export async function ordersCompare(
  env: BenchEnvironment,
  options: OrdersCompareOptions = optionsFromEnvironment(),
): Promise<BenchResult[]> {
  const bench = await env.startApp('orders_compare');
  const references: ReferenceServer[] = [];
  const load = new LoadProcess();
  try {
    await insertOrders(bench, { count: options.orders });
    const databaseUrl = bench.app.deps.config.databaseUrl ?? '';
    const poolSize = 20; // the application's pool (src/database.ts)
    const postgraphile = await startPostGraphile(databaseUrl, poolSize);
    references.push(postgraphile);
    const handWritten = await startHandWritten(databaseUrl, poolSize);
    references.push(handWritten);
    const adminToken = await bench.login('ADM001');
    const employeeToken = await bench.login('EMP001');
    const employee = await bench.client.ok<{ me: { id: number } }>('{ me { id } }', {}, employeeToken);

    const specFor = (system: System, workload: Workload): LoadSpec => {
      const base = { concurrency: options.concurrency, durationMs: options.roundSeconds * 1000 };
      const page = { limit: options.limit, page: 1 };
      if (system === 'this')
        return {
          ...base,
          url: bench.graphqlUrl,
          headers: { authorization: `Bearer ${workload.own ? employeeToken : adminToken}` },
          body: JSON.stringify({ query: ours(workload.nested ? NESTED_ITEM : BASIC_ITEM), variables: page }),
        };
      if (system === 'postgraphile')
        return {
          ...base,
          url: postgraphile.url,
          headers: {},
          body: JSON.stringify({
            query: postgraphileQuery(workload.nested ? PG_NESTED_ITEM : PG_BASIC_ITEM),
            variables: {
              first: options.limit,
              offset: 0,
              condition: workload.own ? { karyawanPemesanId: employee.me.id } : null,
            },
          }),
        };
      const body: HandWrittenRequest = {
        ...page,
        nested: workload.nested,
        ownerId: workload.own ? employee.me.id : null,
      };
      return { ...base, url: handWritten.url, headers: {}, body: JSON.stringify(body) };
    };

    // The three must answer the same: the same total and the same order ids, in the same order.
    for (const workload of WORKLOADS) await checkSameAnswers(workload, options, specFor);

    const statements = await statementsPerRequest(bench, specFor('this', WORKLOADS[1]));
    const samples = new Map<string, LoadResult[]>();
    const key = (system: System, workload: Workload) => `${system}|${workload.label}`;
    // Warm-up: JIT, pools, PostgreSQL caches, for every system and page shape.
    for (const workload of WORKLOADS)
      for (const system of options.systems)
        await load.run({ ...specFor(system, workload), durationMs: 1000 });
    for (let round = 0; round < options.rounds; round += 1) {
      for (const workload of WORKLOADS) {
        const order = options.systems.map(
          (_, index) => options.systems[(index + round) % options.systems.length],
        );
        for (const system of order) {
          console.error(`orders-compare: round ${round + 1}, ${system}, ${workload.label}`);
          const result = await load.run(specFor(system, workload));
          samples.set(key(system, workload), [...(samples.get(key(system, workload)) ?? []), result]);
        }
      }
    }

    const rate = (result: LoadResult) => (result.latencies.length * 1000) / result.elapsedMs;
    const rows: BenchResult[] = [];
    for (const workload of WORKLOADS) {
      const ourRuns = samples.get(key('this', workload)) ?? [];
      for (const system of options.systems) {
        const runs = samples.get(key(system, workload)) ?? [];
        const rates = runs.map(rate);
        const ratios = (other: System) => {
          const theirs = samples.get(key(other, workload)) ?? [];
          if (system !== 'this' || !theirs.length) return null;
          return median(ourRuns.map((run, index) => rate(run) / rate(theirs[index])));
        };
        const versus = (['postgraphile', 'hand-written'] as const)
          .map((other) => [other, ratios(other)] as const)
          .filter((pair): pair is readonly [(typeof pair)[0], number] => pair[1] !== null)
          .map(([other, ratio]) => `${ratio.toFixed(2)}× ${other}`);
        const failures = runs.reduce((sum, run) => sum + run.failures, 0);
        rows.push({
          benchmark: `orders page: ${system}`,
          workload: `orders(limit: ${options.limit}), ${workload.label}; ${options.orders.toLocaleString('en')} orders, ${options.concurrency} concurrent, ${options.rounds} rounds × ${options.roundSeconds} s interleaved`,
          throughput: `${median(rates).toFixed(1)}/s`,
          latency: summarize(runs.flatMap((run) => run.latencies)),
          sql:
            system === 'this'
              ? `${statements} per request`
              : system === 'hand-written'
                ? '1 per request'
                : '–',
          result: [
            `per round ${rates.map((value) => value.toFixed(0)).join(' / ')} req/s`,
            ...(versus.length ? [`**this server: ${versus.join(', ')}** (median of per-round ratios)`] : []),
            failures
              ? `${failures} errors: ${runs.find((run) => run.firstFailure)?.firstFailure}`
              : '0 errors',
          ].join('; '),
        });
      }
    }
    return rows;
  } finally {
    await load.close();
    for (const reference of references) await reference.stop();
    await bench.stop();
  }
}

interface PageAnswer {
  total: number;
  ids: number[];
}

async function fetchAnswer(spec: LoadSpec): Promise<PageAnswer> {
  const response = await fetch(spec.url, {
    method: 'POST',
    headers: { ...spec.headers, 'content-type': 'application/json' },
    body: spec.body,
  });
  const json = (await response.json()) as {
    data?: {
      orders?: { total: number; items: { id: number }[] };
      allTransactionPesanans?: { totalCount: number; nodes: { id: number }[] };
    };
    errors?: unknown[];
  };
  const page = json.data?.orders;
  const connection = json.data?.allTransactionPesanans;
  if (page) return { total: page.total, ids: page.items.map((item) => item.id) };
  if (connection) return { total: connection.totalCount, ids: connection.nodes.map((node) => node.id) };
  throw new Error(`No page from ${spec.url}: ${JSON.stringify(json).slice(0, 500)}`);
}

async function checkSameAnswers(
  workload: Workload,
  options: OrdersCompareOptions,
  specFor: (system: System, workload: Workload) => LoadSpec,
): Promise<void> {
  const answers = await Promise.all(SYSTEMS.map((system) => fetchAnswer(specFor(system, workload))));
  const [first] = answers;
  if (first.ids.length !== Math.min(options.limit, first.total))
    throw new Error(`${workload.label}: expected a full page, got ${first.ids.length}`);
  for (const [index, answer] of answers.entries())
    if (answer.total !== first.total || answer.ids.join() !== first.ids.join())
      throw new Error(`${workload.label}: ${SYSTEMS[index]} answers differently from ${SYSTEMS[0]}`);
}

async function statementsPerRequest(
  bench: Awaited<ReturnType<BenchEnvironment['startApp']>>,
  spec: LoadSpec,
): Promise<number> {
  const before = bench.statements();
  await fetchAnswer(spec);
  return bench.statements() - before;
}
