// graphql-ws on a `ws` server: what graphql-ws's own adapter (graphql-ws/use/ws, `useServer`) does, keep-alive pings
// and error handling alike, except how messages are written. That adapter writes every message with its own system
// call and holds a subscription's next message until the previous one is written; on this machine a write to a
// socket costs ~60 µs of CPU (the loopback's receiving side runs in the same call), which made writing the largest
// cost of a fan-out (20 subscriptions on a screen's socket: 20 calls per event) and of a mass resumption (100
// replayed events: 100 calls per screen). Here the messages given to a socket in one turn of the event loop leave in
// one call (the TCP socket is corked until the turn ends), and a message counts as sent at once while the socket's
// unsent bytes stay under a high-water mark; past it, the subscription waits until its message is written, so a
// slow client holds back only its own subscriptions (which then fall behind and replay, realtime/event-stream.ts).
import type http from 'node:http';
import type { Socket } from 'node:net';
import { CloseCode, Disposable, handleProtocols, makeServer, ServerOptions } from 'graphql-ws';
import type { WebSocket, WebSocketServer } from 'ws';

/** What each connection's context carries (as graphql-ws/use/ws's Extra). */
export interface Extra {
  readonly socket: WebSocket;
  readonly request: http.IncomingMessage;
}

/**
 * A message payload serialized once for every socket that sends it (a fan-out's shared answer). graphql-ws
 * serializes each message itself (`{"id":…,"type":"next","payload":…}`), and then hands it to `send` in the same
 * synchronous step; the payload's toJSON leaves its text here under a mark of its own, and `send` puts the text
 * in place of the mark. A mark that does not end the message as expected (or a stray toJSON call) is ignored and
 * the message re-serialized, so no message can carry another's payload.
 */
export class Serialized {
  constructor(readonly text: string) {}

  toJSON(): string {
    marks += 1;
    handedOff = { mark: `\u0000payload ${marks}\u0000`, text: this.text };
    return handedOff.mark;
  }
}

let marks = 0;
let handedOff: { mark: string; text: string } | null = null;

/** The message with the payload text handed off by Serialized.toJSON() in place of its mark. */
export function withPayload(data: string): string {
  const payload = handedOff;
  handedOff = null;
  if (payload === null || !data.includes('\\u0000payload ')) return data;
  const tail = `"payload":${JSON.stringify(payload.mark)}}`;
  if (data.endsWith(tail)) return `${data.slice(0, -tail.length)}"payload":${payload.text}}`;
  // Not the shape expected: serialize again, the payload from its text.
  const message = JSON.parse(data) as { payload?: unknown };
  if (message.payload === payload.mark) message.payload = JSON.parse(payload.text) as unknown;
  return JSON.stringify(message);
}

/** Unsent bytes on a socket above which a subscription waits for its message to be written. */
export const SEND_HIGH_WATER = 64 * 1024;

/** TCP sockets corked in this turn of the event loop, uncorked together when it ends. */
const corked = new Set<Socket>();
let flushing = false;

function flush(): void {
  flushing = false;
  for (const tcp of corked) tcp.uncork();
  corked.clear();
}

/** Holds `tcp`'s writes until this turn of the event loop ends, then sends them in one call. */
function corkForThisTurn(tcp: Socket): void {
  if (corked.has(tcp)) return;
  tcp.cork();
  corked.add(tcp);
  if (!flushing) {
    flushing = true;
    setImmediate(flush);
  }
}

function closeReason(error: unknown, production: boolean): string {
  if (production) return 'Internal server error';
  const message = error instanceof Error ? error.message : String(error);
  // A close reason is at most 123 bytes.
  return Buffer.byteLength(message) > 123 ? 'Internal server error' : message;
}

export interface TransportOptions {
  /** Keep-alive ping interval; a socket that misses a pong for as long is terminated. */
  keepAliveMs: number;
  /** Close reasons say only "Internal server error". */
  production: boolean;
  /** Reports an internal error of the server, a socket or a message's handling (then closed with 4500/1011). */
  onInternalError: (error: unknown, where: 'server' | 'socket' | 'message') => void;
}

/** Serves graphql-ws on `wss`. */
export function serveGraphqlWs<P extends Record<string, unknown>, E extends Record<PropertyKey, unknown>>(
  options: ServerOptions<P, Extra & Partial<E>>,
  wss: WebSocketServer,
  { keepAliveMs, production, onInternalError }: TransportOptions,
): Disposable {
  const server = makeServer(options);
  wss.options.handleProtocols = handleProtocols;

  wss.once('error', (error) => {
    onInternalError(error, 'server');
    for (const client of wss.clients)
      client.close(CloseCode.InternalServerError, closeReason(error, production));
  });

  wss.on('connection', (socket, request) => {
    const tcp = request.socket;
    socket.once('error', (error) => {
      onInternalError(error, 'socket');
      socket.close(CloseCode.InternalServerError, closeReason(error, production));
    });

    let pongWait: NodeJS.Timeout | null = null;
    const pingInterval =
      keepAliveMs > 0 && Number.isFinite(keepAliveMs)
        ? setInterval(() => {
            if (socket.readyState !== socket.OPEN) return;
            pongWait = setTimeout(() => socket.terminate(), keepAliveMs);
            socket.once('pong', () => {
              if (pongWait) clearTimeout(pongWait);
              pongWait = null;
            });
            socket.ping();
          }, keepAliveMs)
        : null;

    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (serialized) => {
          const data = withPayload(serialized);
          if (socket.readyState !== socket.OPEN) return;
          corkForThisTurn(tcp);
          // A failed write surfaces as the socket's error and close, which end its subscriptions.
          if (socket.bufferedAmount < SEND_HIGH_WATER) return socket.send(data);
          return new Promise<void>((resolve, reject) =>
            socket.send(data, (error) => (error ? reject(error) : resolve())),
          );
        },
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on('message', (message) => {
            handle(String(message)).catch((error: unknown) => {
              onInternalError(error, 'message');
              socket.close(CloseCode.InternalServerError, closeReason(error, production));
            });
          }),
      },
      { socket, request } as Extra & Partial<E>,
    );

    socket.once('close', (code, reason) => {
      if (pongWait) clearTimeout(pongWait);
      if (pingInterval) clearInterval(pingInterval);
      void closed(code, String(reason));
    });
  });

  return {
    dispose: async () => {
      for (const client of wss.clients) client.close(1001, 'Going away');
      wss.removeAllListeners();
      await new Promise<void>((resolve, reject) => wss.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
