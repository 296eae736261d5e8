// Fair turns for fan-out: at most a batch of subscribers is served per turn of the event loop, so that one event
// to a thousand subscribers does not hold up every other request (the mutation's own response among them).

/** Subscribers served per turn of the event loop. */
export const SUBSCRIBERS_PER_TURN = 50;

let budget = SUBSCRIBERS_PER_TURN;
let nextTurn: Promise<void> | null = null;

/** Resolves when the caller may go on: at once while this turn has budget left, else on a later turn. */
export async function takeTurn(): Promise<void> {
  while (budget <= 0) {
    nextTurn ??= new Promise<void>((resolve) =>
      setImmediate(() => {
        budget = SUBSCRIBERS_PER_TURN;
        nextTurn = null;
        resolve();
      }),
    );
    await nextTurn;
  }
  budget -= 1;
  if (budget === SUBSCRIBERS_PER_TURN - 1 && !nextTurn) {
    // The first taker of a turn schedules the refill, so an unused budget never outlives its turn.
    setImmediate(() => {
      if (!nextTurn) budget = SUBSCRIBERS_PER_TURN;
    });
  }
}
