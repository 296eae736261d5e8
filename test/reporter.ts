// Mocha reporter: the spec reporter's output, then the closing line CI reads: "N passed, N failed".
import fs from 'node:fs';
import Mocha from 'mocha';

class SpecWithSummary extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const stats = runner.stats ?? { passes: 0, failures: 0, pending: 0 };
      const line = `${stats.passes} passed, ${stats.failures} failed`;
      fs.writeFileSync(
        '.test-results.json',
        JSON.stringify({ passed: stats.passes, failed: stats.failures, pending: stats.pending }),
      );
      process.nextTick(() => console.log(line));
    });
  }
}

export = SpecWithSummary;
