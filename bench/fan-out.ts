// Subscription fan-out: administrators' orderStatusChanged subscriptions (1,000 by default, on 50 sockets), 20
// status changes one after another. Measures how long each subscriber waits after the mutation's response, the
// SQL statements one event costs with 0, 10 and 1,000 subscribers (they should not depend on the count: nested
// fields load through one set of DataLoaders per event), and the server's memory per open subscription.
import { ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { BenchApp, BenchEnvironment } from './support/environment';
import { insertOrders } from './support/fixtures';
import { BenchResult } from './support/report';
import { megabytes, summarize, wallClock } from './support/stats';
import type { FromSubscribers, ToSubscribers } from './support/subscriber-process';

/** The subscription of both fan-out benchmarks (one process and several). */
export const SUBSCRIPTION = `subscription {
  orderStatusChanged {
    order { id kodePesanan statusPesanan pemesan { namaLengkap department { namaDivisi } jabatan { namaJabatan } }
            department { namaDivisi } shift { namaShift } }
    oldStatus newStatus changedBy { namaLengkap } at
  }
}`;
export const ACCEPT = 'mutation($id: Int!) { updateOrderStatus(id: $id, status: IN_PROGRESS) { id } }';

export interface FanOutOptions {
  events: number;
  /** Each layout is [sockets, subscriptions per socket]; [0, 0] measures the mutation without subscribers. */
  layouts: [number, number][];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Full garbage collection when node runs with --expose-gc (npm run bench does), so memory readings settle. */
function collectGarbage(): void {
  const gc: unknown = Reflect.get(globalThis, 'gc');
  if (typeof gc === 'function') gc();
}

export class Subscribers {
  private readonly child: ChildProcess;
  private readonly waiting: ((message: FromSubscribers) => void)[] = [];

  get pid(): number | undefined {
    return this.child.pid;
  }

  constructor() {
    this.child = fork(path.join(__dirname, 'support', 'subscriber-process.js'), [], { stdio: 'inherit' });
    this.child.on('message', (message: FromSubscribers) => this.waiting.shift()?.(message));
    this.child.on('exit', (code) => {
      for (const answer of this.waiting.splice(0))
        answer({ type: 'failed', message: `subscriber process exited with code ${code}` });
    });
  }

  /** Sends `message` and resolves with the child's next answer. */
  ask(message: ToSubscribers): Promise<FromSubscribers> {
    return new Promise((resolve) => {
      if (this.child.exitCode !== null || this.child.signalCode !== null)
        return resolve({ type: 'failed', message: 'subscriber process is gone' });
      this.waiting.push(resolve);
      this.child.send(message);
    });
  }

  close(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      this.child.once('exit', () => resolve());
      this.child.send({ type: 'close' } satisfies ToSubscribers);
    });
  }
}

export async function untilActive(bench: BenchApp, count: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (bench.app.server.realtime.activeSubscriptions() < count) {
    if (Date.now() > deadline)
      throw new Error(
        `Only ${bench.app.server.realtime.activeSubscriptions()} of ${count} subscriptions active`,
      );
    await sleep(20);
  }
}

export interface Memory {
  rss: number;
  /** V8 heap plus memory outside it (socket buffers): what the subscriptions themselves hold. */
  held: number;
}

