import { expect } from 'chai';
import { PreparedTexts } from '../../src/db/statements';

describe('PreparedTexts (which statements run prepared)', () => {
  it('prepares a text from its third run on, under one name derived from the text', () => {
    const texts = new PreparedTexts(4, 3);
    expect(texts.nameFor('SELECT 1')).to.equal(undefined);
    expect(texts.nameFor('SELECT 1')).to.equal(undefined);
    const name = texts.nameFor('SELECT 1');
    expect(name).to.match(/^pm_[0-9a-f]{40}$/);
    expect(texts.nameFor('SELECT 1')).to.equal(name);
    // Another instance (another process) names the same text alike, and a different text differently.
    const other = new PreparedTexts(4, 1);
    expect(other.nameFor('SELECT 1')).to.equal(name);
    expect(other.nameFor('SELECT 2')).to.not.equal(name);
  });

  it('prepares at most `capacity` texts; the others keep running unnamed', () => {
    const texts = new PreparedTexts(2, 1);
    const a = texts.nameFor('SELECT a');
    const b = texts.nameFor('SELECT b');
    expect([a, b]).to.not.include(undefined);
    for (let run = 0; run < 5; run += 1) expect(texts.nameFor('SELECT c')).to.equal(undefined);
    expect(texts.nameFor('SELECT a')).to.equal(a);
  });

  it('keeps its count of not-yet-prepared texts bounded under a stream of distinct texts', () => {
    const texts = new PreparedTexts(2, 3);
    for (let index = 0; index < 10_000; index += 1) texts.nameFor(`SELECT ${index}`);
    const uses = (texts as unknown as { uses: Map<string, number> }).uses;
    expect(uses.size).to.be.at.most(2 * 16);
    // A frequent text is still admitted after the stream.
    texts.nameFor('SELECT hot');
    texts.nameFor('SELECT hot');
    expect(texts.nameFor('SELECT hot')).to.be.a('string');
  });
});
