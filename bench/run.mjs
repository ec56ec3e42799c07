// `npm run bench`: runs every bench/*.bench.mjs in Debian's Chromium against the reference
// endpoint on 127.0.0.1, prints one table and writes bench/results.json.
// `--smoke` runs tiny sizes (CI); never assert on times, only report them.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../server/app.mjs';
import { chromiumPath, CHROMIUM_ARGS } from '../test/support/chromium.mjs';

const repoRoot = resolve(import.meta.dirname, '..');
const smoke = process.argv.includes('--smoke');
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);

const dir = mkdtempSync(join(tmpdir(), 'hw-bench-'));
const server = await startServer({ port: 0, db: join(dir, 'bench.sqlite'), staticRoot: repoRoot, faults: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });

const files = readdirSync(import.meta.dirname)
  .filter((file) => file.endsWith('.bench.mjs') && (!only || file.includes(only)))
  .sort();
const rows = [];
try {
  for (const file of files) {
    const bench = await import(join(import.meta.dirname, file));
    console.error(`running ${file}${smoke ? ' (smoke)' : ''}…`);
    for (const row of await bench.run({ browser, server, repoRoot, smoke })) rows.push({ file, ...row });
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}

const format = (value) =>
  typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toFixed(2)) : String(value);
const table = [
  ['benchmark', 'metric', 'value', 'unit', 'note'],
  ...rows.map((r) => [r.benchmark, r.metric, format(r.value), r.unit ?? '', r.note ?? '']),
];
const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
for (const [index, row] of table.entries()) {
  console.log(
    row
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd(),
  );
  if (index === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
if (!smoke)
  writeFileSync(
    join(import.meta.dirname, 'results.json'),
    JSON.stringify({ date: new Date().toISOString(), rows }, null, 2) + '\n',
  );
