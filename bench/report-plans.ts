// Query plans and timings of the reports and the audit trail on a large generated dataset (default 1,000,000
// orders and 5,000,000 audit rows), before and after the ReportIndexes migration. Every query is the one the
// real service sends: a proxy on the DataSource records its plan (EXPLAIN) and times its real execution (EXPLAIN
// ANALYZE's per-node timing would inflate large scans).
//
//   npm run build && node dist/bench/report-plans.js [--orders 1000000] [--audit 5000000]
//
// Uses DATABASE_URL's server when set (creates and drops database packmeal_bench), else an embedded PostgreSQL
// in a temporary directory. Takes a few minutes at full size; results go to stdout as Markdown.
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { AppDeps } from '../src/context/request-context';
import { systemClock } from '../src/common/clock';
import { loadConfig } from '../src/config/config';
import { createDataSource, ensureDatabase, withDatabase } from '../src/db/data-source';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { entities } from '../src/entities';
import { ApprovalStatus, OrderStatus, ReportGroupBy } from '../src/entities/enums';
import { createLogger } from '../src/observability/logger';
import { InitialSchema1764115200000 } from '../src/db/migrations/1764115200000-InitialSchema';
import { seed } from '../src/db/seed';
import {
  auditActionTypes,
  auditExportRows,
  auditTrail,
  orderHistory,
} from '../src/services/audit-trail.service';
import { consumptionReport } from '../src/services/reports/consumption';
import { departmentReport } from '../src/services/reports/department';
import { performanceReport } from '../src/services/reports/performance';
import { rejectionReport } from '../src/services/reports/rejections';
import { orderEnumTypes } from './support/order-enum-types';

const DATABASE = 'packmeal_bench';

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

interface Measured {
  milliseconds: number;
  nodes: string[];
}

type Scenario = [name: string, run: (deps: AppDeps) => Promise<unknown>];

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

/** The scans of a plan tree: which table or index each reads, e.g. "Index Only Scan ix_pesanan_tanggal_report". */
function scans(node: PlanNode, into: string[] = []): string[] {
  if (/Scan/.test(node['Node Type'])) {
    into.push(`${node['Node Type']} ${node['Index Name'] ?? node['Relation Name'] ?? ''}`.trim());
  }
  for (const child of node.Plans ?? []) scans(child, into);
  return into;
}

/** deps whose DataSource records the plan and the execution time of every raw query it runs into `log`. */
function explaining(deps: AppDeps, log: Measured[]): AppDeps {
  const dataSource = new Proxy(deps.dataSource, {
    get(target, property, receiver) {
      if (property !== 'query') return Reflect.get(target, property, receiver);
      return async (sql: string, parameters?: unknown[]) => {
        const [row]: { 'QUERY PLAN': { Plan: PlanNode }[] }[] = await target.query(
          `EXPLAIN (FORMAT JSON) ${sql}`,
          parameters,
        );
        const started = performance.now();
        const result: unknown = await target.query(sql, parameters);
        log.push({ milliseconds: performance.now() - started, nodes: scans(row['QUERY PLAN'][0].Plan) });
        return result;
      };
    },
  });
  return { ...deps, dataSource };
}

