// The lazy-module convention (docs/development.md, "Lazy modules"): the modules the CDN
// builds swap live in src/lazy/ beside their twins, the builds swap them by what an import
// resolves to, and every dynamic import of our own code goes through onDemand (which gives
// up after a timeout and forgets a failure).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { LAZY_DIR, lazyTwins, readLazyFolder, TWINS_BY_MODE } from '../../scripts/lazy-modules.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const lazyDir = join(root, LAZY_DIR);

/** A scratch repository whose src/lazy/ holds `files` (empty modules); its lazy folder. */
const scratch = [];
function folderWith(...files) {
  const repo = mkdtempSync(join(tmpdir(), 'hw-lazy-'));
  scratch.push(repo);
  const dir = join(repo, LAZY_DIR);
  mkdirSync(dir, { recursive: true });
  for (const file of files) writeFileSync(join(dir, file), 'export {};\n');
  return dir;
}
after(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('src/lazy/', () => {
  it('holds every module with its classic-script twin, and no twin without its module', () => {
    const modules = readLazyFolder(lazyDir);
    for (const name of ['schemas', 'store', 'sender', 'form-parts', 'locales']) assert.ok(modules.has(name), name);
    for (const [name, twins] of modules) assert.ok(twins.has('cdn'), `${name}.cdn.ts`);
  });

  it('fails, naming the file, when a twin is missing, orphaned or unknown', () => {
    assert.throws(() => readLazyFolder(folderWith('store.ts', 'store.cdn.ts', 'sender.ts')), /sender\.ts: no classic/);
    assert.throws(() => readLazyFolder(folderWith('store.cdn.ts')), /store\.cdn\.ts: a twin of store\.ts/);
    assert.throws(
      () => readLazyFolder(folderWith('store.ts', 'store.cdn.ts', 'store.iife.ts')),
      /unknown twin "\.iife"/,
    );
    assert.throws(() => readLazyFolder(folderWith('Store.ts')), /Store\.ts: not name\.ts/);
    assert.equal(readLazyFolder(folderWith('store.ts', 'store.cdn.ts')).size, 1);
  });

  it('gives each twin the same values as its module (types need not follow)', () => {
    const files = readdirSync(lazyDir).map((file) => join(lazyDir, file));
    const program = ts.createProgram(files, {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      noEmit: true,
      skipLibCheck: true,
    });
    const checker = program.getTypeChecker();
    const exportsOf = (file) => {
      const symbol = checker.getSymbolAtLocation(program.getSourceFile(file));
      const value = (exported) => {
        const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        return Boolean(target.flags & ts.SymbolFlags.Value);
      };
      return symbol
        ? checker
            .getExportsOfModule(symbol)
            .filter(value)
            .map((s) => s.name)
            .sort()
        : [];
    };
    for (const [name, twins] of readLazyFolder(lazyDir)) {
      const expected = exportsOf(join(lazyDir, `${name}.ts`));
      assert.ok(expected.length, `${name}.ts exports something`);
      for (const twin of twins)
        assert.deepEqual(exportsOf(join(lazyDir, `${name}.${twin}.ts`)), expected, `${name}.${twin}.ts`);
    }
  });
});

describe('the builds’ lazy-twins plugin', () => {
  /** What `source` imported from src/elements/ resolves to in `mode`'s build. */
  async function resolveIn(mode, target) {
    const plugin = lazyTwins(root, mode);
    // What the other plugins resolve the import to: the file itself.
    const context = {
      resolve: async () => ({ id: join(lazyDir, target) }),
      error: (message) => {
        throw new Error(message);
      },
    };
    plugin.buildStart.call(context);
    return (await plugin.resolveId.call(context, `../../lazy/${target}`, join(root, 'src/elements/x.ts'), {}))?.id;
  }

  it('hands each build its twin, and the npm module where the build has none', async () => {
    const twin = (name) => join(lazyDir, name);
    assert.equal(await resolveIn('iife', 'schemas.ts'), twin('schemas.cdn.ts'));
    assert.equal(await resolveIn('iife-list', 'schemas.ts'), twin('schemas.cdn.ts'));
    assert.equal(await resolveIn('iife-clinician', 'schemas.ts'), twin('schemas.cdn-clinician.ts'));
    assert.equal(await resolveIn('iife-clinician', 'store.ts'), twin('store.cdn.ts'));
    assert.equal(await resolveIn('esm', 'schemas.ts'), twin('schemas.ts'));
    assert.equal(await resolveIn('esm', 'fhir-writer.ts'), twin('fhir-writer.cdn-module.ts'));
    assert.equal(await resolveIn('iife', 'fhir-writer.ts'), twin('fhir-writer.cdn.ts'));
    // The files beside the bundles are built without twins.
    assert.equal(await resolveIn('locales', 'schemas.ts'), undefined);
  });

  it('leaves a twin imported by another twin as it is', async () => {
    assert.equal(await resolveIn('iife', 'locales.cdn.ts'), join(lazyDir, 'locales.cdn.ts'));
  });

  it('fails the build when a twin is missing', () => {
    const repo = dirname(dirname(folderWith('store.ts', 'store.cdn.ts', 'sender.ts')));
    for (const mode of Object.keys(TWINS_BY_MODE))
      assert.throws(() => lazyTwins(repo, mode).buildStart.call({}), /sender\.ts: no classic/, mode);
  });

  it('refuses a classic-script build it does not know', () => {
    assert.throws(() => lazyTwins(root, 'iife-new'), /add the build "iife-new"/);
  });
});

/**
 * The bare `import()`s of our own code that stay, by file, each for a measured reason
 * (docs/development.md, "Lazy modules"): on-demand.ts costs about 150 B gzip in a first
 * load that does not hold it yet, and splits into a shared chunk when a lazy chunk needs it.
 */
const BARE = {
  // The list's first load holds no onDemand; the click that needs these tries again itself.
  'src/elements/assignment-list/hw-assignment-list.ts': [
    '../../exercises/assignment-reminder.js',
    '../behavioural-experiment/save-file.js',
  ],
  // The exercise elements are being split into controllers (issue 19): the save-file chunk
  // moves behind onDemand with them.
  'src/elements/behavioural-experiment/hw-behavioural-experiment.ts': ['./save-file.js'],
  // Called from the sender's chunk: onDemand there would split on-demand.ts out of every
  // widget's first load. The sender's backoff asks again.
  'src/lazy/fhir-writer.ts': ['../fhir/to-response.js'],
  // The catalogue forgets a failed part itself; the list and the caseload hold no onDemand.
  'src/lazy/locales.ts': ['es', 'ar', 'fr', 'zh-Hans', 'hi'].map((l) => `../i18n/${l}/client.js`),
  'src/lazy/clinician-locales.ts': ['es', 'ar', 'fr', 'zh-Hans', 'hi'].map((l) => `../i18n/${l}/clinician.js`),
};

describe('dynamic imports', () => {
  it('of our own modules all go through onDemand', () => {
    const bare = [];
    for (const file of readdirSync(join(root, 'src'), { recursive: true })) {
      if (!file.endsWith('.ts')) continue;
      const path = `src/${file}`;
      const text = readFileSync(join(root, path), 'utf8');
      const source = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true);
      const visit = (node) => {
        if (
          ts.isCallExpression(node) &&
          node.expression.kind === ts.SyntaxKind.ImportKeyword &&
          ts.isStringLiteral(node.arguments[0]) &&
          node.arguments[0].text.startsWith('.') &&
          !insideOnDemand(node) &&
          !BARE[path]?.includes(node.arguments[0].text)
        )
          bare.push(`${path}: import('${node.arguments[0].text}')`);
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    assert.deepEqual(bare, []);
  });

  it('stay bare only where the file still has that import', () => {
    for (const [path, specifiers] of Object.entries(BARE)) {
      const text = readFileSync(join(root, path), 'utf8');
      for (const specifier of specifiers) assert.ok(text.includes(`import('${specifier}')`), `${path}: ${specifier}`);
    }
  });
});

/** Whether `node` is inside the arguments of an `onDemand(…)` call. */
function insideOnDemand(node) {
  for (let parent = node.parent; parent; parent = parent.parent)
    if (ts.isCallExpression(parent) && ts.isIdentifier(parent.expression) && parent.expression.text === 'onDemand')
      return true;
  return false;
}
