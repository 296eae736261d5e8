// createOrder at 32 concurrent clients side by side with a hand-written transaction loop doing the same work in
// the database (shift and cut-off check, the date's counter upsert, the order insert, its audit row, its event in
// the event log with its NOTIFY, in one transaction on a pool of the same size), without GraphQL, HTTP or authentication: the
// practical limit. Rounds interleaved as in orders-compare; each system writes to dates of its own, so both keep
// gap-free codes. Two cases: every create on one date (they serialise on its counter row) and spread over 20.
import { Pool, QueryResultRow } from 'pg';
import { calendarDate } from '../src/common/clock';
import { EVENT_CHANNEL, Topic } from '../src/events/events';
import { OrderStatus } from '../src/entities/enums';
import { formatOrderCode } from '../src/services/orders/order-code';
import { orderingClosed, orderingClosesAt } from '../src/domain/orders/ordering-cutoff';
import { BenchEnvironment } from './support/environment';
import { LoadProcess } from './support/load';
import { BenchResult } from './support/report';
import { closedLoopFor } from './support/http';
import { comparisonRows, interleave, Turn } from './support/side-by-side';

const CREATE =
  'mutation($input: CreateOrderInput!) { createOrder(input: $input) { id kodePesanan statusPesanan } }';

export interface CreateCompareOptions {
  concurrency: number;
  rounds: number;
  roundSeconds: number;
}

let handWrittenStatements = 0;

/**
 * One create as a plain transaction: the statements createOrder runs after authentication, in its order (shift and
 * its cut-off, counter upsert, insert, audit row, then the event as src/events/event-log.ts appends it: stream head
 * advanced, the event stored and an empty NOTIFY that wakes the processes queued, in one statement).
 */