/** Fills the seeded database with `orders` orders over two years and `audits` audit rows (also used by scratch checks). */
export async function generate(dataSource: DataSource, orders: number, audits: number): Promise<void> {
  await dataSource.query(`SELECT setseed(0.42)`);
  await dataSource.query(
    `INSERT INTO master_department (nama_divisi) SELECT 'Department ' || n FROM generate_series(4, 20) AS n`,
  );
  const types = await orderEnumTypes((query, parameters) => dataSource.query(query, parameters));
  const started = Date.now();
  for (let from = 1; from <= orders; from += 250_000) {
    const to = Math.min(orders, from + 249_999);
    await dataSource.query(
      `INSERT INTO transaction_pesanan (kode_pesanan, karyawan_pemesan_id, department_pemesan_id, shift_id,
         jumlah_pesanan, status_pesanan, tanggal_pesanan, requires_approval, approval_status, approval_request_type,
         jumlah_pesanan_awal, catatan_dapur, waktu_dibuat, waktu_diproses, waktu_siap, waktu_diantar, waktu_selesai)
       SELECT 'PM-' || to_char(day, 'YYYYMMDD') || '-' || lpad(n::text, 7, '0'), karyawan, department, shift, quantity,
              status::${types.status}, day, status = 'MENUNGGU_PERSETUJUAN',
              (CASE WHEN status = 'MENUNGGU_PERSETUJUAN' THEN 'PENDING' WHEN status = 'DITOLAK' THEN 'APPROVED'
                    WHEN r < 0.01 THEN 'REJECTED' END)::${types.approvalStatus},
              (CASE WHEN status IN ('MENUNGGU_PERSETUJUAN', 'DITOLAK') OR r < 0.01 THEN 'REJECT'
               END)::${types.approvalRequestType},
              NULL, CASE WHEN status IN ('MENUNGGU_PERSETUJUAN', 'DITOLAK') OR r < 0.01 THEN 'Stock ran out today' END,
              created,
              CASE WHEN status IN ('IN_PROGRESS', 'READY', 'ON_DELIVERY', 'COMPLETE') THEN created + p END,
              CASE WHEN status IN ('READY', 'ON_DELIVERY', 'COMPLETE') THEN created + p + q END,
              CASE WHEN status IN ('ON_DELIVERY', 'COMPLETE') THEN created + p + q + d END,
              CASE WHEN status = 'COMPLETE' THEN created + p + q + d + e END
         FROM (SELECT n, r, date '2024-01-01' + (n % 730) AS day,
                      1 + (n % 5) AS karyawan, 1 + (n % 20) AS department, 1 + (n % 3) AS shift,
                      1 + (n % 50) AS quantity,
                      CASE WHEN r < 0.75 THEN 'COMPLETE' WHEN r < 0.80 THEN 'DITOLAK' WHEN r < 0.85 THEN 'MENUNGGU'
                           WHEN r < 0.90 THEN 'IN_PROGRESS' WHEN r < 0.93 THEN 'READY' WHEN r < 0.97 THEN 'ON_DELIVERY'
                           ELSE 'MENUNGGU_PERSETUJUAN' END AS status,
                      ((date '2024-01-01' + (n % 730)) - 1)::timestamp AT TIME ZONE 'UTC'
                        + interval '23 hours' + random() * interval '3 hours' AS created,
                      random() * interval '30 minutes' AS p, random() * interval '60 minutes' AS q,
                      random() * interval '15 minutes' AS d, random() * interval '40 minutes' AS e
                 FROM (SELECT n, random() AS r FROM generate_series($1::int, $2::int) AS n) numbered) generated`,
      [from, to],
    );
  }
  console.error(`orders: ${orders} in ${Date.now() - started} ms`);
  const auditStarted = Date.now();
  for (let from = 1; from <= audits; from += 500_000) {
    const to = Math.min(audits, from + 499_999);
    await dataSource.query(
      `INSERT INTO log_audit_trail (user_id, aksi, detail, kode_pesanan, "timestamp")
       SELECT CASE WHEN n % 17 = 0 THEN NULL ELSE 1 + (n % 5) END, aksi,
              CASE WHEN aksi LIKE 'ORDER%' THEN 'Order ' || kode || ' status changed: MENUNGGU -> IN_PROGRESS'
                   ELSE 'User ' || (1 + n % 5) || ' ' || lower(aksi) END,
              CASE WHEN aksi LIKE 'ORDER%' THEN kode END,
              timestamptz '2024-01-01 00:00:00+00' + (n::float8 / $3) * interval '730 days'
         FROM (SELECT n, (ARRAY['ORDER_CREATED', 'ORDER_STATUS_CHANGED', 'ORDER_STATUS_CHANGED', 'ORDER_STATUS_CHANGED',
                                'ORDER_STATUS_CHANGED', 'LOGIN_SUCCESS', 'LOGIN_SUCCESS', 'LOGIN_FAILURE',
                                'ORDER_REJECTION_REQUESTED', 'APPROVAL_DECIDED', 'USER_CREATED', 'MASTER_DATA_CHANGED',
                                'ORDER_OVERRIDE', 'PASSWORD_CHANGED', 'USER_STATUS_CHANGED'])[1 + n % 15] AS aksi,
                      'PM-' || to_char(date '2024-01-01' + ((n / 5) % 730)::int, 'YYYYMMDD') || '-'
                        || lpad((n / 5)::text, 7, '0') AS kode
                 FROM generate_series($1::int, $2::int) AS n) generated`,
      [from, to, audits],
    );
  }
  console.error(`audit rows: ${audits} in ${Date.now() - auditStarted} ms`);
}

function scenarios(): Scenario[] {
  const month = { tanggalMulai: '2025-06-01', tanggalAkhir: '2025-06-30' };
  return [
    ['consumption DAILY, one month', (d) => consumptionReport(d, month, ReportGroupBy.DAILY)],
    ['consumption WEEKLY, everything', (d) => consumptionReport(d, {}, ReportGroupBy.WEEKLY)],
    [
      'consumption MONTHLY, one department',
      (d) => consumptionReport(d, { departmentId: 7 }, ReportGroupBy.MONTHLY),
    ],
    [
      'consumption DAILY, month + shift + status',
      (d) =>
        consumptionReport(d, { ...month, shiftId: 2, status: OrderStatus.COMPLETE }, ReportGroupBy.DAILY),
    ],
    ['department, everything', (d) => departmentReport(d, {})],
    ['department, one month', (d) => departmentReport(d, month)],
    ['performance, everything', (d) => performanceReport(d, {})],
    ['performance, one month', (d) => performanceReport(d, month)],
    ['performance, one month + department', (d) => performanceReport(d, { ...month, departmentId: 3 })],
    ['rejections, page 1', (d) => rejectionReport(d, {}, 1, 50)],
    [
      'rejections, PENDING page 1',
      (d) => rejectionReport(d, { approvalStatus: ApprovalStatus.PENDING }, 1, 50),
    ],
    ['rejections, one month page 3', (d) => rejectionReport(d, month, 3, 50)],
    ['audit trail, page 1', (d) => auditTrail(d, {}, 1, 50)],
    ['audit trail, page 200', (d) => auditTrail(d, {}, 200, 50)],
    ['audit trail, aksi', (d) => auditTrail(d, { aksi: 'LOGIN_FAILURE' }, 1, 50)],
    [
      'audit trail, user + one day',
      (d) => auditTrail(d, { userId: 2, tanggalMulai: '2025-03-04', tanggalAkhir: '2025-03-04' }, 1, 50),
    ],
    [
      'audit trail, one day',
      (d) => auditTrail(d, { tanggalMulai: '2025-03-04', tanggalAkhir: '2025-03-04' }, 1, 50),
    ],
    [
      'audit trail, search rare (an order code)',
      (d) => auditTrail(d, { search: 'PM-20250615-0000531' }, 1, 50),
    ],
    [
      'audit trail, search common ("status changed")',
      (d) => auditTrail(d, { search: 'status changed' }, 1, 50),
    ],
    ['audit trail, search + one month', (d) => auditTrail(d, { search: 'login', ...month }, 1, 50)],
    ['order history', (d) => orderHistory(d, 'PM-20251221-0100000')],
    ['audit action types', (d) => auditActionTypes(d)],
  ];
}

