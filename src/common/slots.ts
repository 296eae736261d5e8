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

export class Slots {
  private running = 0;
  private readonly line: (() => void)[] = [];

  constructor(private readonly count: number) {}

  /** Callers waiting for a slot now. */
  get waiting(): number {
    return this.line.length;
  }

  /** Callers holding a slot or waiting for one. */
  get size(): number {
    return this.running + this.line.length;
  }

  /** Whether a caller arriving now would have to wait. */
  get full(): boolean {
    return this.running >= this.count;
  }

  /** Runs `work` once a slot is free; the slot passes to the next in line when it settles. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.full) await new Promise<void>((resolve) => this.line.push(resolve));
    else this.running += 1;
    try {
      return await work();
    } finally {
      const next = this.line.shift();
      // The slot passes straight to the next caller, so `running` only drops when nobody waits.
      if (next) next();
      else this.running -= 1;
    }
  }
}
