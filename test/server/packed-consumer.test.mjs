// The package as an integrator meets it: `npm pack` of the built package, installed from
// the .tgz into a fresh folder outside the repository, then type-checked (skipLibCheck off,
// under both `bundler` and `nodenext` resolution) and imported by Node. Catches what tests
// inside the repository cannot: a file left out of `files`, an `exports` path that points
// at nothing, a declaration that only compiles next to our own sources.
// (test/e2e/packed-bundle.test.mjs bundles the same tarball and defines every tag.)
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { installPackedPackage, lockedVersion, repositoryRoot as root, run } from '../support/packed-package.mjs';

const tsc = join(root, 'node_modules/typescript/bin/tsc');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Files npm packs whatever `files` says. */
const ALWAYS_PACKED = /^(package\.json|README(\.\w+)?|LICEN[CS]E(\.\w+)?)$/i;

const CONSUMER_TS = `// Every typed entry, as an application imports them.
import { HwThoughtRecord as Registered } from 'homework-elements';
import 'homework-elements/thought-record';
import { HwMoodTracker, HwThoughtRecord } from 'homework-elements/elements';
import { validateEntry, type Entry } from 'homework-elements/core';
import { allQuestionnaires } from 'homework-elements/fhir';
import { matchesFilter, type ReviewFilter } from 'homework-elements/review';
import type { HwThoughtRecordProps, HwTagName } from 'homework-elements/react';

export const same: typeof HwThoughtRecord = Registered;
export const record: HwThoughtRecord = document.createElement('hw-thought-record');
export class MyCheckIn extends HwMoodTracker {}
customElements.define('my-check-in', MyCheckIn);

const result = validateEntry({});
export const entry: Entry | undefined = result.ok ? result.value : undefined;
export const questionnaireIds: string[] = allQuestionnaires().map((q) => q.id ?? '');
export const matcher: typeof matchesFilter = matchesFilter;
export type Filter = ReviewFilter;

export const props: HwThoughtRecordProps = { theme: 'dark' };
// @ts-expect-error: a theme the element does not have is refused
export const wrongTheme: HwThoughtRecordProps = { theme: 'sepia' };
export const tag: HwTagName = 'hw-mood-tracker';
`;

/** Runs in Node without a DOM: the entries a server imports. */
const CONSUMER_MJS = `import { validateEntry } from 'homework-elements/core';
import { allQuestionnaires, toQuestionnaireResponse } from 'homework-elements/fhir';
const refused = validateEntry({ exercise: 'thought-record' });
if (refused.ok || refused.problems.length === 0) throw new Error('validateEntry accepted an empty entry');
const ids = allQuestionnaires().map((q) => q.id);
if (!ids.includes('thought-record')) throw new Error('no thought-record Questionnaire: ' + ids.join());
if (typeof toQuestionnaireResponse !== 'function') throw new Error('toQuestionnaireResponse missing');
console.log('node-ok ' + ids.length);
`;

function tsconfig(module, moduleResolution) {
  return JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module,
      moduleResolution,
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      strict: true,
      skipLibCheck: false,
      noEmit: true,
      types: [],
    },
    files: ['consumer.ts'],
  });
}

