// Resumption after a mass reconnect (a `pm2 reload`, a network drop): 1,000 subscribers open at once, each with
// `after` = a cursor 100 events behind, and replay those events from the event log before going live. Measures the
// time until every one has all 100 (it is live then), the SQL statements per resuming subscriber (its connection,
// its subscribe-time checks, the replay read and the replayed events' loaders), and the server's memory.
import { encodeCursor, streamHead } from '../src/events/event-log';
import { ACCEPT, memory, Subscribers, untilActive } from './fan-out';
import { BenchEnvironment } from './support/environment';
import { insertOrders } from './support/fixtures';
import { BenchResult } from './support/report';
import { megabytes } from './support/stats';

export interface ResumeOptions {
  subscribers: number;
  behind: number;
}

export async function resume(
  env: BenchEnvironment,
  options: ResumeOptions = { subscribers: 1000, behind: 100 },
): Promise<BenchResult[]> {
  const bench = await env.startApp('resume');
  const subscribers = new Subscribers();
  try {
    const ids = await insertOrders(bench, { count: options.behind + 1, status: 'MENUNGGU' });
    const dapur = await bench.login('KIT001');
    const admin = await bench.login('ADM001');
    const live = ids.pop();
    const cursor = encodeCursor(await streamHead(bench.dataSource));
    for (const id of ids) await bench.client.ok(ACCEPT, { id }, dapur);
    const query = `subscription { orderStatusChanged(after: "${cursor}") {
      order { id kodePesanan statusPesanan pemesan { namaLengkap } department { namaDivisi } shift { namaShift } }
      oldStatus newStatus changedBy { namaLengkap } cursor } }`;

    const memoryBefore = memory();
    const statementsBefore = bench.statements();
    const started = performance.now();
    const opened = await subscribers.ask({
      type: 'open',
      wsUrl: bench.wsUrl,
      token: admin,
      sockets: options.subscribers,
      perSocket: 1,
      query,
    });
    if (opened.type !== 'opened') throw new Error(`Subscribers failed: ${JSON.stringify(opened)}`);
    const replayed = await subscribers.ask({ type: 'await', count: options.behind, timeoutMs: 120_000 });
    const allLiveMs = performance.now() - started;
    const statements = bench.statements() - statementsBefore;
    const memoryAfter = memory();
    await untilActive(bench, options.subscribers, 10_000);
    // And live: one more event reaches every one of them.
    if (live !== undefined) await bench.client.ok(ACCEPT, { id: live }, dapur);
    const delivered = await subscribers.ask({ type: 'await', count: options.behind + 1, timeoutMs: 30_000 });
    const report = await subscribers.ask({ type: 'report' });
    const errors = report.type === 'report' ? report.errors : [];
    const complete = replayed.type === 'received' && replayed.complete;
    const liveComplete = delivered.type === 'received' && delivered.complete;
    return [
      {
        benchmark: 'resume after reconnect',
        workload: `${options.subscribers} subscribers (1 socket each) open at once with after = a cursor ${options.behind} events behind`,
        throughput: `${Math.round((options.subscribers * options.behind * 1000) / allLiveMs)} replayed events/s`,
        sql: `${(statements / options.subscribers).toFixed(1)} per resuming subscriber`,
        result: [
          `all ${options.subscribers} replayed ${options.behind}/${options.behind} and live in ${(allLiveMs / 1000).toFixed(1)} s${complete ? '' : ' (INCOMPLETE)'}`,
          `next live event reached ${liveComplete ? 'all' : 'NOT all'}`,
          `heap+external +${megabytes(memoryAfter.held - memoryBefore.held)}, RSS +${megabytes(memoryAfter.rss - memoryBefore.rss)}`,
          errors.length ? `errors: ${errors[0]}` : 'no errors',
        ].join('; '),
      },
    ];
  } finally {
    await subscribers.close();
    await bench.stop();
  }
}
