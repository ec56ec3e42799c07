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
// The files the bundles load from beside themselves come first: the bundles carry their
// hashes (src/cdn/pinned-files.ts), so pinning a bundle with SRI pins them all.
rmSync('dist/cdn', { recursive: true, force: true });
for (const mode of ['locales', 'locales-clinician']) run(bin('vite'), ['build', '--mode', mode, '--logLevel', 'warn']);
const pinned = pinnedFiles('dist/cdn');
for (const mode of ['iife', 'iife-clinician', 'iife-list', 'esm'])
  execFileSync(bin('vite'), ['build', '--mode', mode, '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, HW_PINNED_FILES: JSON.stringify(pinned) },
  });

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

// Each exercise's FHIR R4 Questionnaire (the canonical the responses point at), our CodeSystems
// and the StructureDefinitions of the response's extensions.
const fhir = await import(new URL('../dist/esm/fhir/index.js', import.meta.url));
mkdirSync('dist/fhir', { recursive: true });
for (const questionnaire of fhir.allQuestionnaires()) {
  writeFileSync(`dist/fhir/Questionnaire-${questionnaire.id}.json`, JSON.stringify(questionnaire, null, 2) + '\n');
}
for (const codeSystem of fhir.allCodeSystems()) {
  writeFileSync(`dist/fhir/CodeSystem-${codeSystem.id}.json`, JSON.stringify(codeSystem, null, 2) + '\n');
}
for (const definition of fhir.allStructureDefinitions()) {
  writeFileSync(`dist/fhir/StructureDefinition-${definition.id}.json`, JSON.stringify(definition, null, 2) + '\n');
}

run(bin('cem'), ['analyze', '--quiet']);
// JSX and Vue declarations for every tag, from the manifest just written.
writeFrameworkTypes();

console.log('\nCDN files to pin (gzip -9, SRI): the only hashes a host writes down');
for (const file of [
  'homework-elements.iife.js',
  'homework-elements-clinician.iife.js',
  'homework-elements-list.iife.js',
  'homework-elements.js',
]) {
  const bytes = readFileSync(`dist/cdn/${file}`);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const sri = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  console.log(`  dist/cdn/${file}  ${bytes.length} B, ${gzip} B gzip  integrity="${sri}"`);
}

// What the bundles load on demand, each checked against the hash inside them.
console.log(`\nFiles beside the bundles, pinned inside them (${Object.keys(pinned).length}):`);
for (const file of Object.keys(pinned)) {
  const bytes = readFileSync(`dist/cdn/${file}`);
  console.log(`  dist/cdn/${file}  ${bytes.length} B, ${gzipSync(bytes, { level: 9 }).length} B gzip`);
}

/**
 * SHA-384 of every file the 'locales' builds wrote, by path relative to `dir`. Each must be
 * self-contained: a file it imported would run unchecked, so an import fails the build.
 */
function pinnedFiles(dir) {
  const hashes = {};
  for (const manifest of ['manifest-locales.json', 'manifest-locales-clinician.json']) {
    const chunks = Object.values(JSON.parse(readFileSync(join(dir, manifest), 'utf8')));
    rmSync(join(dir, manifest));
    for (const chunk of chunks) {
      if (!chunk.isEntry || chunk.imports?.length || chunk.dynamicImports?.length)
        throw new Error(
          `${dir}/${chunk.file} is or imports a shared chunk: each file beside the bundles must stand alone`,
        );
      hashes[chunk.file] = `sha384-${createHash('sha384')
        .update(readFileSync(join(dir, chunk.file)))
        .digest('base64')}`;
    }
  }
  return Object.fromEntries(Object.entries(hashes).sort(([a], [b]) => a.localeCompare(b)));
}
