// login throughput: bound by bcrypt (cost BCRYPT_ROUNDS, default 10), which runs on libuv's thread pool (4 threads
// by default) and so on at most as many cores as the machine has. Also measures one bcrypt comparison alone.
import { hashPassword, verifyPassword } from '../src/common/passwords';
import { SEED_USERS } from '../src/db/seed';
import { BenchEnvironment } from './support/environment';
import { closedLoop } from './support/http';
import { BenchResult } from './support/report';
import { perSecond, summarize } from './support/stats';

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }';

export interface LoginOptions {
  logins: number;
  concurrency: number;
}

export async function login(
  env: BenchEnvironment,
  options: LoginOptions = { logins: 50, concurrency: 4 },
): Promise<BenchResult[]> {
  const bench = await env.startApp('login');
  try {
    const rounds = bench.app.deps.config.bcryptRounds;
    const hash = await hashPassword('benchmark', rounds);
    // The bound: bcrypt comparisons alone, at the same concurrency, in this process.
    const compares = await closedLoop(20, options.concurrency, async () => {
      await verifyPassword('benchmark', hash);
    });
    const users = SEED_USERS.map((user) => ({
      nik: user.nik,
      password: user.password,
      clientType: 'MOBILE',
    }));
    const before = bench.statements();
    const loop = await closedLoop(options.logins, options.concurrency, async (index) => {
      await bench.client.ok(LOGIN, { input: users[index % users.length] });
    });
    const statements = bench.statements() - before;
    return [
      {
        benchmark: 'login',
        workload: `${options.logins} logins (5 seed users in turn), ${options.concurrency} concurrent, bcrypt cost ${rounds}`,
        throughput: perSecond(loop.latencies.length, loop.elapsedMs),
        latency: summarize(loop.latencies),
        sql: `${(statements / options.logins).toFixed(1)} per login`,
        result: `${loop.failures} errors${loop.firstFailure ? ` (${loop.firstFailure})` : ''}; bcrypt compares alone: ${perSecond(compares.latencies.length, compares.elapsedMs)} at the same concurrency`,
      },
    ];
  } finally {
    await bench.stop();
  }
}
