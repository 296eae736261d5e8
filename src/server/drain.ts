// Stopping an HTTP server without losing a request: no new connections, `Connection: close` on every response from
// then on (in-flight ones included), idle keep-alive connections left for their clients to close, and a count of the
// work still running (HTTP requests, GraphQL operations on either transport) that the pool must outlive.
import http from 'node:http';
import net from 'node:net';

/** Work in progress: `begin()` returns the function that ends it; `idle()` resolves when none is left. */
export class InFlight {
  private running = 0;
  private waiters: Array<() => void> = [];

  get count(): number {
    return this.running;
  }

  begin(): () => void {
    this.running += 1;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.running -= 1;
      if (this.running === 0) for (const wake of this.waiters.splice(0)) wake();
    };
  }

  /** Runs `work` counted as in flight until it settles. */
  track<T>(work: () => T | Promise<T>): Promise<T> {
    const end = this.begin();
    return Promise.resolve().then(work).finally(end);
  }

  idle(): Promise<void> {
    if (this.running === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }
}

export interface DrainOutcome {
  /** Connections still open at the deadline, cut. */
  cut: number;
}

export interface HttpDrain {
  /** True once stop() began (readiness answers 503 then). */
  readonly stopping: boolean;
  /**
   * Stops accepting connections, asks every client to close after its current response, and resolves when every
   * connection is closed; after `timeoutMs` the ones still open are destroyed.
   */
  stop(timeoutMs: number): Promise<DrainOutcome>;
}

/**
 * Tracks `server`'s connections and requests. Node's own `server.close()` closes idle keep-alive connections at once,
 * which races a client sending its next request on one (it gets a reset, a proxy a 502 it may not retry): here an
 * idle connection is left to its client, which closes it before the server's keep-alive timeout (5 s, announced in
 * `Keep-Alive: timeout=5`; nginx's upstream `keepalive_timeout` is set below it), and a request that still arrives on
 * it is served, with `Connection: close`.
 */
export function drainable(server: http.Server, work: InFlight): HttpDrain {
  let stopping = false;
  const sockets = new Set<net.Socket>();
  const open = new Set<http.ServerResponse>();

  server.on('connection', (socket: net.Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  // Before Express: every request counts as work until its response is finished or its connection lost.
  server.prependListener('request', (_req: http.IncomingMessage, res: http.ServerResponse) => {
    open.add(res);
    const end = work.begin();
    if (stopping) res.setHeader('Connection', 'close');
    res.once('close', () => {
      open.delete(res);
      end();
    });
  });

  return {
    get stopping() {
      return stopping;
    },
    async stop(timeoutMs) {
      stopping = true;
      const closed = new Promise<void>((resolve) =>
        // net.Server's close: stop listening and wait for the connections, without http.Server's closing of the
        // idle ones (see above).
        net.Server.prototype.close.call(server, () => resolve()),
      );
      for (const res of open) if (!res.headersSent) res.setHeader('Connection', 'close');
      let cut = 0;
      const timer = setTimeout(() => {
        cut = sockets.size;
        for (const socket of sockets) socket.destroy();
      }, timeoutMs);
      await closed;
      clearTimeout(timer);
      return { cut };
    },
  };
}
