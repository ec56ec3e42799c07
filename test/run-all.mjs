// `npm test` after the build: browser tests (@web/test-runner), then the server and
// end-to-end tests (node:test + playwright-core), then one closing line for CI:
// "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

rmSync('test-results', { recursive: true, force: true });

const suites = [
  { name: 'browser', file: 'test-results/browser.json', command: ['node_modules/.bin/wtr'] },
  {
    name: 'server',
    file: 'test-results/server.json',
    command: ['node', '--test', '--test-concurrency=1', ...nodeReporters(), 'test/server/'],
  },
  {
    name: 'end-to-end',
    file: 'test-results/e2e.json',
    command: ['node', '--test', '--test-concurrency=1', ...nodeReporters(), 'test/e2e/'],
  },
];

function nodeReporters() {
  return [
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./test/support/node-counting-reporter.mjs',
    '--test-reporter-destination=/dev/null',
  ];
}

/** Each suite takes 3-5 minutes here; far past that, something hangs. */
const SUITE_TIMEOUT_MS = 30 * 60_000;

const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
for (const suite of suites) {
  console.log(`\n=== ${suite.name} tests ===`);
  const [command, ...args] = suite.command;
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, HW_COUNT_FILE: suite.file },
    // A test that leaves a server open would hold its runner forever: fail it instead.
    timeout: SUITE_TIMEOUT_MS,
    killSignal: 'SIGKILL',
  });
  if (result.error) console.log(`${suite.name}: ${result.error.message}`);
  const counts = existsSync(suite.file) ? JSON.parse(readFileSync(suite.file, 'utf8')) : null;
  if (!counts) {
    // The runner died before reporting: that is a failure, never a silent pass.
    console.log(`${suite.name}: no results (exit ${result.status})`);
    totals.failed++;
    continue;
  }
  if (result.status !== 0 && counts.failed === 0) {
    counts.failed = 1;
    failures.push(`${suite.name}: the runner exited with ${result.status ?? result.signal}`);
  }
  console.log(`${suite.name}: ${counts.passed} passed, ${counts.failed} failed`);
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped ?? 0;
  for (const name of counts.failures ?? []) failures.push(`${suite.name}: ${name}`);
}

// Long runs are often read from their tail: name what failed just above the totals.
if (failures.length) console.log(`\nFailed:\n${failures.map((name) => `  ${name}`).join('\n')}`);

const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed === 0 && totals.passed > 0 ? 0 : 1);
