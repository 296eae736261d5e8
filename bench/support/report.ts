// One row of the results table, and the table itself (Markdown, so it can be pasted into docs/BENCHMARKS.md).
import { LatencySummary, ms } from './stats';

export interface BenchResult {
  benchmark: string;
  /** What was sent: counts, concurrency, data size. */
  workload: string;
  /** Requests, logins or events per second. */
  throughput: string;
  /** Latency in milliseconds (what it measures is said in `workload` or `result`). */
  latency?: LatencySummary;
  /** SQL statements per request or per event. */
  sql: string;
  /** The correctness check and anything else worth a number. */
  result: string;
}

export function resultsTable(results: readonly BenchResult[]): string {
  const lines = [
    '| benchmark | workload | throughput | p50 ms | p95 ms | p99 ms | max ms | SQL | result |',
    '|---|---|---:|---:|---:|---:|---:|---|---|',
  ];
  for (const row of results) {
    const latency = row.latency;
    lines.push(
      `| ${[
        row.benchmark,
        row.workload,
        row.throughput,
        ms(latency?.p50),
        ms(latency?.p95),
        ms(latency?.p99),
        ms(latency?.max),
        row.sql,
        row.result,
      ].join(' | ')} |`,
    );
  }
  return lines.join('\n');
}
