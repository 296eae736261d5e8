// A load generator in a process of its own, so that the clients' CPU (sending, reading, checking responses) is not
// charged to the server under test: driven over IPC by bench/support/load.ts. One closed loop per message: N
// workers, each sending its next POST when the previous answered, for a fixed time; every response must be 200 and
// free of GraphQL errors.
import http from 'node:http';
import { closedLoopFor, LoopResult } from './http';

export interface LoadSpec {
  url: string;
  /** The request body; several are sent in turn (request i sends bodies[i % length]). */
  bodies: string[];
  headers: Record<string, string>;
  concurrency: number;
  durationMs: number;
}

export type LoadResult = LoopResult;

export type ToLoad = { type: 'run'; spec: LoadSpec } | { type: 'close' };
export type FromLoad = { type: 'result'; result: LoadResult };

const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
const ERRORS = Buffer.from('"errors"');

function post(url: URL, spec: LoadSpec, body: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: {
          ...spec.headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('error', reject);
        incoming.on('end', () => {
          const body = Buffer.concat(chunks);
          if (incoming.statusCode !== 200 || body.includes(ERRORS))
            reject(new Error(`HTTP ${incoming.statusCode}: ${body.toString('utf8').slice(0, 300)}`));
          else resolve();
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

function run(spec: LoadSpec): Promise<LoadResult> {
  const url = new URL(spec.url);
  return closedLoopFor(spec.durationMs, spec.concurrency, (index) =>
    post(url, spec, spec.bodies[index % spec.bodies.length]),
  );
}

process.on('message', (message: ToLoad) => {
  if (message.type === 'close') {
    agent.destroy();
    process.disconnect();
    return;
  }
  void run(message.spec).then((result) => process.send?.({ type: 'result', result } satisfies FromLoad));
});