async function handWrittenCreate(
  pool: Pool,
  actor: { karyawanId: number; departmentId: number },
  input: { shiftId: number; jumlahPesanan: number; tanggalPesanan: string },
  timeZone: string,
): Promise<void> {
  const client = await pool.connect();
  // Counted like the application's statements (BEGIN and COMMIT included).
  // Prepared (named by their place in the transaction), as the practical limit would run them, and counted like
  // the application's statements (BEGIN and COMMIT included).
  let step = 0;
  const query = <R extends QueryResultRow = QueryResultRow>(text: string, values?: unknown[]) => {
    handWrittenStatements += 1;
    step += 1;
    return values ? client.query<R>({ name: `create-${step}`, text, values }) : client.query<R>(text);
  };
  try {
    await query('BEGIN');
    const shift = await query<{ jamMulai: string; batasPesanMenit: number | null }>(
      `SELECT to_char(jam_mulai, 'HH24:MI') AS "jamMulai", batas_pesan_menit AS "batasPesanMenit"
         FROM master_shift WHERE id = $1`,
      [input.shiftId],
    );
    if (shift.rowCount !== 1) throw new Error(`Shift ${input.shiftId} does not exist`);
    const now = new Date();
    if (orderingClosed(orderingClosesAt(shift.rows[0], input.tanggalPesanan, timeZone), now))
      throw new Error(`Ordering for shift ${input.shiftId} on ${input.tanggalPesanan} closed`);
    const counter = await query<{ last_value: number }>(
      `INSERT INTO order_code_counter (tanggal, last_value) VALUES ($1, 1)
       ON CONFLICT (tanggal) DO UPDATE SET last_value = order_code_counter.last_value + 1 RETURNING last_value`,
      [input.tanggalPesanan],
    );
    const kode = formatOrderCode(input.tanggalPesanan, Number(counter.rows[0].last_value));
    // The status is an untyped parameter, so PostgreSQL takes the column's enum type whatever its name.
    const inserted = await query<Record<string, unknown>>(
      `INSERT INTO transaction_pesanan (kode_pesanan, karyawan_pemesan_id, department_pemesan_id, shift_id,
         jumlah_pesanan, tanggal_pesanan, status_pesanan, requires_approval, waktu_dibuat)
       VALUES ($1, $2, $3, $4, $5, $6, $7, false, $8) RETURNING *`,
      [
        kode,
        actor.karyawanId,
        actor.departmentId,
        input.shiftId,
        input.jumlahPesanan,
        input.tanggalPesanan,
        OrderStatus.MENUNGGU,
        now,
      ],
    );
    const order = inserted.rows[0];
    await query(
      'INSERT INTO log_audit_trail (user_id, aksi, detail, kode_pesanan, metadata) VALUES ($1, $2, $3, $4, $5)',
      [
        actor.karyawanId,
        'ORDER_CREATED',
        `Order ${kode} created: ${input.jumlahPesanan} meal(s) for ${input.tanggalPesanan}`,
        kode,
        JSON.stringify({
          orderId: order.id,
          shiftId: input.shiftId,
          jumlahPesanan: input.jumlahPesanan,
          tanggalPesanan: input.tanggalPesanan,
        }),
      ],
    );
    const event = { topic: Topic.ORDER_CREATED, order, actorId: actor.karyawanId, at: now.toISOString() };
    await query(
      `WITH next AS (UPDATE order_event_stream SET head = head + 1 WHERE id = 1 RETURNING head),
            stored AS (
              INSERT INTO order_event
                (seq, topic, order_id, department_id, owner_id, status_before, status_after, data, created_at)
              SELECT head, $1, $2, $3, $4, NULL, $5, $6, $7 FROM next
              RETURNING seq)
       SELECT seq, pg_notify($8, '') FROM stored`,
      [
        event.topic,
        order.id,
        actor.departmentId,
        actor.karyawanId,
        OrderStatus.MENUNGGU,
        JSON.stringify(event),
        event.at,
        EVENT_CHANNEL,
      ],
    );
    await query('COMMIT');
  } catch (error) {
    await query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

export async function createCompare(
  env: BenchEnvironment,
  options: CreateCompareOptions = {
    concurrency: 32,
    rounds: Number(process.env.BENCH_ROUNDS ?? 3),
    roundSeconds: Number(process.env.BENCH_ROUND_SECONDS ?? 5),
  },
): Promise<BenchResult[]> {
  const bench = await env.startApp('create_compare');
  const pool = new Pool({ connectionString: bench.app.deps.config.databaseUrl ?? '', max: 20 });
  const load = new LoadProcess();
  try {
    const token = await bench.login('EMP001');
    const [actor] = await bench.sql<{ karyawanId: number; departmentId: number }>(
      `SELECT id AS "karyawanId", department_id AS "departmentId" FROM master_karyawan WHERE nomor_induk_karyawan = 'EMP001'`,
    );
    const zone = bench.app.deps.config.appTimezone;
    const day = (offset: number) => calendarDate(new Date(Date.now() + offset * 86_400_000), zone);
    const input = (index: number, date: string) => ({
      shiftId: 1 + (index % 3),
      jumlahPesanan: 1 + (index % 10),
      tanggalPesanan: date,
    });
    const rows: BenchResult[] = [];
    // Dates from tomorrow on: this server's first, the hand-written loop's 100 days later.
    for (const [label, dates] of [
      ['on one date', 1],
      ['spread over 20 dates', 20],
    ] as const) {
      const ourDates = Array.from({ length: dates }, (_, index) => day(1 + index + (dates > 1 ? 1 : 0)));
      const theirDates = ourDates.map((_, index) => day(101 + index + (dates > 1 ? 1 : 0)));
      const bodies = Array.from({ length: 60 }, (_, index) =>
        JSON.stringify({ query: CREATE, variables: { input: input(index, ourDates[index % dates]) } }),
      );
      const turns = new Map<string, Turn>([
        [
          'this',
          () =>
            load.run({
              url: bench.graphqlUrl,
              headers: { authorization: `Bearer ${token}` },
              bodies,
              concurrency: options.concurrency,
              durationMs: options.roundSeconds * 1000,
            }),
        ],
        [
          'hand-written',
          () =>
            closedLoopFor(options.roundSeconds * 1000, options.concurrency, (index) =>
              handWrittenCreate(pool, actor, input(index, theirDates[index % dates]), zone),
            ),
        ],
      ]);
      await turns.get('this')?.(); // warm-up
      // Statements of one create with nothing else in flight (the event bus's reading included).
      const before = bench.statements();
      await bench.client.ok(CREATE, { input: input(0, ourDates[0]) }, token);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const perCreate = bench.statements() - before;
      const handWrittenBefore = handWrittenStatements;
      await handWrittenCreate(pool, actor, input(0, theirDates[0]), zone);
      const perHandWrittenCreate = handWrittenStatements - handWrittenBefore;
      const results = await interleave(turns, options.rounds, (round, system) =>
        console.error(`create-compare: ${label}, round ${round + 1}, ${system}`),
      );
      const gapFree = await codesGapFree(bench, [...ourDates, ...theirDates]);
      rows.push(
        ...comparisonRows({
          benchmark: (system) => `createOrder: ${system}`,
          workload: `createOrder ${label}, 1 employee, ${options.concurrency} concurrent, ${options.rounds} rounds × ${options.roundSeconds} s interleaved`,
          results,
          ours: 'this',
          sql: (system) => `${system === 'this' ? perCreate : perHandWrittenCreate} per create`,
        }).map((row) => ({ ...row, result: `${row.result}; codes gap-free: ${gapFree ? 'yes' : 'NO'}` })),
      );
    }
    return rows;
  } finally {
    await load.close();
    await pool.end();
    await bench.stop();
  }
}

/** Every date's codes are exactly 001..N (no gap, no duplicate) however the creates interleaved. */
async function codesGapFree(
  bench: Awaited<ReturnType<BenchEnvironment['startApp']>>,
  dates: readonly string[],
): Promise<boolean> {
  const rows = await bench.sql<{ tanggal: string; n: number; highest: number; distinct_codes: number }>(
    `SELECT tanggal_pesanan::text AS tanggal, count(*)::int AS n, count(DISTINCT kode_pesanan)::int AS distinct_codes,
            max(substring(kode_pesanan from '[0-9]+$')::int) AS highest
       FROM transaction_pesanan WHERE tanggal_pesanan = ANY($1::date[]) GROUP BY tanggal_pesanan`,
    [dates],
  );
  return rows.every((row) => row.n === row.highest && row.n === row.distinct_codes);
}
