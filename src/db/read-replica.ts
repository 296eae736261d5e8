// The optional read replica (READ_DATABASE_URL): a streaming replica that the heavy reads (reports, exports, the
// audit trail) go to, so that they do not compete with the orders on the primary. Its lag is measured every
// second against the primary's WAL position; a replica that is down, or further behind than READ_REPLICA_MAX_LAG_MS,
// is left aside (reads go to the primary) until it is back, and each change of state is one log line.
import client from 'prom-client';
import { DataSource } from 'typeorm';
import type { Logger } from '../observability/logger';
import { createDataSource } from './data-source';

export type ReplicaState = 'starting' | 'up' | 'behind' | 'down';

export interface ReplicaStatus {
  state: ReplicaState;
  /** Milliseconds the replica is behind the primary (0 when caught up); null while unknown or down. */
  lagMs: number | null;
  /** Where heavy reads go now. */
  readsFrom: 'replica' | 'primary';
}

export interface ReadReplicaOptions {
  maxLagMs: number;
  /** How often the lag is measured. Default 1000 ms. */
  probeIntervalMs?: number;
  poolSize?: number;
}

/** PostgreSQL error classes and socket errors that mean "this server cannot answer now", not "this query is wrong". */
export function isUnavailable(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  if (typeof code === 'string') {
    if (/^(08|57P0[1-3]|53300)/.test(code)) return true; // connection, shutdown, cannot connect now, too many
    if (code === '40001' || code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'ETIMEDOUT')
      return true;
  }
  return /Connection terminated|connection timeout|not queryable|Connection is not established/i.test(
    message ?? '',
  );
}

export class ReadReplica {
  private replica: DataSource | null = null;
  private state: ReplicaState = 'starting';
  private lagMs: number | null = null;
  private timer: NodeJS.Timeout | null = null;
  private probing: Promise<void> | null = null;
  private stopped = false;
  /** Primary WAL positions sampled at each probe that the replica had not replayed yet (oldest first). */
  private pending: { at: number; lsn: string }[] = [];
  private readonly reads = { replica: 0, primary: 0 };

  constructor(
    private readonly primary: DataSource,
    private readonly url: string,
    private readonly logger: Logger,
    private readonly options: ReadReplicaOptions,
  ) {}

  /** Opens the replica's pool and measures once; a replica that is down does not stop start-up. */
  async start(): Promise<void> {
    await this.probe();
    this.timer = setInterval(() => void this.probe(), this.options.probeIntervalMs ?? 1000);
    this.timer.unref();
  }

  status(): ReplicaStatus {
    return { state: this.state, lagMs: this.lagMs, readsFrom: this.usable() ? 'replica' : 'primary' };
  }

  /** The DataSource heavy reads go to now: the replica while it is up and close enough, else the primary. */
  current(): DataSource {
    if (this.usable() && this.replica) {
      this.reads.replica += 1;
      return this.replica;
    }
    this.reads.primary += 1;
    return this.primary;
  }

  /**
   * Runs `work` on the replica (when usable); if the replica fails it as unavailable (stopped, restarting, a
   * conflict with recovery), marks it down and runs `work` again on the primary, so the reader gets an answer.
   */
  async run<T>(work: (dataSource: DataSource) => Promise<T>): Promise<T> {
    const source = this.current();
    if (source === this.primary) return work(source);
    try {
      return await work(source);
    } catch (error) {
      if (!isUnavailable(error)) throw error;
      this.enter('down', null, error);
      this.reads.primary += 1;
      return work(this.primary);
    }
  }

