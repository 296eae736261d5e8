import { expect } from 'chai';
import { Serialized, withPayload } from '../../src/server/ws-transport';

describe('serialized subscription payloads (unit)', () => {
  const answer = { data: { orderStatusChanged: { order: { id: 7, kodePesanan: 'PM-20261202-001' } } } };

  it('puts the payload serialized once in place of its mark, for any message id', () => {
    const serialized = new Serialized(JSON.stringify(answer));
    for (const id of ['1', 'a"b', '\u0000payload 1\u0000']) {
      const message = withPayload(JSON.stringify({ id, type: 'next', payload: serialized }));
      expect(JSON.parse(message)).to.deep.equal({ id, type: 'next', payload: answer });
    }
  });

  it('never hands a payload to another message (a stray toJSON leaves a mark no message ends with)', () => {
    const serialized = new Serialized(JSON.stringify(answer));
    JSON.stringify({ somewhere: serialized }); // e.g. a log line
    const other = JSON.stringify({ id: '2', type: 'next', payload: { data: { other: true } } });
    expect(withPayload(other)).to.equal(other);
  });

  it('serializes again a message whose payload is not where expected', () => {
    const serialized = new Serialized(JSON.stringify(answer));
    const reordered = withPayload(JSON.stringify({ payload: serialized, id: '3', type: 'next' }));
    expect(JSON.parse(reordered)).to.deep.equal({ payload: answer, id: '3', type: 'next' });
  });
});
