// @web/test-runner prints no plain "N passed, N failed" line; this reporter counts the
// tests of every session and writes the totals, and the names of what failed, for
// test/run-all.mjs, which repeats those names at the very end of the output.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

function count(suite, file, path, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else {
      totals.failed++;
      totals.failures.push({ file, test: [...path, test.name].join(' › ') });
    }
  }
  for (const child of suite?.suites ?? []) count(child, file, [...path, child.name], totals);
}

export function countingReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, failures: [] };
      for (const session of sessions) {
        const file = relative(process.cwd(), session.testFile);
        count(session.testResults, file, [], totals);
        // A file that failed to load or threw outside a test counts as a failure.
        if (!session.passed && session.errors?.length) {
          totals.failed++;
          totals.failures.push({ file, test: session.errors[0]?.message ?? 'an error outside a test' });
        }
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