describe('the packed package, installed into a fresh project', () => {
  /** @type {string} */ let consumer;
  /** @type {string[]} */ let packed;
  /** @type {() => void} */ let dispose;

  before(() => {
    // The optional peer the React typings need, at the version the repository tests.
    ({ consumer, packed, dispose } = installPackedPackage({
      dependencies: { '@types/react': lockedVersion('@types/react') },
    }));
    writeFileSync(join(consumer, 'consumer.ts'), CONSUMER_TS);
    writeFileSync(join(consumer, 'node-consumer.mjs'), CONSUMER_MJS);
    writeFileSync(join(consumer, 'tsconfig.bundler.json'), tsconfig('ESNext', 'Bundler'));
    writeFileSync(join(consumer, 'tsconfig.nodenext.json'), tsconfig('NodeNext', 'NodeNext'));
  });

  after(() => dispose?.());

  it('installs the package from the tarball, not a link to the repository', () => {
    const installed = JSON.parse(readFileSync(join(consumer, 'node_modules/homework-elements/package.json'), 'utf8'));
    assert.equal(installed.version, pkg.version);
    assert.ok(!existsSync(join(consumer, 'node_modules/homework-elements/src')), 'no sources came along');
  });

  it('type-checks every typed entry with moduleResolution "bundler" (skipLibCheck off)', () => {
    run(process.execPath, [tsc, '-p', 'tsconfig.bundler.json'], consumer);
  });

  it('type-checks every typed entry with moduleResolution "nodenext" (skipLibCheck off)', () => {
    run(process.execPath, [tsc, '-p', 'tsconfig.nodenext.json'], consumer);
  });

  it('runs the DOM-free entries (core, fhir) in Node', () => {
    const output = run(process.execPath, ['node-consumer.mjs'], consumer);
    assert.match(output, /^node-ok \d+/);
  });

  it("ships editors' data for every tag: VS Code custom data and JetBrains web-types", () => {
    const installed = join(consumer, 'node_modules/homework-elements');
    const manifest = JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8'));
    const tags = manifest.modules
      .flatMap((/** @type {any} */ m) => m.declarations ?? [])
      .map((/** @type {any} */ d) => d.tagName)
      .filter(Boolean)
      .sort();
    assert.ok(tags.length > 0, 'the manifest names the tags');

    const html = JSON.parse(readFileSync(join(installed, 'dist/vscode.html-custom-data.json'), 'utf8'));
    assert.deepEqual(html.tags.map((/** @type {any} */ t) => t.name).sort(), tags);
    const vsRecord = html.tags.find((/** @type {any} */ t) => t.name === 'hw-thought-record');
    const values = (/** @type {string} */ name) =>
      vsRecord.attributes.find((/** @type {any} */ a) => a.name === name)?.values.map((/** @type {any} */ v) => v.name);
    assert.deepEqual(values('theme'), ['light', 'dark'], 'theme offers its values');
    assert.deepEqual(values('format')?.sort(), ['fhir', 'native'], 'format offers its values, not an alias name');
    const css = JSON.parse(readFileSync(join(installed, 'dist/vscode.css-custom-data.json'), 'utf8'));
    const tokens = css.properties.map((/** @type {any} */ p) => p.name);
    assert.ok(tokens.includes('--hw-color-text'), 'tokens are offered in CSS');
    assert.equal(new Set(tokens).size, tokens.length, 'each token is offered once');

    const installedPkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    assert.equal(installedPkg['web-types'], './dist/web-types.json', 'package.json names the web-types file');
    const webTypes = JSON.parse(readFileSync(join(installed, installedPkg['web-types']), 'utf8'));
    assert.equal(webTypes.name, 'homework-elements');
    assert.equal(webTypes.version, pkg.version);
    const elements = webTypes.contributions.html.elements;
    assert.deepEqual(elements.map((/** @type {any} */ e) => e.name).sort(), tags);
    const caseload = elements.find((/** @type {any} */ e) => e.name === 'hw-caseload');
    const sort = caseload.attributes.find((/** @type {any} */ a) => a.name === 'sort');
    assert.equal(sort.value.type, "'label' | 'behind' | 'quiet' | 'flags'");
  });

  it('packs a file for every path in `exports`', () => {
    const missing = [];
    for (const [key, target] of Object.entries(pkg.exports)) {
      const paths = typeof target === 'string' ? [target] : Object.values(target);
      for (const path of paths.map((p) => p.replace(/^\.\//, ''))) {
        const found = path.includes('*') ? packed.some((file) => globToRegExp(path).test(file)) : packed.includes(path);
        if (!found) missing.push(`${key} → ${path}`);
      }
    }
    assert.deepEqual(missing, [], `exports that point at nothing in the tarball:\n${missing.join('\n')}`);
  });

  it('packs every entry of `files`, and nothing outside it', () => {
    const included = pkg.files.filter((entry) => !entry.startsWith('!'));
    const excluded = pkg.files.filter((entry) => entry.startsWith('!')).map((entry) => entry.slice(1));
    const under = (file, entry) => file === entry || file.startsWith(`${entry}/`);
    const missing = included.filter((entry) => !packed.some((file) => under(file, entry)));
    assert.deepEqual(missing, [], `\`files\` entries missing from the tarball: ${missing.join(', ')}`);
    const strays = packed.filter(
      (file) =>
        !ALWAYS_PACKED.test(file) &&
        (!included.some((entry) => under(file, entry)) || excluded.some((entry) => under(file, entry))),
    );
    assert.deepEqual(strays, [], `packed but outside \`files\`:\n${strays.join('\n')}`);
    const secrets = packed.filter((file) => /(^|\/)(\.env|.*\.sqlite|.*\.pem|.*\.key)$/.test(file));
    assert.deepEqual(secrets, [], `secrets or databases in the tarball: ${secrets.join(', ')}`);
  });
});

/** `dist/cdn/*` → a RegExp; `*` matches any text, slashes too, as in `exports` patterns. */
function globToRegExp(pattern) {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.+');
  return new RegExp(`^${escaped}$`);
}
