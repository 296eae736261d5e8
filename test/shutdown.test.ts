// A stopping server answers what reaches it: a request that arrives on an idle keep-alive connection after the stop
// began is served (readiness 503, `Connection: close`) rather than reset, and the stop then completes.
// (Under load and through PM2 the same is checked by test/pm2.test.ts: `pm2 reload` loses no request.)
import http from 'node:http';
import net from 'node:net';
import { expect } from 'chai';
import { capturedLogs, startTestServer } from './helpers/server';

interface Answer {
  status: number | undefined;
  connection: string | undefined;
  reusedSocket: boolean;
}

function get(url: string, agent: http.Agent): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent }, (response) => {
      response.resume();
      response.on('end', () =>
        resolve({
          status: response.statusCode,
          connection: response.headers.connection,
          reusedSocket: request.reusedSocket,
        }),
      );
    });
    request.on('error', reject);
  });
}

/** Whether a new connection to `port` is refused (the server stopped listening). */
function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

describe('stopping the server', () => {
  it('serves a request arriving on an idle keep-alive connection after the stop began, with Connection: close', async () => {
    const logs = capturedLogs();
    const server = await startTestServer({
      env: { LOG_LEVEL: 'info', SHUTDOWN_TIMEOUT_MS: '3000' },
      logDestination: logs.destination,
    });
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      // Operations of every outcome end their count of work in flight (a leak would hold the stop to its timeout).
      await server.gql('{ __typename }');
      await server.gql('{ me { id } }');
      await server.gql('{ nosuchfield }');
      await server.gql('{ unparsable');
      await server.ok('mutation { login(input: {nik: "ADM001", password: "admin123"}) { accessToken } }');

      // fetch's own idle connections would be left to fetch to close: closed here, before the connection under test.
      server.app.server.httpServer.closeIdleConnections();
      const first = await get(`${server.url}/api/ready`, agent);
      expect(first).to.deep.include({ status: 200, connection: 'keep-alive' });

      const stopped = server.app.stop();
      let done = false;
      void stopped.then(() => (done = true));
      expect(await refused(Number(new URL(server.url).port)), 'no new connections').to.equal(true);
      expect(done, 'the idle connection is left to its client').to.equal(false);

      // The client sends its next request on the connection it kept: answered, not reset.
      const second = await get(`${server.url}/api/ready`, agent);
      expect(second).to.deep.equal({ status: 503, connection: 'close', reusedSocket: true });
      await stopped;
      const messages = logs.lines.map((line) => String(line.msg));
      expect(messages).to.include('HTTP and WebSocket closed: every request in flight has finished');
      expect(messages.filter((message) => message.startsWith('SHUTDOWN_TIMEOUT_MS'))).to.deep.equal([]);
    } finally {
      agent.destroy();
      await server.dispose();
    }
  });
});
