// The theming contract, read from the source: every custom property the styles read is
// defined or has a fallback, every one defined is read, and the public tokens (--hw-*)
// the styles read are exactly those docs/theming.md documents.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;

function sources() {
  return readdirSync(join(root, 'src'), { recursive: true })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => ({ file: `src/${file}`, text: readFileSync(join(root, 'src', file), 'utf8') }));
}

/** Custom properties defined (`--x: ...`), read with a fallback and read without one. */
export function scanTokens(files) {
  const defined = new Map();
  const read = new Map();
  const bare = new Map();
  const note = (map, name, file) => map.set(name, [...(map.get(name) ?? []), file]);
  for (const { file, text } of files) {
    const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*(\/\/|\*).*$/gm, '');
    for (const [, name] of code.matchAll(/(?<![\w(-])(--[\w-]+)\s*:/g)) note(defined, name, file);
    for (const [, name, comma] of code.matchAll(/var\(\s*(--[\w-]+)\s*(,)?/g)) {
      note(read, name, file);
      if (!comma) note(bare, name, file);
    }
  }
  return { defined, read, bare };
}

test('every custom property read without a fallback is defined', () => {
  const { defined, bare } = scanTokens(sources());
  const undefinedTokens = [...bare].filter(([name]) => !defined.has(name)).map(([name, files]) => `${name} (${files})`);
  assert.deepEqual(undefinedTokens, []);
});

test('every custom property defined is read somewhere', () => {
  const { defined, read } = scanTokens(sources());
  const unused = [...defined].filter(([name]) => !read.has(name)).map(([name, files]) => `${name} (${files})`);
  assert.deepEqual(unused, []);
});

test('the public tokens read are exactly the ones docs/theming.md documents', () => {
  const { read } = scanTokens(sources());
  const inSource = [...read.keys()].filter((name) => name.startsWith('--hw-')).sort();
  const theming = readFileSync(join(root, 'docs/theming.md'), 'utf8');
  const documented = [...new Set([...theming.matchAll(/^\|\s*`(--hw-[\w-]+)`/gm)].map(([, name]) => name))].sort();
  assert.ok(inSource.length >= 20, `expected the global tokens, found ${inSource.length}`);
  assert.deepEqual(documented, inSource);
});

test('the scan itself tells a missing definition and an unused one apart', () => {
  const { defined, read, bare } = scanTokens([
    { file: 'a.ts', text: 'css`:host{--_a: var(--hw-x, red); --_unused: 1px} p{color: var(--_a); margin: var(--_b)}`' },
  ]);
  assert.deepEqual([...bare.keys()], ['--_a', '--_b']);
  assert.equal(defined.has('--_b'), false);
  assert.equal(read.has('--_unused'), false);
  assert.equal(read.has('--hw-x'), true);
});
