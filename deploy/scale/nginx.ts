// A real nginx (Debian's) in front of several server processes, for the topology check: round-robin over the
// upstreams, WebSocket upgrades for graphql-ws, a failed upstream skipped for a few seconds.
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureDebianPackage } from './debian';
import { waitForPort } from './pgbouncer';

export const NGINX = '/usr/sbin/nginx';

export interface Nginx {
  url: string;
  stop(): Promise<void>;
}

export async function startNginx(options: { port: number; upstreams: number[] }): Promise<Nginx> {
  ensureDebianPackage(NGINX, 'nginx');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'packmeal-nginx-'));
  const temp = path.join(dir, 'tmp');
  fs.mkdirSync(temp, { mode: 0o777 });
  fs.chmodSync(dir, 0o755);
  fs.chmodSync(temp, 0o777);
  const conf = path.join(dir, 'nginx.conf');
  const root = process.getuid?.() === 0;
  fs.writeFileSync(
    conf,
    `${root ? 'user root;\n' : ''}worker_processes 1;
worker_rlimit_nofile 20000;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 10000; }
http {
  access_log off;
  client_body_temp_path ${temp}/body;
  proxy_temp_path ${temp}/proxy;
  fastcgi_temp_path ${temp}/fastcgi;
  uwsgi_temp_path ${temp}/uwsgi;
  scgi_temp_path ${temp}/scgi;
  map $http_upgrade $connection_upgrade { default upgrade; '' ''; }
  upstream packmeal_api {
${options.upstreams.map((port) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=3s;`).join('\n')}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${options.port};
    location / {
      proxy_pass http://packmeal_api;
      proxy_http_version 1.1;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection $connection_upgrade;
      proxy_read_timeout 3600s;
      proxy_send_timeout 3600s;
      proxy_next_upstream error timeout;
    }
  }
}
`,
  );
  const child: ChildProcess = spawn(NGINX, ['-p', dir, '-c', conf], { stdio: 'ignore' });
  await waitForPort(options.port, 10_000);
  return {
    url: `http://127.0.0.1:${options.port}`,
    stop: async () => {
      if (child.exitCode === null) {
        await new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGQUIT');
          setTimeout(() => child.kill('SIGKILL'), 5000).unref();
        });
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
