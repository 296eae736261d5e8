// PM2: two processes in cluster mode behind one port, as the original deployment. Correct for subscriptions
// because every process LISTENs on PostgreSQL for the events any process raises.
// Build first (`npm run build`); provide DATABASE_URL, JWT_SECRET and JWT_REFRESH_SECRET in the environment.
module.exports = {
  apps: [
    {
      name: 'packmeal-graphql',
      script: 'dist/src/index.js',
      exec_mode: 'cluster',
      instances: 2,
      // Graceful shutdown: SIGTERM closes sockets, drains HTTP, stops the event bus and pool (15 s at most).
      kill_timeout: 16000,
      listen_timeout: 30000,
      max_memory_restart: '512M',
      env: {
        NODE_ENV: 'production',
        PORT: 3000,
      },
    },
  ],
};
