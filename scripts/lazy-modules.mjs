// The lazy modules that the CDN builds swap (docs/development.md, "Lazy modules"): each lives
// in src/lazy/ as `name.ts`, what the npm build and the host's bundler load, beside its twins:
//
//   name.cdn.ts            the classic scripts' twin (required: they cannot split code);
//   name.cdn-clinician.ts  the clinician's classic script, where it differs from name.cdn.ts;
//   name.cdn-module.ts     the ES module on the CDN, where it differs from name.ts.
//
// The Vite plugin below swaps them by what an import resolves to, not by how it is spelled,
// so renaming a module cannot leave a build on the wrong file without a word: a module
// without its classic twin, or a twin without its module, fails the build.
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** The folder, relative to the repository's root. */
export const LAZY_DIR = 'src/lazy';

/** Which twins each Vite build takes, first match wins; `name.ts` when none exists. */
export const TWINS_BY_MODE = {
  iife: ['cdn'],
  'iife-list': ['cdn'],
  'iife-clinician': ['cdn-clinician', 'cdn'],
  esm: ['cdn-module'],
};

/** Every build that is a classic script: these need a `cdn` twin for every module. */
const CLASSIC = 'cdn';
const VARIANTS = new Set(Object.values(TWINS_BY_MODE).flat());
const FILE = /^(?<name>[a-z][a-z0-9-]*)(?:\.(?<variant>[a-z-]+))?\.ts$/;

/**
 * The modules in `dir` and their twins, `{ name: Set of variants }`, after checking the
 * folder's rules. Throws one error listing every file that breaks them.
 */
export function readLazyFolder(dir) {
  const modules = new Map();
  const twins = [];
  const problems = [];
  for (const file of readdirSync(dir).sort()) {
    const match = FILE.exec(file);
    if (!match) problems.push(`${file}: not name.ts or name.<twin>.ts`);
    else if (!match.groups.variant) modules.set(match.groups.name, new Set());
    else if (!VARIANTS.has(match.groups.variant))
      problems.push(`${file}: unknown twin ".${match.groups.variant}" (one of ${[...VARIANTS].join(', ')})`);
    else twins.push(match.groups);
  }
  for (const { name, variant } of twins) {
    if (modules.has(name)) modules.get(name).add(variant);
    else problems.push(`${name}.${variant}.ts: a twin of ${name}.ts, which does not exist`);
  }
  for (const [name, variants] of modules)
    if (!variants.has(CLASSIC)) problems.push(`${name}.ts: no classic-script twin ${name}.${CLASSIC}.ts`);
  if (problems.length) throw new Error(`${dir}: lazy modules without their twins:\n  ${problems.join('\n  ')}`);
  return modules;
}

/**
 * Vite plugin: an import that resolves to src/lazy/name.ts gets this build's twin instead.
 * `mode` is a key of TWINS_BY_MODE; other modes (the files beside the bundles) swap nothing.
 */
export function lazyTwins(root, mode) {
  // A new classic-script build must say which twins it takes, not fall back to none.
  if (mode.startsWith('iife') && !Object.hasOwn(TWINS_BY_MODE, mode))
    throw new Error(`lazy-modules.mjs: add the build "${mode}" to TWINS_BY_MODE`);
  const order = TWINS_BY_MODE[mode] ?? [];
  const dir = resolve(root, LAZY_DIR);
  let modules;
  return {
    name: 'homework-elements:lazy-twins',
    enforce: 'pre',
    buildStart() {
      modules = readLazyFolder(dir); // read again on every build: a rename is seen at once
    },
    async resolveId(source, importer, options) {
      if (!order.length || !importer) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external) return resolved;
      const path = relative(dir, resolved.id);
      const name = /^([a-z][a-z0-9-]*)\.ts$/.exec(path)?.[1];
      if (!name) return resolved;
      if (!modules.has(name)) this.error(`${LAZY_DIR}/${path} is not in the folder's list of lazy modules`);
      const twin = order.find((variant) => modules.get(name).has(variant));
      return twin ? { ...resolved, id: join(dir, `${name}.${twin}.ts`) } : resolved;
    },
  };
}