export function memory(): Memory {
  collectGarbage();
  const usage = process.memoryUsage();
  return { rss: usage.rss, held: usage.heapUsed + usage.external };
}

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function measureLayout(
  bench: BenchApp,
  tokens: { admin: string; dapur: string },
  orderIds: number[],
  [sockets, perSocket]: [number, number],
  baseline: Memory,
): Promise<BenchResult> {
  const total = sockets * perSocket;
  const memoryBefore = memory();
  const openStarted = performance.now();
  const subscribers = total > 0 ? new Subscribers() : null;
  try {
    if (subscribers) {
      const opened = await subscribers.ask({
        type: 'open',
        wsUrl: bench.wsUrl,
        token: tokens.admin,
        sockets,
        perSocket,
        query: SUBSCRIPTION,
      });
      if (opened.type !== 'opened') throw new Error(`Subscribers failed: ${JSON.stringify(opened)}`);
      await untilActive(bench, total, 60_000);
    }
    const openMs = performance.now() - openStarted;
    await sleep(200);
    const memoryAfter = memory();

    const sentAt = new Map<number, number>();
    const answeredAt = new Map<number, number>();
    const mutationMs: number[] = [];
    const statements: number[] = [];
    let incomplete = 0;
    for (const [index, id] of orderIds.entries()) {
      const before = bench.statements();
      const sent = wallClock();
      await bench.client.ok(ACCEPT, { id }, tokens.dapur);
      const answered = wallClock();
      sentAt.set(id, sent);
      answeredAt.set(id, answered);
      mutationMs.push(answered - sent);
      if (subscribers) {
        const received = await subscribers.ask({ type: 'await', count: index + 1, timeoutMs: 10_000 });
        if (received.type !== 'received' || !received.complete) incomplete += 1;
      }
      await sleep(20); // anything the event still causes happens by now
      statements.push(bench.statements() - before);
    }

    const fromResponse: number[] = [];
    const fromRequest: number[] = [];
    const lastPerEvent = new Map<number, number>();
    let errors: string[] = [];
    if (subscribers) {
      const report = await subscribers.ask({ type: 'report' });
      if (report.type !== 'report') throw new Error(`Subscribers failed: ${JSON.stringify(report)}`);
      errors = report.errors;
      for (const events of report.arrivals) {
        for (const [id, at] of events) {
          const sent = sentAt.get(id);
          const answered = answeredAt.get(id);
          if (sent === undefined || answered === undefined) continue;
          fromResponse.push(at - answered);
          fromRequest.push(at - sent);
          lastPerEvent.set(id, Math.max(lastPerEvent.get(id) ?? 0, at - sent));
        }
      }
    }
    const expected = total * orderIds.length;
    const perEvent = [...new Set(statements)].sort((a, b) => a - b).join('–');
    const mutation = summarize(mutationMs);
    const endToEnd = summarize(fromRequest);
    const last = summarize([...lastPerEvent.values()]);
    const held = memoryAfter.held - memoryBefore.held;
    const layout = total
      ? `${total} subscribers (${sockets} socket${sockets === 1 ? '' : 's'} × ${perSocket})`
      : 'no subscribers';
    return {
      benchmark: 'subscription fan-out',
      workload: `${layout}, ${orderIds.length} status changes in turn; latency = mutation response → subscriber`,
      throughput: total ? `${Math.round((total * 1000) / last.p50)} deliveries/s` : '–',
      latency: total ? summarize(fromResponse) : undefined,
      sql: `${perEvent} per status change (mutation + fan-out)`,
      result: total
        ? [
            `delivered ${fromResponse.length}/${expected}${incomplete ? ` (${incomplete} events incomplete)` : ''}${
              errors.length ? `, errors: ${errors[0]}` : ''
            }`,
            `mutation request → subscriber p50 ${endToEnd.p50.toFixed(1)} / p95 ${endToEnd.p95.toFixed(1)} ms, → last subscriber p50 ${last.p50.toFixed(1)} ms`,
            `mutation p50 ${mutation.p50.toFixed(1)} ms`,
            `opened in ${(openMs / 1000).toFixed(1)} s`,
            `heap+external +${megabytes(held)} (${kilobytes(held / total)}/subscription)`,
            `RSS ${megabytes(memoryAfter.rss - baseline.rss)} over the no-subscriber baseline`,
          ].join('; ')
        : `mutation p50 ${mutation.p50.toFixed(1)} ms, p95 ${mutation.p95.toFixed(1)} ms`,
    };
  } finally {
    await subscribers?.close();
  }
}

export async function fanOut(
  env: BenchEnvironment,
  options: FanOutOptions = {
    events: 20,
    layouts: [
      [0, 0],
      [1, 10],
      [50, 20],
      [1000, 1],
    ],
  },
): Promise<BenchResult[]> {
  const bench = await env.startApp('fan_out');
  try {
    const warmUp = 20;
    const ids = await insertOrders(bench, {
      count: warmUp + options.events * options.layouts.length,
      status: 'MENUNGGU',
    });
    const tokens = { admin: await bench.login('ADM001'), dapur: await bench.login('KIT001') };
    // warm-up: the first mutations of a fresh process run cold code (JIT) and open pool connections
    for (const id of ids.splice(0, warmUp)) await bench.client.ok(ACCEPT, { id }, tokens.dapur);
    const baseline = memory();
    const results: BenchResult[] = [];
    for (const [index, layout] of options.layouts.entries()) {
      const batch = ids.slice(index * options.events, (index + 1) * options.events);
      results.push(await measureLayout(bench, tokens, batch, layout, baseline));
      // let the server forget the closed sockets before the next layout's memory reading
      const deadline = Date.now() + 10_000;
      while (bench.app.server.realtime.socketCount() > 0 && Date.now() < deadline) await sleep(20);
    }
    return results;
  } finally {
    await bench.stop();
  }
}
