// A process-wide bound on catch-up work (orderEventsSince): at most CATCH_UP_SLOTS pages are built at once, from the
// start of their execution until their answer is complete (over HTTP: until Apollo serialises it, which follows at
// once); the others wait in line, first come first served, at the cost of a few small objects each.
//
// Why: a page of 1,000 events is a few megabytes while it is built (the events read, their GraphQL objects, the
// result tree, the JSON text). After a network outage or a `pm2 reload` hundreds of phones catch up at the same
// moment; unbounded, 100 of them took a fresh process from 130 MB to 300–750 MB RSS (docs/BENCHMARKS.md, catch-up
// memory). In line they cost almost nothing, and each page is built as fast as before: the work is CPU and
// database bound, so a few at a time finish the burst in about the same time as all at once.
//
// An operation may select orderEventsSince several times (aliases): it takes one slot per selection (at most all
// of them), so its weight in memory is what it holds.
import { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, Kind, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import { Slots } from '../common/slots';

/** Catch-up pages built at once per process. */
export const CATCH_UP_SLOTS = 4;

/** The root fields whose answers are catch-up pages. */
const CATCH_UP_FIELDS: ReadonlySet<string> = new Set(['orderEventsSince']);

/** How many catch-up fields an operation selects at its root (through fragments too). */
export function catchUpWeight(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [],
    ),
  );
  const seen = new Set<string>();
  const count = (selectionSet: SelectionSetNode): number =>
    selectionSet.selections.reduce((sum, selection) => {
      if (selection.kind === Kind.FIELD) return sum + (CATCH_UP_FIELDS.has(selection.name.value) ? 1 : 0);
      if (selection.kind === Kind.INLINE_FRAGMENT) return sum + count(selection.selectionSet);
      const name = selection.name.value;
      const fragment = fragments.get(name);
      // A fragment spread twice selects the same fields (they merge); a cycle fails validation before this.
      if (!fragment || seen.has(name)) return sum;
      seen.add(name);
      return sum + count(fragment.selectionSet);
    }, 0);
  return count(operation.selectionSet);
}

/** The catch-up work of one process: its slots and the line waiting for them (metrics and tests read both). */
export class CatchUps {
  readonly slots = new Slots(CATCH_UP_SLOTS);
  /** The most slots taken at once since the process started. */
  mostTaken = 0;
  /** The longest line since the process started. */
  mostWaiting = 0;
  /** Turns given to operations that catch up, since the process started. */
  turns = 0;

  /**
   * Resolves when the operation may run, with the function that ends its turn (a no-op for an operation that
   * catches nothing up).
   */
  async turn(document: DocumentNode, operation: OperationDefinitionNode): Promise<() => void> {
    const weight = catchUpWeight(document, operation);
    if (weight === 0) return () => undefined;
    const granted = this.slots.acquire(weight);
    this.mostWaiting = Math.max(this.mostWaiting, this.slots.waiting);
    const done = await granted;
    this.turns += 1;
    this.mostTaken = Math.max(this.mostTaken, this.slots.taken);
    return done;
  }

  /** Runs `execute` in the operation's turn (WebSocket: the answer is sent as soon as it is complete). */
  async run<T>(
    document: DocumentNode,
    operation: OperationDefinitionNode,
    execute: () => Promise<T> | T,
  ): Promise<T> {
    const done = await this.turn(document, operation);
    try {
      return await execute();
    } finally {
      done();
    }
  }
}

/**
 * The bound for Apollo Server: the turn is taken when execution is about to start (after validation and every
 * check) and given back when the response is about to be sent, right before Apollo serialises it.
 */
export function catchUpPlugin<T extends object>(catchUps: CatchUps): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      let done: (() => void) | null = null;
      return {
        async executionDidStart({ document, operation }) {
          done = await catchUps.turn(document, operation);
        },
        async willSendResponse() {
          done?.();
          done = null;
        },
      };
    },
  };
}
