// `npm test` after the build: browser tests (@web/test-runner), then the server and
// end-to-end tests (node:test + playwright-core), then one closing line for CI:
// "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

rmSync('test-results', { recursive: true, force: true });

// `files` builds the command that runs only some of a suite's files (see `runAgain` below).
const suites = [
  { name: 'browser', file: 'test-results/browser.json', command: (files = []) => ['node_modules/.bin/wtr', ...files] },
  {
    name: 'server',
    file: 'test-results/server.json',
    command: (files = ['test/server/']) => ['node', '--test', '--test-concurrency=1', ...nodeReporters(), ...files],
  },
  {
    name: 'end-to-end',
    file: 'test-results/e2e.json',
    command: (files = ['test/e2e/']) => ['node', '--test', '--test-concurrency=1', ...nodeReporters(), ...files],
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

/** Run a suite (or some of its files) and read what its counting reporter wrote; null if it wrote nothing. */
function run(suite, files, countFile) {
  const [command, ...args] = suite.command(files);
  rmSync(countFile, { force: true });
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, HW_COUNT_FILE: countFile },
    // A test that leaves a server open would hold its runner forever: fail it instead.
    timeout: SUITE_TIMEOUT_MS,
    killSignal: 'SIGKILL',
  });
  if (result.error) console.log(`${suite.name}: ${result.error.message}`);
  const counts = existsSync(countFile) ? JSON.parse(readFileSync(countFile, 'utf8')) : null;
  if (!counts) {
    // The runner died before reporting: that is a failure, never a silent pass.
    console.log(`${suite.name}: no results (exit ${result.status})`);
    return null;
  }
  counts.failures ??= [];
  if (result.status !== 0 && counts.failed === 0) {
    counts.failed = 1;
    counts.failures.push({ file: '', test: `the runner exited with ${result.status ?? result.signal}` });
  }
  return counts;
}

/**
 * A file with failures runs once more, alone. If every test in it passes then, its failures
 * are reported as flaky, by name, instead of failed: a machine shared with other jobs can
 * starve one timing. A test that fails twice fails the run.
 */
function runAgain(suite, counts) {
  const files = [...new Set(counts.failures.map((failure) => failure.file))];
  if (!counts.failed || files.includes('')) return [];
  console.log(`\n--- ${suite.name}: running again, alone: ${files.join(', ')}`);
  const again = run(suite, files, suite.file.replace(/\.json$/, '-again.json'));
  if (!again || again.failed) {
    console.log(`${suite.name}: failed again, so the failures stand`);
    return [];
  }
  const flaky = counts.failures;
  counts.passed += counts.failed;
  counts.failed = 0;
  counts.failures = [];
  return flaky;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
const flaky = [];
for (const suite of suites) {
  console.log(`\n=== ${suite.name} tests ===`);
  const counts = run(suite, undefined, suite.file);
  if (!counts) {
    totals.failed++;
    failures.push(`${suite.name}: no results`);
    continue;
  }
  for (const failure of runAgain(suite, counts)) flaky.push(`${suite.name}: ${failure.file} › ${failure.test}`);
  console.log(`${suite.name}: ${counts.passed} passed, ${counts.failed} failed`);
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped ?? 0;
  for (const failure of counts.failures) failures.push(`${suite.name}: ${failure.file} › ${failure.test}`);
}

// Long runs are often read from their tail: name what failed, and what only passed when run
// again, just above the totals.
const list = (names) => names.map((name) => `  ${name}`).join('\n');
if (flaky.length) console.log(`\nFlaky (failed, then passed when its file ran again alone):\n${list(flaky)}`);
if (failures.length) console.log(`\nFailed:\n${list(failures)}`);

const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed === 0 && totals.passed > 0 ? 0 : 1);
