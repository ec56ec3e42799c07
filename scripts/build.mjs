// `npm run build`: the npm modules (tsc), the CDN bundles (vite), JSON Schemas, the
// Custom Elements Manifest; then prints each CDN file's gzip size and SRI hash.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });
const bin = (name) => `node_modules/.bin/${name}`;

rmSync('dist/esm', { recursive: true, force: true });
run(bin('tsc'), ['-p', 'tsconfig.json']);
for (const mode of ['iife', 'iife-clinician', 'esm', 'locales'])
  run(bin('vite'), ['build', '--mode', mode, '--logLevel', 'warn']);

// JSON Schemas for hosts' backends that do not run TypeScript.
const core = await import(new URL('../dist/esm/core/index.js', import.meta.url));
const z = await import('zod/mini');
mkdirSync('dist/schema', { recursive: true });
const schemas = {
  'entry.json': core.entrySchema,
  'assignment.json': core.assignmentSchema,
  'thought-record-data.json': core.thoughtRecordDataSchema,
  'mood-tracker-data.json': core.moodTrackerDataSchema,
  'behavioural-experiment-data.json': core.behaviouralExperimentDataSchema,
};
for (const [file, schema] of Object.entries(schemas)) {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' });
  writeFileSync(`dist/schema/${file}`, JSON.stringify(json, null, 2) + '\n');
}

run(bin('cem'), ['analyze', '--quiet']);

console.log('\nCDN files (gzip -9, SRI):');
for (const file of ['homework-elements.iife.js', 'homework-elements-clinician.iife.js', 'homework-elements.js']) {
  const bytes = readFileSync(`dist/cdn/${file}`);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const sri = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  console.log(`  dist/cdn/${file}  ${bytes.length} B, ${gzip} B gzip  integrity="${sri}"`);
}
