// Mocha reporter: the spec reporter's output, each test file's duration, then the closing line CI reads: "N passed,
// N failed". The counts also go to a JSON file (reporter option `output`, default .test-results.json) for .ci/run
// to add up.
import fs from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';

const { EVENT_RUN_END, EVENT_SUITE_BEGIN, EVENT_SUITE_END } = Mocha.Runner.constants;

class SpecWithSummary extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    const output = String(options?.reporterOptions?.output ?? '.test-results.json');
    // A file's duration: from its first top-level suite's start to its last one's end (hooks included).
    const started = new Map<Mocha.Suite, number>();
    const perFile = new Map<string, number>();
    const topLevel = (suite: Mocha.Suite) => suite.parent?.root === true && suite.file !== undefined;
    runner.on(EVENT_SUITE_BEGIN, (suite: Mocha.Suite) => {
      if (topLevel(suite)) started.set(suite, Date.now());
    });
    runner.on(EVENT_SUITE_END, (suite: Mocha.Suite) => {
      const start = started.get(suite);
      if (start === undefined || suite.file === undefined) return;
      perFile.set(suite.file, (perFile.get(suite.file) ?? 0) + Date.now() - start);
    });
    runner.once(EVENT_RUN_END, () => {
      const stats = runner.stats ?? { passes: 0, failures: 0, pending: 0 };
      const line = `${stats.passes} passed, ${stats.failures} failed`;
      fs.writeFileSync(
        output,
        JSON.stringify({ passed: stats.passes, failed: stats.failures, pending: stats.pending }),
      );
      process.nextTick(() => {
        if (perFile.size > 0) {
          console.log('Duration per file:');
          for (const [file, ms] of perFile) {
            const duration = ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
            console.log(`  ${duration.padStart(9)}  ${path.relative(process.cwd(), file)}`);
          }
        }
        console.log(line);
      });
    });
  }
}

export = SpecWithSummary;
