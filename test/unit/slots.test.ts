import { expect } from 'chai';
import { PassThrough } from 'node:stream';
import { Cell, ExportTable } from '../../src/services/exports/export-table';
import { writePdfInWorker } from '../../src/services/exports/pdf-thread';
import { Slots } from '../../src/common/slots';

/** A promise with its resolve and reject at hand. */
function deferred(): { promise: Promise<void>; resolve: () => void; reject: (error: Error) => void } {
  let resolve = () => {};
  let reject: (error: Error) => void = () => {};
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('Slots', () => {
  it('runs at most its count at once and starts the waiting ones in arrival order', async () => {
    const slots = new Slots(2);
    const gates = Array.from({ length: 5 }, () => deferred());
    const started: number[] = [];
    let running = 0;
    let most = 0;
    const runs = gates.map((gate, index) =>
      slots.run(async () => {
        started.push(index);
        running += 1;
        most = Math.max(most, running);
        await gate.promise;
        running -= 1;
      }),
    );
    await Promise.resolve();
    expect(started).to.deep.equal([0, 1]);
    expect(slots.waiting).to.equal(3);
    for (const gate of [gates[1], gates[0], gates[2], gates[3], gates[4]]) {
      gate.resolve();
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(runs);
    expect(started).to.deep.equal([0, 1, 2, 3, 4]);
    expect(most).to.equal(2);
    expect(slots.size).to.equal(0);
  });

  it('frees the slot of work that fails', async () => {
    const slots = new Slots(1);
    const failing = deferred();
    const first = slots.run(() => failing.promise);
    let secondRan = false;
    const second = slots.run(async () => {
      secondRan = true;
    });
    failing.reject(new Error('layout failed'));
    const error = await first.then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).to.be.instanceOf(Error).with.property('message', 'layout failed');
    await second;
    expect(secondRan).to.equal(true);
    expect(slots.size).to.equal(0);
  });
});

describe('writePdfInWorker', () => {
  it('starts no worker for a reader that left while the export waited for a thread', async () => {
    let read = false;
    async function* rows(): AsyncGenerator<Cell[]> {
      read = true;
      yield ['never'];
    }
    const table: ExportTable = {
      title: 'Audit trail',
      columns: [{ header: 'Detail', weight: 1 }],
      rows: rows(),
    };
    const out = new PassThrough();
    out.destroy();
    await new Promise((resolve) => out.once('close', resolve));
    await writePdfInWorker(table, { filters: [], generatedAt: '2025-10-01 08:00:00 (Asia/Jakarta)' }, out);
    expect(read).to.equal(false);
  });
});
