// `npm run build`: the npm modules (tsc), the CDN bundles (vite), JSON Schemas, FHIR
// Questionnaires, the Custom Elements Manifest and React/Vue type declarations from it; then
// prints each CDN file's gzip size and SRI hash.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeFrameworkTypes } from './framework-types.mjs';
import { minifyTemplates, templateModule } from './template-whitespace.mjs';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });
const bin = (name) => `node_modules/.bin/${name}`;

rmSync('dist/esm', { recursive: true, force: true });
run(bin('tsc'), ['-p', 'tsconfig.json']);
// The same template whitespace the CDN build drops (see template-whitespace.mjs).
for (const file of readdirSync('dist/esm', { recursive: true }).map((name) => join('dist/esm', name))) {
  if (templateModule.test(file)) writeFileSync(file, minifyTemplates(readFileSync(file, 'utf8'), file));
}
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

// Each exercise's FHIR R4 Questionnaire (the canonical the responses point at) and our CodeSystems.
const fhir = await import(new URL('../dist/esm/fhir/index.js', import.meta.url));
mkdirSync('dist/fhir', { recursive: true });
for (const questionnaire of fhir.allQuestionnaires()) {
  writeFileSync(`dist/fhir/Questionnaire-${questionnaire.id}.json`, JSON.stringify(questionnaire, null, 2) + '\n');
}
for (const codeSystem of fhir.allCodeSystems()) {
  writeFileSync(`dist/fhir/CodeSystem-${codeSystem.id}.json`, JSON.stringify(codeSystem, null, 2) + '\n');
}

run(bin('cem'), ['analyze', '--quiet']);
// JSX and Vue declarations for every tag, from the manifest just written.
writeFrameworkTypes();

console.log('\nCDN files (gzip -9, SRI):');
for (const file of ['homework-elements.iife.js', 'homework-elements-clinician.iife.js', 'homework-elements.js']) {
  const bytes = readFileSync(`dist/cdn/${file}`);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const sri = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  console.log(`  dist/cdn/${file}  ${bytes.length} B, ${gzip} B gzip  integrity="${sri}"`);
}

// Each translation the classic script fetches on demand (dist/cdn/locales/<lang>.js).
const locales = readdirSync('dist/cdn/locales').filter((file) => file.endsWith('.js'));
console.log(`\nTranslations beside the classic script (${locales.length}):`);
for (const file of locales) {
  const bytes = readFileSync(`dist/cdn/locales/${file}`);
  console.log(`  dist/cdn/locales/${file}  ${bytes.length} B, ${gzipSync(bytes, { level: 9 }).length} B gzip`);
}
