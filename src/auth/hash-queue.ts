// The one gate every bcrypt call of a request passes: a few hashes at a time (bcrypt runs on libuv's small thread
// pool, which file and DNS work share) and a bounded waiting line, beyond which callers get TOO_MANY_REQUESTS.
import { Config } from '../config';
import { TooManyRequestsError } from '../schema/errors';

export class HashQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  /**
   * @param concurrency hashes computed at once (default 2 of libuv's 4 threads)
   * @param limit callers allowed to wait; one more gets TOO_MANY_REQUESTS at once
   */
  constructor(
    private readonly concurrency: number,
    private readonly limit: number,
  ) {}

  /** Callers hashing or waiting now (metrics, tests). */
  get size(): number {
    return this.running + this.waiting.length;
  }

  /** Runs `hash` when a slot is free; refuses at once when the line is full. */
  async run<T>(hash: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.limit) {
        throw new TooManyRequestsError('The server is busy signing people in; try again in a moment', 1);
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else this.running += 1;
    try {
      return await hash();
    } finally {
      const next = this.waiting.shift();
      // The slot passes straight to the next caller, so `running` only drops when nobody waits.
      if (next) next();
      else this.running -= 1;
    }
  }
}

const queues = new WeakMap<Config, HashQueue>();

/** The process's queue for this configuration (LOGIN_QUEUE_LIMIT). */
export function hashQueue(config: Config): HashQueue {
  let queue = queues.get(config);
  if (!queue) {
    queue = new HashQueue(2, config.loginQueueLimit);
    queues.set(config, queue);
  }
  return queue;
}
