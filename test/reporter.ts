// Mocha reporter: the spec reporter's output, then the closing line CI reads: "N passed, N failed". The counts
// also go to a JSON file (reporter option `output`, default .test-results.json) for .ci/run to add up.
import fs from 'node:fs';
import Mocha from 'mocha';

class SpecWithSummary extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    const output = String(options?.reporterOptions?.output ?? '.test-results.json');
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const stats = runner.stats ?? { passes: 0, failures: 0, pending: 0 };
      const line = `${stats.passes} passed, ${stats.failures} failed`;
      fs.writeFileSync(
        output,
        JSON.stringify({ passed: stats.passes, failed: stats.failures, pending: stats.pending }),
      );
      process.nextTick(() => console.log(line));
    });
  }
}

export = SpecWithSummary;
