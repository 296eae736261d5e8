// Fair turns for fan-out: at most a budget of deliveries is served per turn of the event loop, so that one event
// to a thousand subscribers (or a thousand screens replaying) does not hold up every other request (the mutation's
// own response among them). A subscriber takes its turn for a burst of events at once (a replayed page), so the
// burst leaves on its socket in one write (server/ws-transport.ts).

/** Deliveries served per turn of the event loop (a burst that starts within a turn may finish it). */
export const DELIVERIES_PER_TURN = 1000;

let budget = DELIVERIES_PER_TURN;
let nextTurn: Promise<void> | null = null;

/**
 * Undefined when the caller may deliver `deliveries` events now (this turn has budget left), else a promise that
 * resolves on the turn it may (no promise for the common case: a fan-out asks once per subscriber).
 */
export function takeTurn(deliveries = 1): Promise<void> | undefined {
  if (budget > 0) {
    spend(deliveries);
    return undefined;
  }
  return nextTurnFor(deliveries);
}

async function nextTurnFor(deliveries: number): Promise<void> {
  while (budget <= 0) {
    nextTurn ??= new Promise<void>((resolve) =>
      setImmediate(() => {
        budget = DELIVERIES_PER_TURN;
        nextTurn = null;
        resolve();
      }),
    );
    await nextTurn;
  }
  spend(deliveries);
}

function spend(deliveries: number): void {
  const first = budget === DELIVERIES_PER_TURN;
  budget -= deliveries;
  if (first && !nextTurn) {
    // The first taker of a turn schedules the refill, so an unused budget never outlives its turn.
    setImmediate(() => {
      if (!nextTurn) budget = DELIVERIES_PER_TURN;
    });
  }
}
