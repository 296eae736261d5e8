// A fixed number of slots for work that must not all run at once (bcrypt hashes, PDF layout threads); callers
// beyond them wait in line, first come first served. Bounding the line is the caller's decision.
import os from 'node:os';

/**
 * Threads CPU-bound work may keep busy at once: one fewer than the CPUs (at least one), so that the event loop,
 * which answers every other request, always has a core of its own.
 */
export function spareCores(): number {
  return Math.max(1, os.availableParallelism() - 1);
}

/**
 * `count` slots, taken one at a time (run) or several at once (acquire with a weight: work that holds as much as
 * several callers do). The line is first come first served: a caller never overtakes one that arrived before it.
 */
export class Slots {
  private running = 0;
  private readonly line: { weight: number; grant: () => void }[] = [];

  constructor(private readonly count: number) {}

  /** Callers waiting for a slot now. */
  get waiting(): number {
    return this.line.length;
  }

  /** Slots taken now. */
  get taken(): number {
    return this.running;
  }

  /** Slots taken plus callers waiting for one (0 when idle). */
  get size(): number {
    return this.running + this.line.length;
  }

  /** Whether a caller arriving now would have to wait. */
  get full(): boolean {
    return this.running >= this.count || this.line.length > 0;
  }

  /**
   * Resolves once `weight` slots (at most all of them) are the caller's, with the function that gives them back
   * (once; later calls do nothing). Slots given back pass straight to the callers in line.
   */
  acquire(weight = 1): Promise<() => void> {
    const needed = Math.max(1, Math.min(weight, this.count));
    if (this.line.length === 0 && this.running + needed <= this.count) {
      this.running += needed;
      return Promise.resolve(this.releaser(needed));
    }
    return new Promise((resolve) =>
      this.line.push({ weight: needed, grant: () => resolve(this.releaser(needed)) }),
    );
  }

  /** Runs `work` once a slot is free; the slot passes to the next in line when it settles. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }

  private releaser(weight: number): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running -= weight;
      while (this.line.length > 0 && this.running + this.line[0].weight <= this.count) {
        const next = this.line.shift();
        if (!next) break;
        this.running += next.weight;
        next.grant();
      }
    };
  }
}

/** How many of something are alive now, and the most that were at once (metrics and tests read both). */
export class Tally {
  private live = 0;
  private most = 0;

  get current(): number {
    return this.live;
  }

  get peak(): number {
    return this.most;
  }

  /** Counts one more until the returned function is called (once; later calls do nothing). */
  enter(): () => void {
    this.live += 1;
    this.most = Math.max(this.most, this.live);
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.live -= 1;
    };
  }
}
