// Side-by-side runs on a shared machine: the systems take turns, round by round (the order rotating each round),
// so that a busy moment hits all of them alike; each system's median over the rounds, and ratios as the median of
// the per-round ratios, which are steadier than the absolute numbers.
import type { LoadResult } from './load';
import { BenchResult } from './report';
import { percentile, summarize } from './stats';

export type { LoadResult };

/** One system's turn: run the load for one round and report the latencies. */
export type Turn = () => Promise<LoadResult>;

export const median = (values: readonly number[]) => percentile(values, 50);

/** Completed requests per second of one round. */
export const rate = (result: LoadResult) => (result.latencies.length * 1000) / result.elapsedMs;

/** Runs `rounds` rounds of every system's turn; returns each system's rounds in order. */
export async function interleave(
  turns: ReadonlyMap<string, Turn>,
  rounds: number,
  progress: (round: number, system: string) => void = () => undefined,
): Promise<Map<string, LoadResult[]>> {
  const names = [...turns.keys()];
  const results = new Map<string, LoadResult[]>(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round += 1) {
    for (let index = 0; index < names.length; index += 1) {
      const name = names[(index + round) % names.length];
      progress(round, name);
      const turn = turns.get(name);
      if (turn) results.get(name)?.push(await turn());
    }
  }
  return results;
}

/** The median over rounds of ours ÷ theirs (requests per second), or null without rounds of both. */
export function medianRatio(ours: readonly LoadResult[], theirs: readonly LoadResult[]): number | null {
  const pairs = ours.slice(0, theirs.length).map((run, index) => rate(run) / rate(theirs[index]));
  return pairs.length ? median(pairs) : null;
}

/** One table row per system: median rate, pooled latencies, per-round rates, and this server's ratios to the rest. */
export function comparisonRows(spec: {
  benchmark: (system: string) => string;
  workload: string;
  results: ReadonlyMap<string, LoadResult[]>;
  /** The system whose ratios to the others are reported. */
  ours: string;
  sql: (system: string) => string;
}): BenchResult[] {
  const ourRuns = spec.results.get(spec.ours) ?? [];
  return [...spec.results].map(([system, runs]) => {
    const rates = runs.map(rate);
    const versus =
      system === spec.ours
        ? [...spec.results]
            .filter(([other]) => other !== spec.ours)
            .map(([other, theirs]) => [other, medianRatio(ourRuns, theirs)] as const)
            .filter((pair): pair is readonly [string, number] => pair[1] !== null)
            .map(([other, ratio]) => `${ratio.toFixed(2)}× ${other}`)
        : [];
    const failures = runs.reduce((sum, run) => sum + run.failures, 0);
    return {
      benchmark: spec.benchmark(system),
      workload: spec.workload,
      throughput: `${median(rates).toFixed(1)}/s`,
      latency: summarize(runs.flatMap((run) => run.latencies)),
      sql: spec.sql(system),
      result: [
        `per round ${rates.map((value) => value.toFixed(0)).join(' / ')}/s`,
        ...(versus.length ? [`**this server: ${versus.join(', ')}** (median of per-round ratios)`] : []),
        failures ? `${failures} errors: ${runs.find((run) => run.firstFailure)?.firstFailure}` : '0 errors',
      ].join('; '),
    };
  });
}
