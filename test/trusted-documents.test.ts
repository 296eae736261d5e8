// Trusted documents (TRUSTED_DOCUMENTS=off|log|enforce, TRUSTED_DOCUMENTS_DIR) over POST, GET and graphql-ws: a
// registered id runs, an unknown id is PERSISTED_QUERY_NOT_FOUND, a raw document runs (off), is logged and counted
// (log) or refused with TRUSTED_DOCUMENT_REQUIRED (enforce); a mutation over GET is 405; SIGHUP retires a removed
// manifest's ids in a running process; a manifest whose hash does not match its document is refused at load.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { createClient, type SubscribePayload } from 'graphql-ws';
import WebSocket from 'ws';
import { loadConfig } from '../src/config/config';
import { TrustedDocumentStore } from '../src/schema/trusted-documents';
import { cloneTemplateDatabase } from './helpers/global';
import { capturedLogs, SEED, spawnServerProcess, startTestServer, TestServer } from './helpers/server';

const ME = 'query Me { me { id nomorIndukKaryawan } }';
const LOGIN = 'mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }';
const CREATE_ORDER =
  'mutation CreateOrder($input: CreateOrderInput!) { createOrder(input: $input) { id kodePesanan } }';
const ORDER_CREATED = 'subscription OrderCreated { orderCreated { order { id kodePesanan } } }';
/** Valid, never registered. */
const RAW = 'query Raw { me { id } }';
const UNKNOWN_ID = `sha256:${'0'.repeat(64)}`;

const hex = (document: string) => crypto.createHash('sha256').update(document).digest('hex');
const id = (document: string) => `sha256:${hex(document)}`;

/** A manifest in the client preset's format (`"sha256:<hex>": document`). */
function writeManifest(dir: string, file: string, documents: string[]): void {
  fs.writeFileSync(
    path.join(dir, file),
    JSON.stringify(Object.fromEntries(documents.map((document) => [id(document), document])), null, 2),
  );
}

interface Answer {
  status: number;
  headers: Headers;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
}

async function answer(response: Response): Promise<Answer> {
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Answer['body'],
  };
}

const CLIENT = { 'apollographql-client-name': 'ios-app', 'apollographql-client-version': '1.0.0' };

function post(server: TestServer, body: unknown, token?: string, headers: Record<string, string> = {}) {
  return fetch(server.graphqlUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...CLIENT,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: JSON.stringify(body),
  }).then(answer);
}

