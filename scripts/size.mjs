// `npm run size` (after `npm run build`): the size budget of issue 8, enforced in CI.
//
//   1. The classic script with every client widget, dist/cdn/homework-elements.iife.js,
//      at most 45 KB gzip (45 × 1000 bytes, gzip -9). The clinician widgets ship in their
//      own classic script and are not counted here.
//   2. Each element's ESM entry, dist/esm/define/hw-<element>.js, with its share of the
//      dependencies: at most 25 KB gzip. The share is what an app that imports only that
//      entry downloads before the element can render: esbuild bundles the entry alone
//      (bundle, minify, splitting, ESM), and we count the entry chunk plus every chunk it
//      imports statically, transitively. Chunks reached only through `import()` (on-demand
//      translations, the delivery machinery, the calendar file...) load later, on use, and
//      are listed apart. Each chunk is gzipped on its own, as a browser fetches it.
//
// How the elements fit (see bench/README.md, "Size budgets"): each widget brings only its own English;
// what waits for the device store or the schemas anyway (the mood history, the draft vault,
// the review panel's views, the composer's wording) loads in a chunk beside them. Chunks
// cost gzip overhead, so a split that creates a small shared chunk can grow a first load:
// measure before and after.
//
// zod must not be in any element's first load (it loads on demand, see src/lazy/schemas.ts).
//
// Prints every figure; exits 1 when a budget is exceeded.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const CLASSIC_BUDGET = 45_000;
export const ELEMENT_BUDGET = 25_000;

const ZOD = /(^|\/)node_modules\/zod\//;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** gzip bytes of an ESM entry's first load (static closure) and of its lazy chunks. */
export async function elementShare(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    charset: 'utf8',
    outdir: 'out',
    absWorkingDir: root,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const files = new Map(result.outputFiles.map((file) => [relative(root, file.path), file.contents]));
  const outputs = result.metafile.outputs;
  // Dynamic imports are entry points in the metafile too: pick the one for `entry` itself.
  const entryOutput = Object.keys(outputs).find((path) => outputs[path].entryPoint === relative(root, entry));
  const first = new Set();
  const visit = (path) => {
    if (first.has(path)) return;
    first.add(path);
    for (const imported of outputs[path].imports) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(entryOutput);
  const size = (path) => gzip(files.get(path));
  const lazy = Object.keys(outputs).filter((path) => path.endsWith('.js') && !first.has(path));
  // zod and the schemas load after the first render (src/lazy/schemas.ts): a static
  // import of a schema module from an element would pull them back in unnoticed.
  const zodUpFront = [...first].some((path) => Object.keys(outputs[path].inputs).some((input) => ZOD.test(input)));
  return {
    zodUpFront,
    firstLoad: [...first].reduce((sum, path) => sum + size(path), 0),
    firstChunks: first.size,
    lazy: lazy.reduce((sum, path) => sum + size(path), 0),
    lazyChunks: lazy.length,
  };
}

export async function measure() {
  const classic = gzip(readFileSync(join(root, 'dist/cdn/homework-elements.iife.js')));
  // The client's own list has a classic script of its own, held to an element's budget.
  const listScript = gzip(readFileSync(join(root, 'dist/cdn/homework-elements-list.iife.js')));
  const defineDir = join(root, 'dist/esm/define');
  const elements = [];
  for (const file of readdirSync(defineDir)
    .filter((name) => /^hw-.*\.js$/.test(name))
    .sort()) {
    elements.push({ file: `dist/esm/define/${file}`, ...(await elementShare(join(defineDir, file))) });
  }
  return { classic, listScript, elements };
}

const kb = (bytes) => `${bytes.toLocaleString('en')} B`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { classic, listScript, elements } = await measure();
  const failures = [];
  const verdict = (bytes, budget) => {
    const ok = bytes <= budget;
    return `${ok ? 'ok  ' : 'OVER'} ${kb(bytes)} gzip / budget ${kb(budget)} (${ok ? `${kb(budget - bytes)} left` : `${kb(bytes - budget)} over`})`;
  };
  console.log('Size budget (gzip -9)');
  console.log(`  ${verdict(classic, CLASSIC_BUDGET)}  dist/cdn/homework-elements.iife.js (client widgets)`);
  if (classic > CLASSIC_BUDGET) failures.push('classic script');
  console.log(`  ${verdict(listScript, ELEMENT_BUDGET)}  dist/cdn/homework-elements-list.iife.js (the client's list)`);
  if (listScript > ELEMENT_BUDGET) failures.push('list script');
  for (const element of elements) {
    console.log(
      `  ${verdict(element.firstLoad, ELEMENT_BUDGET)}  ${element.file} first load, ${element.firstChunks} chunk(s); ` +
        `+${kb(element.lazy)} in ${element.lazyChunks} lazy chunk(s)`,
    );
    if (element.firstLoad > ELEMENT_BUDGET) failures.push(element.file);
    if (element.zodUpFront) {
      console.log(`  OVER zod is in ${element.file}'s first load: import the schemas through src/lazy/schemas.ts`);
      failures.push(`${element.file} (zod)`);
    }
  }
  if (failures.length) {
    console.error(`\nSize budget exceeded: ${failures.join(', ')}`);
    process.exit(1);
  }
  console.log('\nWithin budget.');
}