/** Each scenario once to warm the cache, then three times: the fastest run counts (a busy machine adds noise). */
async function measure(deps: AppDeps): Promise<Map<string, Measured>> {
  const results = new Map<string, Measured>();
  for (const [name, run] of scenarios()) {
    await run(deps);
    const runs: Measured[] = [];
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const log: Measured[] = [];
      await run(explaining(deps, log));
      runs.push({
        milliseconds: log.reduce((sum, entry) => sum + entry.milliseconds, 0),
        nodes: [...new Set(log.flatMap((entry) => entry.nodes))],
      });
    }
    const fastest = runs.reduce((best, next) => (next.milliseconds < best.milliseconds ? next : best));
    results.set(name, fastest);
    console.error(`${name}: ${fastest.milliseconds.toFixed(1)} ms`);
  }
  return results;
}

async function streamTime(deps: AppDeps): Promise<string> {
  const started = Date.now();
  let rows = 0;
  for await (const _row of auditExportRows(deps, {
    tanggalMulai: '2025-03-01',
    tanggalAkhir: '2025-03-05',
  })) {
    rows += 1;
  }
  return `${rows} rows in ${Date.now() - started} ms`;
}

async function vacuum(dataSource: DataSource): Promise<void> {
  await dataSource.query('VACUUM ANALYZE transaction_pesanan');
  await dataSource.query('VACUUM ANALYZE log_audit_trail');
}

async function main(): Promise<void> {
  const orders = option('orders', 1_000_000);
  const audits = option('audit', 5_000_000);
  const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
  let server = process.env.DATABASE_URL;
  const embedded = server
    ? null
    : await startEmbeddedPostgres(fs.mkdtempSync(path.join(os.tmpdir(), 'packmeal-bench-')), {
        persistent: false,
      });
  server = server ?? embedded?.url ?? '';
  try {
    const admin = new DataSource({ type: 'postgres', url: withDatabase(server, 'postgres') });
    await admin.initialize();
    await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await admin.destroy();
    await ensureDatabase(server, DATABASE);
    const url = withDatabase(server, DATABASE);
    const initial = new DataSource({
      type: 'postgres',
      url,
      entities,
      migrations: [InitialSchema1764115200000],
    });
    await initial.initialize();
    await initial.runMigrations({ transaction: 'all' });
    await seed(initial, 10);
    await generate(initial, orders, audits);
    await vacuum(initial);
    await initial.destroy();

    const dataSource = createDataSource(url, { poolSize: 4 });
    await dataSource.initialize();
    const deps: AppDeps = { config, dataSource, clock: systemClock, logger: createLogger(config) };
    const before = await measure(deps);
    const beforeStream = await streamTime(deps);
    const indexing = Date.now();
    await dataSource.runMigrations({ transaction: 'all' });
    console.error(`ReportIndexes migration: ${Date.now() - indexing} ms`);
    await vacuum(dataSource);
    const after = await measure(deps);
    const afterStream = await streamTime(deps);
    await dataSource.destroy();

    console.log(`### ${orders.toLocaleString('en')} orders, ${audits.toLocaleString('en')} audit rows\n`);
    console.log('| query | before (ms) | after (ms) | scans before | scans after |');
    console.log('|---|---:|---:|---|---|');
    for (const [name, result] of after) {
      const previous = before.get(name);
      const cells = [
        name,
        previous?.milliseconds.toFixed(1) ?? '?',
        result.milliseconds.toFixed(1),
        previous?.nodes.join('; ') ?? '?',
        result.nodes.join('; '),
      ];
      console.log(`| ${cells.join(' | ')} |`);
    }
    console.log(
      `\nAudit export stream (5 days, keyset batches of 1000): before ${beforeStream}, after ${afterStream}.`,
    );
  } finally {
    await embedded?.stop();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
