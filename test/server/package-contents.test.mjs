// What `npm pack` ships (after `npm run build`, which `prepack` runs for a real publish):
// the built library and its manifest, never the Storybook site, the CDN entry sources
// compiled beside the npm modules, the server or the sources.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const root = new URL('../..', import.meta.url);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('the npm package', () => {
  // --ignore-scripts: the test run has built already; prepack would build a second time.
  const [report] = JSON.parse(
    execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }),
  );
  const files = report.files.map((/** @type {{ path: string }} */ file) => file.path);

  it('ships the built modules, the classic scripts, the manifest, the licence and the readme', () => {
    for (const path of [
      'dist/esm/index.js',
      'dist/esm/client.js',
      'dist/cdn/homework-elements.iife.js',
      'custom-elements.json',
      'LICENSE',
      'CHANGELOG.md',
      'README.md',
      'package.json',
    ]) {
      assert.ok(files.includes(path), `${path} is packed`);
    }
  });

  it('leaves out the Storybook site, the CDN sources compiled as modules, the server and the sources', () => {
    const strays = files.filter(
      (path) =>
        /^(dist\/storybook|dist\/esm\/cdn|server|src|test|stories)\//.test(path) ||
        // The CDN builds' twins of the lazy modules (src/lazy/*.cdn*.ts), compiled by tsc too.
        /^dist\/esm\/lazy\/[^/]+\.cdn/.test(path),
    );
    assert.deepEqual(strays, []);
  });

  it('exports the client entry, and names React types as an optional peer for its React typings', () => {
    const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
    assert.equal(pkg.exports['./client'].default, './dist/esm/client.js');
    assert.ok(files.includes(pkg.exports['./client'].types.slice(2)), 'its types are packed');
    assert.equal(pkg.peerDependenciesMeta['@types/react'].optional, true);
    assert.equal(pkg.dependencies['better-sqlite3'], undefined, 'no database driver for hosts');
  });

  it('describes in its manifest only the public API, at paths the package ships', () => {
    const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
    const declarations = manifest.modules.flatMap((/** @type {any} */ m) => m.declarations ?? []);
    for (const mod of manifest.modules) assert.ok(files.includes(mod.path), `${mod.path} is packed`);
    const hidden = declarations.flatMap((/** @type {any} */ d) =>
      (d.members ?? [])
        .filter((/** @type {any} */ m) => m.privacy && m.privacy !== 'public')
        .map((/** @type {any} */ m) => `${d.name}.${m.name}`),
    );
    assert.deepEqual(hidden, [], 'no private or protected members');
    assert.ok(!JSON.stringify(manifest).includes('"src/'), 'no source paths');
    const untyped = declarations.flatMap((/** @type {any} */ d) =>
      (d.events ?? [])
        .filter((/** @type {any} */ e) => !e.type?.text)
        .map((/** @type {any} */ e) => `${d.tagName} ${e.name}`),
    );
    assert.deepEqual(untyped, [], 'every event has its type');
    // Every public token, with its default, on every element that reads the shared tokens.
    const theming = readFileSync(new URL('docs/theming.md', root), 'utf8');
    const tokens = [...theming.matchAll(/^\|\s*`(--hw-[\w-]+)`/gm)].map(([, name]) => name);
    const styled = declarations.filter((/** @type {any} */ d) => d.tagName && d.tagName !== 'hw-provider');
    for (const declaration of styled) {
      const listed = new Map(declaration.cssProperties.map((/** @type {any} */ p) => [p.name, p.default]));
      const applies = (/** @type {string} */ name) =>
        name !== '--hw-review-list-height' || declaration.tagName === 'hw-review-panel';
      for (const token of tokens.filter(applies))
        assert.ok(listed.get(token), `${declaration.tagName} lists ${token} with its default`);
    }
  });

  it('ships source maps that carry their sources, and a class-only entry', () => {
    const map = JSON.parse(readFileSync(new URL('dist/esm/elements/base/exercise-element.js.map', root), 'utf8'));
    assert.equal(map.sourcesContent?.length, map.sources.length);
    assert.match(map.sourcesContent[0], /class ExerciseElement/);
    const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
    assert.equal(pkg.exports['./elements'].default, './dist/esm/elements.js');
    assert.ok(files.includes('dist/esm/elements.js'));
    assert.ok(!pkg.sideEffects.includes('./dist/esm/elements.js'), 'importing the classes registers nothing');
  });
});
