// Prometheus metrics (prom-client), one registry per application instance: operations by name and outcome with
// latency, active subscriptions, events received and delivered, and the database pool.
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

export class AppMetrics {
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

  recordOperation(operation: string, kind: OperationKind, outcome: string, seconds?: number): void {
    this.operations.inc({ operation, kind, outcome });
    if (seconds !== undefined) this.duration.observe({ operation, kind }, seconds);
  }
}
