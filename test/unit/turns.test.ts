import { expect } from 'chai';
import { SUBSCRIBERS_PER_TURN, takeTurn } from '../../src/realtime/turns';

describe('fan-out turns (unit)', () => {
  it('serves at most one batch of subscribers per turn of the event loop, and every subscriber eventually', async () => {
    let turn = 0;
    let ticking = true;
    const tick = () => {
      turn += 1;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const servedInTurn: number[] = [];
    await Promise.all(
      Array.from({ length: SUBSCRIBERS_PER_TURN * 3 + 7 }, async () => {
        await takeTurn();
        servedInTurn.push(turn);
      }),
    );
    ticking = false;
    const perTurn = new Map<number, number>();
    for (const value of servedInTurn) perTurn.set(value, (perTurn.get(value) ?? 0) + 1);
    expect(servedInTurn).to.have.length(SUBSCRIBERS_PER_TURN * 3 + 7);
    expect(Math.max(...perTurn.values())).to.be.at.most(SUBSCRIBERS_PER_TURN);
    expect(perTurn.size).to.be.at.least(4);
  });
});
