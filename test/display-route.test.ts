import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import express from 'express';
import { displayRoutes } from '../src/http/display';
import { startTestServer, TestServer } from './helpers/server';

async function serve(directory: string): Promise<{ url: string; close: () => Promise<void> }> {
  const app = express();
  app.use(displayRoutes('Asia/Makassar', directory));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('GET /display (the kitchen and delivery display)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.dispose());

  it('serves the built page and bundle from this server, under a policy that allows only its own origin', async () => {
    const page = await fetch(`${server.url}/display`);
    expect(page.status).to.equal(200);
    expect(page.headers.get('content-type')).to.match(/^text\/html/);
    const policy = page.headers.get('content-security-policy') ?? '';
    for (const directive of [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "connect-src 'self'",
    ])
      expect(policy).to.include(directive);
    expect(policy).not.to.match(/unsafe-inline|unsafe-eval|https:|\*/);
    const html = await page.text();
    expect(html).to.include('<meta name="app-timezone" content="Asia/Jakarta"');
    expect(html).not.to.match(/https?:\/\//);
    const bundle = await fetch(`${server.url}/display/app.js`);
    expect(bundle.status).to.equal(200);
    expect(bundle.headers.get('content-type')).to.match(/javascript/);
    expect((await bundle.text()).length).to.be.greaterThan(10_000);
    expect((await fetch(`${server.url}/display/display.css`)).status).to.equal(200);
    expect((await fetch(`${server.url}/display/nothing-here.js`)).status).to.equal(404);
  });

  it('fills in the configured business time zone, and says how to build when the bundle is missing', async () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'packmeal-display-'));
    const app = await serve(directory);
    try {
      const missing = await fetch(`${app.url}/display`);
      expect(missing.status).to.equal(503);
      expect(await missing.text()).to.include('npm run build');
      fs.writeFileSync(
        path.join(directory, 'index.html'),
        '<meta name="app-timezone" content="%APP_TIMEZONE%">',
      );
      const built = await fetch(`${app.url}/display`);
      expect(built.status).to.equal(200);
      expect(await built.text()).to.equal('<meta name="app-timezone" content="Asia/Makassar">');
    } finally {
      await app.close();
      fs.rmSync(directory, { recursive: true, force: true });
    }
  });
});
