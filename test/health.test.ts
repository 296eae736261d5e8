import fs from 'node:fs';
import { expect } from 'chai';
import { buildSchema, printContractSchema, SCHEMA_FILE } from '../src/schema/build-schema';
import { startTestServer, TestServer } from './helpers/server';

describe('health and readiness', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.dispose());

  it('answers GET /api/health with the original payload', async () => {
    const response = await fetch(`${server.url}/api/health`);
    expect(response.status).to.equal(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body.status).to.equal('ok');
    expect(body.message).to.equal('Bebang Pack Meal Portal API is running');
    expect(new Date(String(body.timestamp)).toString()).to.not.equal('Invalid Date');
  });

  it('answers GET /api/ready with 200 while the database answers', async () => {
    const response = await fetch(`${server.url}/api/ready`);
    expect(response.status).to.equal(200);
  });

  it('answers GET /api/ready with 503 when the database is gone', async () => {
    const other = await startTestServer();
    try {
      await other.dataSource.destroy();
      const response = await fetch(`${other.url}/api/ready`);
      expect(response.status).to.equal(503);
      const health = await fetch(`${other.url}/api/health`);
      expect(health.status).to.equal(200);
    } finally {
      await other.dispose();
    }
  });
});

describe('emitted schema', () => {
  it('matches the committed src/schema/schema.graphql (run npm run schema:emit)', async () => {
    const emitted = printContractSchema(await buildSchema());
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).to.equal(emitted);
  });
});
