// PM2: two processes in cluster mode behind one port, as the original deployment. Correct for subscriptions
// because every process LISTENs on PostgreSQL for the events any process raises.
// Build first (`npm run build`). Everything else comes from the environment of `pm2 start` (PM2 passes it on):
// DATABASE_URL, JWT_SECRET, JWT_REFRESH_SECRET, PORT (default 3000), HOST (default 0.0.0.0 in production),
// METRICS_PORT (each worker's metrics on METRICS_PORT + its instance number), and the rest of the README's table.
// deploy/pm2-check.sh starts it with a local PM2 and checks logs and metrics of both workers.
module.exports = {
  apps: [
    {
      name: 'packmeal-graphql',
      script: 'dist/src/index.js',
      exec_mode: 'cluster',
      instances: Number(process.env.PM2_INSTANCES) || 2,
      // Each worker's number (0, 1, ...): the `instance` of its log lines and metrics.
      instance_var: 'NODE_APP_INSTANCE',
      // Graceful shutdown on PM2's SIGINT (and on `pm2 reload`, once the new worker listens): no new connections,
      // requests in flight finish, WebSockets close with 1001, then the event bus and the pool stop. The process
      // gives that SHUTDOWN_TIMEOUT_MS (default 10 s) and exits at most 5 s later; PM2 waits a second more before
      // SIGKILL.
      kill_timeout: (Number(process.env.SHUTDOWN_TIMEOUT_MS) || 10000) + 6000,
      listen_timeout: 30000,
      // PM2 restarts a worker whose RSS passes 512 MB. V8's own default heap limit is a quarter of the machine's
      // memory (about 4 GB on 16 GB), so the heap would grow lazily far past that before collecting. 320 MB of old
      // space (368 MB of heap with the young generation) leaves about 140 MB below the threshold for the rest of
      // RSS: native memory (about 80 MB at rest), socket buffers, PDF layout threads. V8 collects before the
      // threshold, so a restart means a real leak, not a burst (README, PM2 and nginx; docs/BENCHMARKS.md).
      max_memory_restart: '512M',
      node_args: '--max-old-space-size=320',
      env: {
        NODE_ENV: 'production',
      },
    },
  ],
};
