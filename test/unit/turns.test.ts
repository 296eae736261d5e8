import { expect } from 'chai';
import { DELIVERIES_PER_TURN, takeTurn } from '../../src/realtime/turns';

/** Counts the turns of the event loop until stopped: `now()` is the current turn's number. */
function turnCounter(): { now: () => number; stop: () => void } {
  let turn = 0;
  let ticking = true;
  const tick = () => {
    turn += 1;
    if (ticking) setImmediate(tick);
  };
  setImmediate(tick);
  return { now: () => turn, stop: () => (ticking = false) };
}

describe('fan-out turns (unit)', () => {
  it('serves at most one batch of subscribers per turn of the event loop, and every subscriber eventually', async () => {
    const turns = turnCounter();
    const servedInTurn: number[] = [];
    await Promise.all(
      Array.from({ length: DELIVERIES_PER_TURN * 3 + 7 }, async () => {
        await takeTurn();
        servedInTurn.push(turns.now());
      }),
    );
    turns.stop();
    const perTurn = new Map<number, number>();
    for (const value of servedInTurn) perTurn.set(value, (perTurn.get(value) ?? 0) + 1);
    expect(servedInTurn).to.have.length(DELIVERIES_PER_TURN * 3 + 7);
    expect(Math.max(...perTurn.values())).to.be.at.most(DELIVERIES_PER_TURN);
    expect(perTurn.size).to.be.at.least(4);
  });

  it('counts a burst as its number of deliveries', async () => {
    const turns = turnCounter();
    const deliveriesInTurn = new Map<number, number>();
    await Promise.all(
      Array.from({ length: 40 }, async () => {
        await takeTurn(20);
        deliveriesInTurn.set(turns.now(), (deliveriesInTurn.get(turns.now()) ?? 0) + 20);
      }),
    );
    turns.stop();
    // 800 deliveries in bursts of 20: at most a budget plus one burst started within it per turn.
    expect(Math.max(...deliveriesInTurn.values())).to.be.at.most(DELIVERIES_PER_TURN + 20);
    expect(deliveriesInTurn.size).to.be.at.least(800 / (DELIVERIES_PER_TURN + 20));
  });
});
