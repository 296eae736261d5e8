import { auditServer } from 'graphql-http';
import { startTestServer, TestServer } from './helpers/server';

describe('baseline audit', () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server?.dispose());
  it('prints', async () => {
    const results = await auditServer({ url: server.graphqlUrl });
    for (const r of results) console.log(r.status, r.name, r.status === 'ok' ? '' : r.reason);
  });
});
