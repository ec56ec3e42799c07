// node:test reporter that writes pass/fail totals (tests only, not suites), and the names
// of what failed, for run-all.
import { mkdirSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';

export default async function* countingReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0, failures: [] };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip || event.data.todo) totals.skipped++;
    else if (event.type === 'test:pass') totals.passed++;
    else {
      totals.failed++;
      const file = event.data.file ? relative(process.cwd(), event.data.file) : '';
      totals.failures.push({ file, test: event.data.name });
    }
  }
  mkdirSync('test-results', { recursive: true });
  writeFileSync(process.env.HW_COUNT_FILE ?? 'test-results/node.json', JSON.stringify(totals));
  yield '';
}
