import { expect } from 'chai';
import { GraphQLError } from 'graphql';
import { listWindow, PageCursors, SortKey, windowPage, WindowArgs } from '../../src/services/page-cursor';

const SECRET = 'unit-test-secret';
const ORDERS = { list: 'orders' as const, sort: 'newest', filter: { status: 'READY', search: null } };
const KEY: SortKey = { at: '2025-10-01T01:00:00.123456Z', id: 42 };

function refusal(run: () => unknown): { code: unknown; field: unknown } {
  try {
    run();
  } catch (error) {
    if (error instanceof GraphQLError) return { code: error.extensions.code, field: error.extensions.field };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('page cursors (services/page-cursor.ts)', () => {
  const cursors = new PageCursors(SECRET, ORDERS);

  it('gives back the sort key it encoded, in opaque base64url text', () => {
    const cursor = cursors.encode(KEY);
    expect(cursor).to.match(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.to.contain('2025');
    expect(cursors.decode(cursor, 'after')).to.deep.equal(KEY);
  });

  it('binds a cursor to its filter as applied, not as written (null, undefined and key order do not count)', () => {
    const same = new PageCursors(SECRET, { ...ORDERS, filter: { search: undefined, status: 'READY' } });
    expect(same.decode(cursors.encode(KEY), 'after')).to.deep.equal(KEY);
  });

  const foreign: [string, PageCursors][] = [
    ['another secret', new PageCursors('another secret', ORDERS)],
    ['another list', new PageCursors(SECRET, { ...ORDERS, list: 'auditTrail' })],
    ['another sort', new PageCursors(SECRET, { ...ORDERS, sort: 'oldest' })],
    ['another filter', new PageCursors(SECRET, { ...ORDERS, filter: { status: 'COMPLETE' } })],
    ['no filter', new PageCursors(SECRET, { ...ORDERS, filter: {} })],
  ];
  for (const [what, other] of foreign)
    it(`refuses a cursor made with ${what}`, () => {
      expect(refusal(() => other.decode(cursors.encode(KEY), 'before'))).to.deep.equal({
        code: 'BAD_USER_INPUT',
        field: 'before',
      });
    });

  const malformed: [string, SortKey][] = [
    ['an instant without microseconds', { at: '2025-10-01T01:00:00.123Z', id: 1 }],
    ['an id of 0', { at: KEY.at, id: 0 }],
    ['a fractional id', { at: KEY.at, id: 1.5 }],
  ];
  for (const [what, key] of malformed)
    it(`refuses a signed cursor holding ${what}`, () => {
      expect(refusal(() => cursors.decode(cursors.encode(key), 'after')).code).to.equal('BAD_USER_INPUT');
    });

  const windows: [WindowArgs, string | null][] = [
    [{}, null],
    [{ page: 3, limit: 10 }, null],
    [{ first: 5 }, null],
    [{ last: 5 }, null],
    [{ page: 1, first: 5 }, 'page'],
    [{ limit: 5, last: 5 }, 'limit'],
    [{ first: 5, last: 5 }, 'last'],
    [{ first: 5, before: 'x' }, 'before'],
    [{ first: 101 }, 'first'],
    [{ last: 0 }, 'last'],
    [{ page: 0 }, 'page'],
    [{ limit: 101 }, 'limit'],
  ];
  for (const [args, field] of windows)
    it(`${field ? `refuses ${field} in` : 'accepts'} ${JSON.stringify(args)}`, () => {
      const read = () => listWindow(args, 20, cursors);
      if (field) expect(refusal(read)).to.deep.equal({ code: 'BAD_USER_INPUT', field });
      else expect(read()).to.have.property('kind');
    });

  it('shows the rows of the window and says what lies beyond, forward, backward and by page', () => {
    const rows = [5, 4, 3, 2].map((id) => ({ at: KEY.at, id }));
    const keyOf = (row: SortKey) => row;
    const forward = windowPage(listWindow({ first: 3 }, 20, cursors), rows, keyOf, cursors);
    expect(forward.items.map((row) => row.id)).to.deep.equal([5, 4, 3]);
    expect(forward.pageInfo).to.include({ hasNextPage: true, hasPreviousPage: false });
    expect(cursors.decode(forward.pageInfo.endCursor ?? '', 'after').id).to.equal(3);

    const after = cursors.encode(KEY);
    const backward = windowPage(listWindow({ last: 3, before: after }, 20, cursors), rows, keyOf, cursors);
    expect(backward.items.map((row) => row.id)).to.deep.equal([4, 3, 2]);
    expect(backward.pageInfo).to.include({ hasNextPage: true, hasPreviousPage: true });
    expect(cursors.decode(backward.pageInfo.startCursor ?? '', 'before').id).to.equal(4);

    const lastPage = windowPage(listWindow({ page: 2, limit: 5 }, 20, cursors), rows, null, cursors);
    expect(lastPage.pageInfo).to.deep.equal({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: null,
      endCursor: null,
    });
  });
});
