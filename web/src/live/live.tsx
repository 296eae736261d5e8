// The app's one event stream: subscribes to orderEvents from the stream's head once signed in, resumes from the
// last cursor after every drop (ResumableWsLink), writes each event's order into the cache (the event carries the
// order's state after the change), tells the screens that keep their own state (boards), and shows the
// connection's state. RESYNC_REQUIRED (too far behind) reloads every list and starts again from the new head.
import { useApolloClient } from '@apollo/client/react';
import type { Client } from 'graphql-ws';
import { createContext, ReactNode, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { problemOf } from '../api/errors';
import { OrderEventsDoc, StreamHeadDoc } from '../api/operations';
import type { OrderEventsSubscription } from '../gql/graphql';

export type OrderEvent = OrderEventsSubscription['orderEvents'];

export type ConnectionState =
  | { kind: 'connecting' }
  | { kind: 'live' }
  | { kind: 'reconnecting'; since: Date }
  | { kind: 'offline'; since: Date };

/** A drop shorter than this is not shown: sockets close when the access token expires and come back at once. */
const RECONNECTING_AFTER_MS = 3_000;
/** After this long without a connection the header says "Offline since HH.mm". */
const OFFLINE_AFTER_MS = 10_000;

type EventListener = (event: OrderEvent) => void;
type ResyncListener = () => void;

interface LiveValue {
  connection: ConnectionState;
  /** Hear every event (boards, notices); returns the function that stops listening. */
  onEvent(listener: EventListener): () => void;
  /** Hear a resynchronisation (the screen reloads its own state). */
  onResync(listener: ResyncListener): () => void;
  /** Whether the stream is up now (a board that starts later subscribes at once). */
  connected(): boolean;
}

const LiveContext = createContext<LiveValue | null>(null);

export function useLive(): LiveValue {
  const value = useContext(LiveContext);
  if (!value) throw new Error('useLive outside LiveProvider');
  return value;
}

export function LiveProvider({ stream, children }: { stream: Client; children: ReactNode }) {
  const client = useApolloClient();
  const [connection, setConnection] = useState<ConnectionState>({ kind: 'connecting' });
  const listeners = useRef(new Set<EventListener>());
  const resyncListeners = useRef(new Set<ResyncListener>());
  const up = useRef(false);

  useEffect(() => {
    let reconnecting: ReturnType<typeof setTimeout> | undefined;
    let offline: ReturnType<typeof setTimeout> | undefined;
    const stopConnected = stream.on('connected', () => {
      clearTimeout(reconnecting);
      clearTimeout(offline);
      up.current = true;
      setConnection({ kind: 'live' });
    });
    const stopClosed = stream.on('closed', () => {
      if (!up.current) return;
      up.current = false;
      const since = new Date();
      reconnecting = setTimeout(() => setConnection({ kind: 'reconnecting', since }), RECONNECTING_AFTER_MS);
      offline = setTimeout(() => setConnection({ kind: 'offline', since }), OFFLINE_AFTER_MS);
    });
    return () => {
      stopConnected();
      stopClosed();
      clearTimeout(reconnecting);
      clearTimeout(offline);
    };
  }, [stream]);

  useEffect(() => {
    let stopped = false;
    let current: { unsubscribe(): void } | null = null;
    const start = async (): Promise<void> => {
      const head = await client
        .query({ query: StreamHeadDoc, fetchPolicy: 'network-only' })
        .catch(() => null);
      if (stopped) return;
      if (!head?.data) {
        // No answer (server down at start): try again shortly.
        setTimeout(() => void (stopped || start()), 2_000);
        return;
      }
      const observable = client.subscribe({
        query: OrderEventsDoc,
        variables: { after: head.data.orders.cursor ?? null },
      });
      current = observable.subscribe({
        next: (result) => {
          if (result.error) {
            if (problemOf(result.error).code === 'RESYNC_REQUIRED') resync();
            return;
          }
          const event = result.data?.orderEvents;
          if (!event) return;
          if (event.__typename === 'OrderCreatedEvent' || event.__typename === 'OrderStatusChangedEvent')
            // A new order, or one that left or joined a filtered list: the lists ask again.
            client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'orders' });
          if (
            event.__typename === 'OrderApprovalRequestedEvent' ||
            event.__typename === 'OrderApprovalDecidedEvent'
          )
            client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'pendingApprovals' });
          for (const listener of listeners.current) listener(event);
        },
        error: (error: unknown) => {
          if (problemOf(error).code === 'RESYNC_REQUIRED') resync();
        },
      });
    };
    const resync = () => {
      current?.unsubscribe();
      current = null;
      for (const listener of resyncListeners.current) listener();
      void client.refetchQueries({ include: 'active' }).catch(() => undefined);
      void start();
    };
    void start();
    return () => {
      stopped = true;
      current?.unsubscribe();
    };
  }, [client]);

  const value = useMemo<LiveValue>(
    () => ({
      connection,
      onEvent: (listener) => {
        listeners.current.add(listener);
        return () => listeners.current.delete(listener);
      },
      onResync: (listener) => {
        resyncListeners.current.add(listener);
        return () => resyncListeners.current.delete(listener);
      },
      connected: () => up.current,
    }),
    [connection],
  );
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}
