// The one gate every bcrypt call of a request passes: a few hashes at a time (bcrypt runs on libuv's small thread
// pool, which file and DNS work share) and a bounded waiting line, beyond which callers get TOO_MANY_REQUESTS.
// Sign-ins' short transactions pass a gate here too, so that a storm of them waits here, not on the connection pool.
import { Config } from '../config/config';
import { TooManyRequestsError } from '../common/errors';
import { Slots, spareCores } from '../common/slots';

/** Sign-in transactions at once: a few of the pool's 20 connections, so that other requests always find one. */
const SIGN_IN_TRANSACTIONS = 4;

export class HashQueue {
  private readonly slots: Slots;
  private readonly transactions = new Slots(SIGN_IN_TRANSACTIONS);

  /**
   * @param concurrency hashes computed at once (see HASHES_AT_ONCE)
   * @param limit callers allowed to wait; one more gets TOO_MANY_REQUESTS at once
   */
  constructor(
    concurrency: number,
    private readonly limit: number,
  ) {
    this.slots = new Slots(concurrency);
  }

  /** Callers hashing or waiting now (metrics, tests). */
  get size(): number {
    return this.slots.size;
  }

  /** Runs `hash` when a slot is free; refuses at once when the line is full. */
  run<T>(hash: () => Promise<T>): Promise<T> {
    if (this.slots.full && this.slots.waiting >= this.limit) {
      return Promise.reject(
        new TooManyRequestsError('The server is busy signing people in; try again in a moment', 1),
      );
    }
    return this.slots.run(hash);
  }

  /**
   * Runs a sign-in's database step when one of a few slots is free. Without it, 150 logins arriving at once took
   * all 20 pooled connections with their first transaction, and an unrelated query waited behind them for a second.
   */
  transaction<T>(step: () => Promise<T>): Promise<T> {
    return this.transactions.run(step);
  }
}

/**
 * Hashes at once: the spare cores (bcrypt is CPU work; on 2 cores a second hash took the event loop's core and an
 * unrelated query waited 30% longer during a storm), and at most 2 of libuv's 4 threads, which file and DNS
 * work share.
 */
const HASHES_AT_ONCE = Math.min(2, spareCores());

const queues = new WeakMap<Config, HashQueue>();

/** The process's queue for this configuration (LOGIN_QUEUE_LIMIT). */
export function hashQueue(config: Config): HashQueue {
  let queue = queues.get(config);
  if (!queue) {
    queue = new HashQueue(HASHES_AT_ONCE, config.loginQueueLimit);
    queues.set(config, queue);
  }
  return queue;
}
