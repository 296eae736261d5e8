// Prometheus metrics (prom-client), one registry per application instance: operations by name and outcome with
// latency, active subscriptions, events received and delivered, and the database pool. Label values come from a
// bounded set whatever clients send: every series lives until the process ends.
import v8 from 'node:v8';
import client from 'prom-client';
import { DataSource } from 'typeorm';

export type OperationKind = 'query' | 'mutation' | 'subscription' | 'unknown';

interface PoolLike {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

function pool(dataSource: DataSource): PoolLike | null {
  const driver = dataSource.isInitialized ? (dataSource.driver as unknown as { master?: PoolLike }) : null;
  return driver?.master ?? null;
}

/** Distinct operation names kept as label values; later new names count as OTHER_OPERATION. */
export const MAX_OPERATION_NAMES = 200;
export const OTHER_OPERATION = '_other';
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** Distinct client names kept as label values (apollographql-client-name); later new names count as `_other`. */
export const MAX_CLIENT_NAMES = 50;
const CLIENT_NAME = /^[\w.@/-]{1,64}$/;

export class AppMetrics {
  private readonly operationNames = new Set<string>(['anonymous']);
  private readonly clientNames = new Set<string>(['unknown']);

  readonly registry = new client.Registry();
  readonly operations = new client.Counter({
    name: 'graphql_operations_total',
    help: 'GraphQL operations by name, kind and outcome (ok or the error code)',
    labelNames: ['operation', 'kind', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly duration = new client.Histogram({
    name: 'graphql_operation_duration_seconds',
    help: 'GraphQL operation latency over HTTP',
    labelNames: ['operation', 'kind'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  readonly compiledOperations = new client.Counter({
    name: 'graphql_compiled_operations_total',
    help: 'Operations compiled by graphql-jit (when an operation runs the second time; at most 500 documents kept)',
    registers: [this.registry],
  });
  readonly eventsReceived = new client.Counter({
    name: 'realtime_events_received_total',
    help: 'Order events this process received from the event bus',
    labelNames: ['topic'] as const,
    registers: [this.registry],
  });
  readonly eventsDelivered = new client.Counter({
    name: 'realtime_events_delivered_total',
    help: 'Subscription messages sent to clients by this process',
    labelNames: ['topic'] as const,
    registers: [this.registry],
  });
  readonly answersExecuted = new client.Counter({
    name: 'realtime_answers_executed_total',
    help: 'Subscription events executed by this process: once per event and group of alike subscribers (same document, variables and role), however many receive it',
    registers: [this.registry],
  });

  readonly untrustedDocuments = new client.Counter({
    name: 'graphql_untrusted_documents_total',
    help: 'Documents no trusted-documents manifest holds, by client name, transport and action (logged in TRUSTED_DOCUMENTS=log, refused in enforce)',
    labelNames: ['client', 'transport', 'action'] as const,
    registers: [this.registry],
  });

  /** `instance` (PM2's NODE_APP_INSTANCE) labels every sample, so that the workers behind one port differ. */
  constructor(dataSource: DataSource, activeSubscriptions: () => number, instance?: string) {
    if (instance !== undefined) this.registry.setDefaultLabels({ instance });
    client.collectDefaultMetrics({ register: this.registry });
    new client.Gauge({
      name: 'realtime_active_subscriptions',
      help: 'Subscriptions streaming on this process',
      registers: [this.registry],
      collect() {
        this.set(activeSubscriptions());
      },
    });
    // The V8 heap limit this process runs with (--max-old-space-size plus the young generation): deploy/pm2-check.ts
    // checks that PM2 started each worker with the one ecosystem.config.js sets.
    this.gauge(
      'nodejs_heap_size_limit_bytes',
      'V8 heap size limit of this process',
      () => v8.getHeapStatistics().heap_size_limit,
    );
    for (const [name, help, read] of [
      ['db_pool_connections', 'Open connections of the database pool', (p: PoolLike) => p.totalCount],
      ['db_pool_idle_connections', 'Idle connections of the database pool', (p: PoolLike) => p.idleCount],
      ['db_pool_waiting_requests', 'Queries waiting for a pool connection', (p: PoolLike) => p.waitingCount],
    ] as const) {
      new client.Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          const current = pool(dataSource);
          this.set(current ? read(current) : 0);
        },
      });
    }
  }

  /** A gauge read from `read` at every scrape. */
  gauge(name: string, help: string, read: () => number): void {
    new client.Gauge({
      name,
      help,
      registers: [this.registry],
      collect() {
        this.set(read());
      },
    });
  }

  /** The label for a client-chosen operation name: itself while the set of names is small, else OTHER_OPERATION. */
  operationLabel(name: string): string {
    if (this.operationNames.has(name)) return name;
    if (!OPERATION_NAME.test(name) || this.operationNames.size >= MAX_OPERATION_NAMES) return OTHER_OPERATION;
    this.operationNames.add(name);
    return name;
  }

  /** The label for a client's self-declared name: itself while the set of names is small, else `_other`. */
  clientLabel(name: string): string {
    if (this.clientNames.has(name)) return name;
    if (!CLIENT_NAME.test(name) || this.clientNames.size >= MAX_CLIENT_NAMES) return OTHER_OPERATION;
    this.clientNames.add(name);
    return name;
  }

  recordUntrusted(client: string, transport: 'http' | 'ws', action: 'logged' | 'refused'): void {
    this.untrustedDocuments.inc({ client: this.clientLabel(client), transport, action });
  }

  recordOperation(name: string, kind: OperationKind, outcome: string, seconds?: number): void {
    const operation = this.operationLabel(name);
    this.operations.inc({ operation, kind, outcome });
    if (seconds !== undefined) this.duration.observe({ operation, kind }, seconds);
  }
}