  /** Gauges of the lag and state, and counters of where heavy reads went, on `registry`. */
  registerMetrics(registry: client.Registry): void {
    const lagMs = () => this.lagMs;
    const inUse = () => this.usable();
    const reads = this.reads;
    new client.Gauge({
      name: 'db_read_replica_lag_seconds',
      help: 'How far the read replica is behind the primary (-1 while it is down)',
      registers: [registry],
      collect() {
        const lag = lagMs();
        this.set(lag === null ? -1 : lag / 1000);
      },
    });
    new client.Gauge({
      name: 'db_read_replica_in_use',
      help: '1 while heavy reads go to the read replica, 0 while they go to the primary',
      registers: [registry],
      collect() {
        this.set(inUse() ? 1 : 0);
      },
    });
    new client.Gauge({
      name: 'db_heavy_reads',
      help: 'Heavy reads (reports, exports, audit trail) so far, by the database that answered',
      labelNames: ['target'] as const,
      registers: [registry],
      collect() {
        this.set({ target: 'replica' }, reads.replica);
        this.set({ target: 'primary' }, reads.primary);
      },
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.probing?.catch(() => undefined);
    if (this.replica?.isInitialized) await this.replica.destroy().catch(() => undefined);
  }

  private usable(): boolean {
    return this.state === 'up';
  }

  /** One measurement at a time; a slow one is not overtaken by the next tick. */
  private probe(): Promise<void> {
    if (this.probing || this.stopped) return this.probing ?? Promise.resolve();
    this.probing = this.measure().finally(() => (this.probing = null));
    return this.probing;
  }

  private async measure(): Promise<void> {
    let lsn: string;
    try {
      // Through a pooler too: one plain statement.
      const [row]: { lsn: string }[] = await this.primary.query(
        'SELECT pg_current_wal_flush_lsn()::text AS lsn',
      );
      lsn = row.lsn;
    } catch {
      return; // the primary is the pool's problem, not the replica's; measure again next time
    }
    const sampledAt = Date.now();
    this.pending.push({ at: sampledAt, lsn });
    if (this.pending.length > 3600) this.pending.shift();
    try {
      if (!this.replica) {
        const replica = createDataSource(this.url, { poolSize: this.options.poolSize ?? 10 });
        await replica.initialize();
        if (this.stopped) {
          await replica.destroy();
          return;
        }
        this.replica = replica;
      }
      // The oldest sample the replica has not replayed yet says how long ago the primary was where the replica
      // is not yet: the lag, to within one probe interval. A server that is not in recovery replays nothing.
      const positions = this.pending.map((sample) => sample.lsn);
      const [row]: { recovering: boolean; replayed: boolean[] }[] = await this.replica.query(
        `SELECT pg_is_in_recovery() AS recovering,
                ARRAY(SELECT COALESCE(pg_last_wal_replay_lsn() >= p::pg_lsn, true) FROM unnest($1::text[]) p) AS replayed`,
        [positions],
      );
      const firstMissing = row.recovering ? row.replayed.indexOf(false) : -1;
      this.pending = firstMissing === -1 ? [] : this.pending.slice(firstMissing);
      const lag = firstMissing === -1 ? 0 : Date.now() - this.pending[0].at;
      this.enter(lag > this.options.maxLagMs ? 'behind' : 'up', lag);
    } catch (error) {
      if (this.replica && !this.replica.isInitialized) this.replica = null;
      this.enter('down', null, error);
    }
  }

  private enter(state: ReplicaState, lagMs: number | null, error?: unknown): void {
    const previous = this.state;
    this.state = state;
    this.lagMs = lagMs;
    if (state === previous) return;
    const where = state === 'up' ? 'read from it' : 'read from the primary';
    const what = 'reports, exports and the audit trail';
    if (state === 'up') this.logger.info({ lagMs }, `Read replica up (${lagMs} ms behind): ${what} ${where}`);
    else if (state === 'behind')
      this.logger.warn(
        { lagMs, maxLagMs: this.options.maxLagMs },
        `Read replica ${lagMs} ms behind (limit ${this.options.maxLagMs} ms): ${what} ${where}`,
      );
    else this.logger.warn({ err: error }, `Read replica down: ${what} ${where}`);
  }
}