function get(
  server: TestServer,
  params: Record<string, string>,
  token?: string,
  headers: Record<string, string> = {},
) {
  return fetch(`${server.graphqlUrl}?${new URLSearchParams(params)}`, {
    headers: {
      accept: 'application/json',
      ...CLIENT,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
  }).then(answer);
}

/** One operation over graphql-ws: its first result, or the errors it was refused with. */
async function overSocket(
  wsUrl: string,
  token: string,
  payload: SubscribePayload & { documentId?: string },
): Promise<{ data?: unknown; codes: string[] }> {
  const client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}`, 'apollographql-client-name': 'android-app' },
    retryAttempts: 0,
  });
  try {
    return await new Promise((resolve, reject) => {
      client.subscribe(payload, {
        next: (result) =>
          resolve({ data: result.data, codes: (result.errors ?? []).map((e) => String(e.extensions?.code)) }),
        error: (error: unknown) =>
          Array.isArray(error)
            ? resolve({
                codes: error.map((e: { extensions?: { code?: string } }) => String(e.extensions?.code)),
              })
            : reject(error instanceof Error ? error : new Error(JSON.stringify(error))),
        complete: () => undefined,
      });
    });
  } finally {
    await client.dispose();
  }
}

const codeOf = (result: Answer) => result.body.errors?.[0]?.extensions?.code;

describe('trusted documents (TRUSTED_DOCUMENTS, TRUSTED_DOCUMENTS_DIR)', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trusted-documents-'));
    writeManifest(dir, 'ios-1.0.json', [ME, LOGIN, CREATE_ORDER, ORDER_CREATED]);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const mode of ['off', 'log', 'enforce'] as const) {
    describe(`TRUSTED_DOCUMENTS=${mode}`, () => {
      let server: TestServer;
      let token: string;
      let kitchen: string;
      const logs = capturedLogs();
      const unregisteredLines = () =>
        logs.lines.filter((line) => line.msg === 'unregistered GraphQL document');
      const metric = async (pattern: RegExp) => {
        const text = await (await fetch(`${server.url}/api/metrics`)).text();
        const line = text.split('\n').find((candidate) => pattern.test(candidate));
        return line ? Number(line.split(' ').pop()) : 0;
      };

      before(async () => {
        server = await startTestServer({
          env: { TRUSTED_DOCUMENTS: mode, TRUSTED_DOCUMENTS_DIR: dir, LOG_LEVEL: 'info' },
          logDestination: logs.destination,
        });
        // Signing in by id works in every mode (enforce admits nothing else).
        const loginById = async (who: 'employee' | 'dapur') => {
          const login = await post(server, {
            documentId: id(LOGIN),
            variables: { input: { ...SEED[who], clientType: 'MOBILE' } },
          });
          return (login.body.data?.login as { accessToken: string }).accessToken;
        };
        token = await loginById('employee');
        kitchen = await loginById('dapur');
      });
      after(() => server?.dispose());

      it('runs a registered id over POST (documentId and Apollo sha256Hash), GET and WebSocket', async () => {
        const byDocumentId = await post(server, { documentId: id(ME) }, token);
        expect(byDocumentId.status).to.equal(200);
        expect(byDocumentId.body.data?.me).to.deep.include({ nomorIndukKaryawan: SEED.employee.nik });
        const byApolloHash = await post(
          server,
          { extensions: { persistedQuery: { version: 1, sha256Hash: hex(ME) } } },
          token,
        );
        expect(byApolloHash.body.data?.me).to.deep.include({ nomorIndukKaryawan: SEED.employee.nik });
        const byGet = await get(server, { documentId: id(ME) }, token);
        expect(byGet.status).to.equal(200);
        expect(byGet.body.data?.me).to.deep.include({ nomorIndukKaryawan: SEED.employee.nik });
        const bySocket = await overSocket(server.wsUrl, token, { query: '', documentId: id(ME) });
        expect(bySocket.data).to.deep.include({
          me: { id: (byGet.body.data?.me as { id: number }).id, nomorIndukKaryawan: SEED.employee.nik },
        });
        const bySocketApolloHash = await overSocket(server.wsUrl, token, {
          query: '',
          extensions: { persistedQuery: { version: 1, sha256Hash: hex(ME) } },
        });
        expect(bySocketApolloHash.codes).to.deep.equal([]);
        expect(unregisteredLines()).to.deep.equal([]);
      });

      it('streams a subscription named by id over the socket', async () => {
        const client = createClient({
          url: server.wsUrl,
          webSocketImpl: WebSocket,
          connectionParams: { authorization: `Bearer ${kitchen}` },
          retryAttempts: 0,
        });
        try {
          const payload: SubscribePayload & { documentId: string } = {
            query: '',
            documentId: id(ORDER_CREATED),
          };
          const event = new Promise<unknown>((resolve, reject) =>
            client.subscribe(payload, {
              next: (result) => resolve(result),
              error: (error: unknown) => reject(new Error(JSON.stringify(error))),
              complete: () => undefined,
            }),
          );
          const deadline = Date.now() + 10_000;
          while (server.app.server.realtime.activeSubscriptions() < 1 && Date.now() < deadline)
            await new Promise((resolve) => setTimeout(resolve, 20));
          const created = await post(
            server,
            { documentId: id(CREATE_ORDER), variables: { input: { shiftId: 1, jumlahPesanan: 1 } } },
            token,
          );
          const order = created.body.data?.createOrder as { kodePesanan: string };
          expect(await event).to.deep.nested.include({
            'data.orderCreated.order.kodePesanan': order.kodePesanan,
          });
        } finally {
          await client.dispose();
        }
      });

      it('refuses an unknown id with PERSISTED_QUERY_NOT_FOUND over POST, GET and WebSocket', async () => {
        expect(codeOf(await post(server, { documentId: UNKNOWN_ID }, token))).to.equal(
          'PERSISTED_QUERY_NOT_FOUND',
        );
        const apollo = { extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } };
        expect(codeOf(await post(server, apollo, token))).to.equal('PERSISTED_QUERY_NOT_FOUND');
        expect(codeOf(await get(server, { documentId: UNKNOWN_ID }, token))).to.equal(
          'PERSISTED_QUERY_NOT_FOUND',
        );
        const socket = await overSocket(server.wsUrl, token, { query: '', documentId: UNKNOWN_ID });
        expect(socket.codes).to.deep.equal(['PERSISTED_QUERY_NOT_FOUND']);
      });

      if (mode === 'enforce') {
        it('refuses a raw document with TRUSTED_DOCUMENT_REQUIRED over POST, GET and WebSocket, and counts it', async () => {
          const before = await metric(
            /^graphql_untrusted_documents_total\{client="ios-app",transport="http",action="refused"/,
          );
          const byPost = await post(server, { query: RAW }, token);
          expect(codeOf(byPost)).to.equal('TRUSTED_DOCUMENT_REQUIRED');
          expect(byPost.body).to.not.have.property('data');
          expect(codeOf(await get(server, { query: RAW }, token))).to.equal('TRUSTED_DOCUMENT_REQUIRED');
          // A registration in Apollo's APQ form (hash and text) is a raw document too.
          const registration = {
            query: RAW,
            extensions: { persistedQuery: { version: 1, sha256Hash: hex(RAW) } },
          };
          expect(codeOf(await post(server, registration, token))).to.equal('TRUSTED_DOCUMENT_REQUIRED');
          const socket = await overSocket(server.wsUrl, token, { query: RAW });
          expect(socket.codes).to.deep.equal(['TRUSTED_DOCUMENT_REQUIRED']);
          // An invalid raw document is refused before validation (whose messages would describe the schema).
          expect(codeOf(await post(server, { query: '{ notAField }' }, token))).to.equal(
            'TRUSTED_DOCUMENT_REQUIRED',
          );
          const after = await metric(
            /^graphql_untrusted_documents_total\{client="ios-app",transport="http",action="refused"/,
          );
          expect(after - before).to.equal(4);
          expect(
            await metric(
              /^graphql_untrusted_documents_total\{client="android-app",transport="ws",action="refused"/,
            ),
          ).to.be.greaterThan(0);
        });

        it('answers with the GraphQL-over-HTTP status codes for application/graphql-response+json', async () => {
          const accept = { accept: 'application/graphql-response+json' };
          const unknown = await post(server, { documentId: UNKNOWN_ID }, token, accept);
          expect(unknown.status).to.equal(404);
          expect(unknown.headers.get('content-type')).to.match(/^application\/graphql-response\+json/);
          expect((await post(server, { query: RAW }, token, accept)).status).to.equal(403);
          const ok = await post(server, { documentId: id(ME) }, token, accept);
          expect(ok.status).to.equal(200);
          expect(ok.headers.get('content-type')).to.match(/^application\/graphql-response\+json/);
        });

        it('refuses a registered mutation over GET with 405 and Allow: POST', async () => {
          const response = await get(server, {
            documentId: id(LOGIN),
            variables: JSON.stringify({ input: { ...SEED.employee, clientType: 'MOBILE' } }),
          });
          expect(response.status).to.equal(405);
          expect(response.headers.get('allow')).to.equal('POST');
        });
      } else {
        it(`runs a raw document over POST, GET and WebSocket${mode === 'log' ? ', logging and counting it by client name' : ''}`, async () => {
          const before = unregisteredLines().length;
          const counted = await metric(
            /^graphql_untrusted_documents_total\{client="ios-app",transport="http",action="logged"/,
          );
          expect((await post(server, { query: RAW }, token)).body.data).to.have.property('me');
          expect((await get(server, { query: RAW }, token)).body.data).to.have.property('me');
          expect((await overSocket(server.wsUrl, token, { query: RAW })).data).to.have.property('me');
          const lines = unregisteredLines().slice(before);
          const httpCount = await metric(
            /^graphql_untrusted_documents_total\{client="ios-app",transport="http",action="logged"/,
          );
          if (mode === 'off') {
            expect(lines).to.deep.equal([]);
            expect(httpCount).to.equal(0);
            return;
          }
          expect(
            lines.map((line) => [line.client, line.transport, line.operation, line.document]),
          ).to.deep.equal([
            ['ios-app', 'http', 'anonymous', id(RAW)],
            ['ios-app', 'http', 'anonymous', id(RAW)],
            ['android-app', 'ws', 'anonymous', id(RAW)],
          ]);
          expect(lines[0].clientVersion).to.equal('1.0.0');
          expect(httpCount - counted).to.equal(2);
          expect(
            await metric(
              /^graphql_untrusted_documents_total\{client="android-app",transport="ws",action="logged"/,
            ),
          ).to.equal(1);
        });

        it('keeps Apollo automatic persisted queries working (an unknown hash, then its registration, then the hash alone)', async () => {
          const document = `query Apq { me { id } } # ${mode}`;
          const hashOnly = { extensions: { persistedQuery: { version: 1, sha256Hash: hex(document) } } };
          const notFound = await post(server, hashOnly, token);
          expect(codeOf(notFound)).to.equal('PERSISTED_QUERY_NOT_FOUND');
          expect(notFound.status).to.equal(200); // Apollo's status under application/json, which APQ clients expect
          // No data: never 2xx under application/graphql-response+json.
          const strict = await post(server, hashOnly, token, { accept: 'application/graphql-response+json' });
          expect([strict.status, codeOf(strict)]).to.deep.equal([404, 'PERSISTED_QUERY_NOT_FOUND']);
          expect((await post(server, { ...hashOnly, query: document }, token)).body.data).to.have.property(
            'me',
          );
          expect((await post(server, hashOnly, token)).body.data).to.have.property('me');
        });

        it('refuses a raw mutation over GET with 405 and Allow: POST', async () => {
          const response = await get(server, {
            query: LOGIN,
            variables: JSON.stringify({ input: { ...SEED.employee, clientType: 'MOBILE' } }),
          });
          expect(response.status).to.equal(405);
          expect(response.headers.get('allow')).to.equal('POST');
        });
      }

      it('answers GET with Cache-Control: private (every answer depends on who asks)', async () => {
        const response = await get(server, { documentId: id(ME) }, token);
        expect(response.headers.get('cache-control')).to.match(/^private\b/);
        expect(response.headers.get('vary')).to.match(/Authorization/);
        // The device's cache asks again with the ETag; an unchanged answer is a 304 without a body.
        const etag = response.headers.get('etag');
        expect(etag).to.be.a('string');
        // node:http, as a device's cache would revalidate (fetch adds Cache-Control: no-cache to conditional requests).
        const status = await new Promise<number | undefined>((resolve, reject) =>
          http
            .get(
              `${server.graphqlUrl}?${new URLSearchParams({ documentId: id(ME) })}`,
              {
                headers: {
                  accept: 'application/json',
                  authorization: `Bearer ${token}`,
                  'if-none-match': etag ?? '',
                },
              },
              (res) => {
                res.resume();
                resolve(res.statusCode);
              },
            )
            .on('error', reject),
        );
        expect(status).to.equal(304);
      });

      it('answers POST without an ETag (never revalidated), with its type and length as Express sends them', async () => {
        const body = JSON.stringify({ documentId: id(ME) });
        const response = await fetch(server.graphqlUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...CLIENT, authorization: `Bearer ${token}` },
          body,
        });
        const text = await response.text();
        expect(response.headers.get('etag')).to.equal(null);
        expect(response.headers.get('content-type')).to.equal('application/json; charset=utf-8');
        expect(response.headers.get('content-length')).to.equal(String(Buffer.byteLength(text)));
        expect((JSON.parse(text) as { data: unknown }).data).to.have.property('me');
      });
    });
  }

  it('refuses a manifest whose hash does not match its document with one line naming the file', async () => {
    const bad = fs.mkdtempSync(path.join(os.tmpdir(), 'trusted-documents-bad-'));
    const logs = capturedLogs();
    let server: TestServer | null = null;
    try {
      writeManifest(bad, 'android-2.0.json', [ME]);
      fs.writeFileSync(path.join(bad, 'forged.json'), JSON.stringify({ [id(ME)]: RAW }));
      // The client preset writes "sha256:<hex>" keys; bare hex keys are accepted as well.
      fs.writeFileSync(path.join(bad, 'bare-hex.json'), JSON.stringify({ [hex(LOGIN)]: LOGIN }));
      server = await startTestServer({
        env: { TRUSTED_DOCUMENTS: 'enforce', TRUSTED_DOCUMENTS_DIR: bad, LOG_LEVEL: 'info' },
        logDestination: logs.destination,
      });
      const refused = logs.lines.filter((line) => String(line.msg).startsWith('Trusted documents: refused'));
      expect(refused.map((line) => line.msg)).to.have.length(1);
      expect(String(refused[0].msg)).to.match(
        /^Trusted documents: refused manifest forged\.json: the hash sha256:[0-9a-f]{64} does not match its document/,
      );
      expect(String(refused[0].msg)).to.not.contain('\n');
      const loaded = logs.lines.find((line) => line.msg === 'Trusted documents loaded');
      expect(loaded?.manifests).to.deep.include({ file: 'android-2.0.json', documents: 1 });
      expect(loaded?.manifests).to.deep.include({ file: 'bare-hex.json', documents: 1 });
      const login = await post(server, {
        extensions: { persistedQuery: { version: 1, sha256Hash: hex(LOGIN) } },
        variables: { input: { ...SEED.employee, clientType: 'MOBILE' } },
      });
      expect(login.body.data).to.have.property('login');
    } finally {
      await server?.dispose();
      fs.rmSync(bad, { recursive: true, force: true });
    }
  });

  it('stops start-up when TRUSTED_DOCUMENTS_DIR cannot be read, naming it', () => {
    const missing = path.join(os.tmpdir(), 'trusted-documents-missing', String(process.pid));
    expect(() => new TrustedDocumentStore([], missing).load()).to.throw(
      `TRUSTED_DOCUMENTS_DIR ${missing} cannot be read`,
    );
  });

  it('refuses a TRUSTED_DOCUMENTS value it does not know at start-up', () => {
    expect(() => loadConfig({ NODE_ENV: 'test', TRUSTED_DOCUMENTS: 'strict' })).to.throw(
      'TRUSTED_DOCUMENTS must be off, log or enforce (got "strict")',
    );
    expect(loadConfig({ NODE_ENV: 'test' }).trustedDocuments).to.equal('off');
  });

  it('retires a removed manifest’s ids on SIGHUP, without a restart (a real server process)', async function () {
    this.timeout(60_000);
    const live = fs.mkdtempSync(path.join(os.tmpdir(), 'trusted-documents-live-'));
    const database = await cloneTemplateDatabase(`packmeal_trusted_sighup_${process.pid}`);
    writeManifest(live, 'ios-1.0.json', [LOGIN, ME]);
    writeManifest(live, 'ios-2.0.json', [LOGIN]);
    const child = await spawnServerProcess(database.url, {
      TRUSTED_DOCUMENTS: 'enforce',
      TRUSTED_DOCUMENTS_DIR: live,
    });
    try {
      const call = (body: unknown, token?: string) =>
        fetch(`${child.url}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify(body),
        }).then(answer);
      const login = await call({
        documentId: id(LOGIN),
        variables: { input: { ...SEED.employee, clientType: 'MOBILE' } },
      });
      const token = (login.body.data?.login as { accessToken: string }).accessToken;
      expect((await call({ documentId: id(ME) }, token)).body.data).to.have.property('me');

      fs.rmSync(path.join(live, 'ios-1.0.json'));
      child.signal('SIGHUP');
      const deadline = Date.now() + 20_000;
      let code: string | undefined;
      while (Date.now() < deadline) {
        code = codeOf(await call({ documentId: id(ME) }, token));
        if (code === 'PERSISTED_QUERY_NOT_FOUND') break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(code).to.equal('PERSISTED_QUERY_NOT_FOUND');
      // The other version's documents stay, and the process is the same one.
      expect(
        (
          await call({
            documentId: id(LOGIN),
            variables: { input: { ...SEED.employee, clientType: 'MOBILE' } },
          })
        ).body.data,
      ).to.have.property('login');
      expect(child.exited()).to.equal(false);
    } finally {
      await child.stop();
      await database.drop();
      fs.rmSync(live, { recursive: true, force: true });
    }
  });
});
