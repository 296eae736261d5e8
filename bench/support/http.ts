// A lean GraphQL-over-HTTP client for load (node:http with a keep-alive agent) and a closed-loop driver: N workers
// each send their next request as soon as the previous one answered, until a fixed number has been sent.
import http from 'node:http';

export interface GraphQLError {
  message: string;
  extensions?: { code?: string };
}

export interface GraphQLResponse<T> {
  status: number;
  data: T | null;
  errors: GraphQLError[];
}

export interface GraphQLClient {
  /** One POST /graphql; never throws for GraphQL errors (they are in `errors`). */
  request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  /** The data of a call that must succeed; throws with the errors otherwise. */
  ok<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<T>;
  close(): void;
}

export function graphqlClient(graphqlUrl: string): GraphQLClient {
  const url = new URL(graphqlUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const request = <T>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<GraphQLResponse<T>> =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify({ query, variables });
      const headers: http.OutgoingHttpHeaders = {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
      };
      if (token) headers.authorization = `Bearer ${token}`;
      const outgoing = http.request(
        { agent, host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
          incoming.on('error', reject);
          incoming.on('end', () => {
            try {
              const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
                data?: T | null;
                errors?: GraphQLError[];
              };
              resolve({
                status: incoming.statusCode ?? 0,
                data: parsed.data ?? null,
                errors: parsed.errors ?? [],
              });
            } catch (error) {
              reject(error);
            }
          });
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  return {
    request,
    async ok<T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T> {
      const response = await request<T>(query, variables, token);
      if (response.errors.length || !response.data)
        throw new Error(`GraphQL call failed (${response.status}): ${JSON.stringify(response.errors)}`);
      return response.data;
    },
    close: () => agent.destroy(),
  };
}

export interface LoopResult {
  /** Latency of every completed task, in milliseconds. */
  latencies: number[];
  /** Tasks that threw (their latency is not in `latencies`). */
  failures: number;
  /** The first failure's message, for the report. */
  firstFailure: string | null;
  elapsedMs: number;
}

/**
 * Runs `task(0, 1, 2, ...)` with `workers` in flight, each starting its next task when one ends, while `more(index)`
 * says so.
 */
async function workerLoop(
  workers: number,
  more: (index: number) => boolean,
  task: (index: number) => Promise<void>,
): Promise<LoopResult> {
  const latencies: number[] = [];
  let failures = 0;
  let firstFailure: string | null = null;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (more(next)) {
      const index = next;
      next += 1;
      const taskStarted = performance.now();
      try {
        await task(index);
        latencies.push(performance.now() - taskStarted);
      } catch (error) {
        failures += 1;
        firstFailure ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  return { latencies, failures, firstFailure, elapsedMs: performance.now() - started };
}

/** Runs `task(0..total-1)` with at most `concurrency` in flight; each worker starts its next task when one ends. */
export function closedLoop(
  total: number,
  concurrency: number,
  task: (index: number) => Promise<void>,
): Promise<LoopResult> {
  return workerLoop(Math.min(concurrency, total), (index) => index < total, task);
}

/** The same for `durationMs`: no task starts after it. */
export function closedLoopFor(
  durationMs: number,
  concurrency: number,
  task: (index: number) => Promise<void>,
): Promise<LoopResult> {
  const deadline = performance.now() + durationMs;
  return workerLoop(concurrency, () => performance.now() < deadline, task);
}
