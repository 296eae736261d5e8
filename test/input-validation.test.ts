// No input reaches an internal error: text PostgreSQL cannot store or that is not Unicode is BAD_USER_INPUT naming
// the field (HTTP and WebSocket alike), a subscription over HTTP is a client error, and notes at their maximum
// length of any characters work end to end.
import { expect } from 'chai';
import { MAX_NOTE_LENGTH } from '../src/services/orders/orders.service';
import {
  CreateDepartmentDocument,
  CreateOrderDocument,
  DecideApprovalDocument,
  OrdersDocument,
  RequestOrderRejectionDocument,
} from './generated/graphql';
import { firstError, startTestServer, TestServer } from './helpers/server';
import { connect, disposeSockets } from './helpers/subscriptions';

const NUL = '\u0000';
const LONE_SURROGATE = '\ud800';
/** Control characters that trimming keeps (not whitespace). */
const CONTROLS = Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code))
  .filter((character) => character.trim() !== '' && character !== NUL)
  .join('');

describe('invalid text in input', () => {
  let server: TestServer;
  let t: Awaited<ReturnType<TestServer['tokens']>>;
  before(async () => {
    server = await startTestServer();
    t = await server.tokens();
  });
  after(() => server.dispose());
  afterEach(() => disposeSockets());

  async function departmentCount(): Promise<number> {
    const [row] = await server.sql<{ count: number }>('SELECT count(*)::int AS count FROM master_department');
    return row.count;
  }

  it('refuses a NUL byte in a literal argument of an anonymous login with BAD_USER_INPUT naming the field', async () => {
    const marker = await server.lastAuditId();
    const response = await server.gql(
      'mutation { login(input: { nik: "EMP\\u0000001", password: "emp123" }) { accessToken } }',
    );
    expect(response.status).to.equal(400);
    expect(firstError(response).extensions).to.include({ code: 'BAD_USER_INPUT', field: 'input.nik' });
    expect(await server.auditSince(marker)).to.deep.equal([]);
  });

  for (const [name, value] of [
    ['a NUL byte', `Finance${NUL}`],
    ['a lone surrogate', `Finance${LONE_SURROGATE}`],
  ] as const) {
    it(`refuses ${name} in a variable's input field, changing nothing`, async () => {
      const before = await departmentCount();
      const response = await server.runResponse(
        CreateDepartmentDocument,
        { input: { namaDivisi: value } },
        { token: t.admin },
      );
      expect(firstError(response).extensions).to.include({
        code: 'BAD_USER_INPUT',
        field: 'input.namaDivisi',
      });
      expect(await departmentCount()).to.equal(before);
    });
  }

  it('refuses a NUL byte in a search filter and in a default value', async () => {
    const search = await server.runResponse(
      OrdersDocument,
      { filter: { search: `PM${NUL}` } },
      { token: t.admin },
    );
    expect(firstError(search).extensions).to.include({ code: 'BAD_USER_INPUT', field: 'filter.search' });
    const byDefault = await server.gql(
      'query($kode: String! = "PM\\u0000") { orderByKode(kodePesanan: $kode) { id } }',
      {},
      { token: t.admin },
    );
    expect(firstError(byDefault).extensions).to.include({ code: 'BAD_USER_INPUT', field: 'kode' });
  });

  it('checks the variables of every request, also of a document that already ran with clean ones', async () => {
    const document = 'query($search: String) { orders(filter: { search: $search }) { total } }';
    for (let run = 0; run < 2; run += 1)
      expect((await server.gql(document, { search: 'PM' }, { token: t.admin })).errors).to.equal(undefined);
    const refused = await server.gql(document, { search: `PM${NUL}` }, { token: t.admin });
    expect(firstError(refused).extensions).to.include({ code: 'BAD_USER_INPUT', field: 'filter.search' });
  });

  it('refuses invalid text over WebSocket too, keeping the socket open', async () => {
    const socket = connect(server.wsUrl, { authorization: `Bearer ${t.admin}` });
    const refused = socket.subscribe('query($kode: String!) { orderByKode(kodePesanan: $kode) { id } }', {
      kode: `PM${NUL}`,
    });
    await refused.waitFor(1, 2000).catch(() => undefined);
    const text = JSON.stringify(refused.errors);
    expect(text).to.contain('BAD_USER_INPUT');
    expect(text).to.contain('kode');
    const fine = socket.subscribe<{ me: { id: number } }>('{ me { id } }');
    const [result] = await fine.waitFor(1);
    expect(result.me.id).to.equal(1);
  });

  it('answers a subscription sent over HTTP with a client error pointing at WebSocket', async () => {
    const response = await server.gql(
      'subscription { orderCreated { order { id } } }',
      {},
      { token: t.admin },
    );
    expect(response.status).to.equal(400);
    const error = firstError(response);
    expect(error.extensions?.code).to.equal('BAD_REQUEST');
    expect(error.message).to.match(/WebSocket/);
  });

  const NOTE = CONTROLS.repeat(Math.ceil(MAX_NOTE_LENGTH / CONTROLS.length)).slice(0, MAX_NOTE_LENGTH);

  async function requestRejection(note: string): Promise<number> {
    const created = await server.run(
      CreateOrderDocument,
      { input: { shiftId: 1, jumlahPesanan: 1 } },
      { token: t.employee },
    );
    const id = created.createOrder.id;
    const requested = await server.runResponse(
      RequestOrderRejectionDocument,
      { id, catatanDapur: note },
      { token: t.dapur },
    );
    expect(requested.errors, JSON.stringify(requested.errors)).to.equal(undefined);
    expect(requested.data?.requestOrderRejection.catatanDapur).to.equal(note);
    return id;
  }

  it(`accepts a rejection request whose note is ${MAX_NOTE_LENGTH} control characters`, async () => {
    await requestRejection(NOTE);
  });

  it(`accepts a decision whose note is ${MAX_NOTE_LENGTH} control characters`, async () => {
    // The event carries both notes, JSON-escaped: far over NOTIFY's 8000-byte payload limit, which the event log
    // (NOTIFY only wakes readers) keeps out of reach.
    const id = await requestRejection(NOTE);
    const decided = await server.runResponse(
      DecideApprovalDocument,
      { id, decision: 'REJECTED', catatanAdmin: NOTE },
      { token: t.admin },
    );
    expect(decided.errors, JSON.stringify(decided.errors)).to.equal(undefined);
    expect(decided.data?.decideApproval.catatanAdmin).to.equal(NOTE);
  });
});
