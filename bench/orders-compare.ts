// The orders page side by side with PostGraphile 4.14 and a hand-written one-statement endpoint, over the same
// database (10,000 orders), the same page and the same concurrency. The three systems take turns, round by round
// (the order rotating each round), so that a busy moment on this shared machine hits all of them alike; the
// table reports each system's median over the rounds and this server's RATIOS to the other two (the median of the
// per-round ratios), which are steadier than the absolute numbers. The clients run in a process of their own.
//
// Environment (shorter runs while iterating): BENCH_ROUNDS (default 3), BENCH_ROUND_SECONDS (default 5),
// BENCH_SYSTEMS (comma list of this,postgraphile,hand-written; e.g. `this` alone under node --cpu-prof).
import { freePort } from '../src/db/embedded-postgres';
import { PgBouncer, startPgBouncer } from '../deploy/scale/pgbouncer';
import { BenchEnvironment } from './support/environment';
import { insertOrders } from './support/fixtures';
import { LoadProcess, LoadSpec } from './support/load';
import {
  HandWrittenRequest,
  ReferenceServer,
  startHandWritten,
  startPostGraphile,
} from './support/reference-servers';
import { BenchResult } from './support/report';
import { comparisonRows, interleave, Turn } from './support/side-by-side';

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
  /**
   * `pgbouncer`: every system reaches PostgreSQL through one PgBouncer in transaction mode (Debian's, installed with
   * apt when missing), this server with DATABASE_POOL_MODE=transaction and its event listener on DIRECT_DATABASE_URL.
   */
  through?: 'direct' | 'pgbouncer';
}

export function optionsFromEnvironment(): OrdersCompareOptions {
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

export async function ordersCompare(
  env: BenchEnvironment,
  options: OrdersCompareOptions = optionsFromEnvironment(),
): Promise<BenchResult[]> {
  const pooled = options.through === 'pgbouncer';
  let bouncer: PgBouncer | null = null;
  const throughPooler = async (direct: string): Promise<Record<string, string>> => {
    if (!pooled) return {};
    bouncer = await startPgBouncer({ serverUrl: direct, port: await freePort(), poolMode: 'transaction' });
    return {
      DATABASE_URL: bouncer.through(direct),
      DIRECT_DATABASE_URL: direct,
      DATABASE_POOL_MODE: 'transaction',
    };
  };
  const bench = await env
    .startApp(pooled ? 'orders_compare_pgbouncer' : 'orders_compare', throughPooler)
    .catch(async (error: unknown) => {
      await (bouncer as PgBouncer | null)?.stop();
      throw error;
    });
  const references: ReferenceServer[] = [];
  const load = new LoadProcess();
  try {
    await insertOrders(bench, { count: options.orders });
    const databaseUrl = bench.app.deps.config.databaseUrl ?? '';
    const poolSize = 20; // the application's pool (src/db/data-source.ts)
    // PgBouncer 1.18 in transaction mode cannot keep named prepared statements: PostGraphile then sends unnamed ones
    // (read when it loads, in this benchmark's own process), as this server does with DATABASE_POOL_MODE=transaction.
    if (pooled) process.env.POSTGRAPHILE_PREPARED_STATEMENT_CACHE_SIZE = '0';
    const postgraphile = await startPostGraphile(databaseUrl, poolSize);
    references.push(postgraphile);
    const handWritten = await startHandWritten(databaseUrl, poolSize, !pooled);
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
          bodies: [
            JSON.stringify({ query: ours(workload.nested ? NESTED_ITEM : BASIC_ITEM), variables: page }),
          ],
        };
      if (system === 'postgraphile')
        return {
          ...base,
          url: postgraphile.url,
          headers: {},
          bodies: [
            JSON.stringify({
              query: postgraphileQuery(workload.nested ? PG_NESTED_ITEM : PG_BASIC_ITEM),
              variables: {
                first: options.limit,
                offset: 0,
                condition: workload.own ? { karyawanPemesanId: employee.me.id } : null,
              },
            }),
          ],
        };
      const body: HandWrittenRequest = {
        ...page,
        nested: workload.nested,
        ownerId: workload.own ? employee.me.id : null,
      };
      return { ...base, url: handWritten.url, headers: {}, bodies: [JSON.stringify(body)] };
    };

    // The three must answer the same: the same total and the same order ids, in the same order.
    for (const workload of WORKLOADS) await checkSameAnswers(workload, options, specFor);

    const statements = await statementsPerRequest(bench, specFor('this', WORKLOADS[1]));
    // Warm-up: JIT, pools, PostgreSQL caches, for every system and page shape.
    for (const workload of WORKLOADS)
      for (const system of options.systems)
        await load.run({ ...specFor(system, workload), durationMs: 1000 });
    const rows: BenchResult[] = [];
    for (const workload of WORKLOADS) {
      const turns = new Map<string, Turn>(
        options.systems.map((system) => [system, () => load.run(specFor(system, workload))]),
      );
      const results = await interleave(turns, options.rounds, (round, system) =>
        console.error(`orders-compare: round ${round + 1}, ${system}, ${workload.label}`),
      );
      rows.push(
        ...comparisonRows({
          benchmark: (system) => `orders page${pooled ? ' via PgBouncer' : ''}: ${system}`,
          workload: `orders(limit: ${options.limit}), ${workload.label};${pooled ? ' all through PgBouncer (transaction mode);' : ''} ${options.orders.toLocaleString('en')} orders, ${options.concurrency} concurrent, ${options.rounds} rounds × ${options.roundSeconds} s interleaved`,
          results,
          ours: 'this',
          sql: (system) =>
            system === 'this'
              ? `${statements} per request`
              : system === 'hand-written'
                ? '1 per request'
                : '–',
        }),
      );
    }
    return rows;
  } finally {
    await load.close();
    for (const reference of references) await reference.stop();
    await bench.stop();
    await (bouncer as PgBouncer | null)?.stop();
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
    body: spec.bodies[0],
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
