// A host's server-side code (SSR, validation in a backend) imports the package in Node:
// that must not throw, and the DOM-free core must work there. Every entry of the
// package's `exports` map is imported by its public name (Node resolves the package's
// own name from inside it), so a broken map or a module that touches the DOM at import
// time fails here.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const { exports } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

/** A real file for each wildcard entry, so the pattern itself is exercised. */
const WILDCARD_SAMPLES = {
  './cdn/*': ['./cdn/homework-elements.js', './cdn/homework-elements.iife.js'],
  './schema/*': ['./schema/entry.json', './schema/assignment.json'],
  './fhir/*.json': ['./fhir/Questionnaire-thought-record.json'],
};

/**
 * The CDN files are browser bundles for `<script>` tags (Lit's browser build, which extends
 * HTMLElement at load): Node only has to resolve them, not run them. A server renders
 * with the npm modules above, which carry Lit's Node build.
 */
const BROWSER_ONLY = /^\.\/cdn\//;

const specifiers = Object.keys(exports).flatMap((key) => {
  if (!key.includes('*')) return [key];
  const samples = WILDCARD_SAMPLES[key];
  assert.ok(samples, `no sample file for the exports pattern ${key}: add one to WILDCARD_SAMPLES`);
  return samples;
});

describe('importing the package in Node without a DOM', () => {
  it('has no DOM here, so the imports below prove DOM-free module code', () => {
    assert.equal(typeof globalThis.document, 'undefined');
    assert.equal(typeof globalThis.customElements, 'undefined');
  });

  for (const key of specifiers) {
    const specifier = `homework-elements${key.slice(1)}`;
    if (BROWSER_ONLY.test(key)) {
      it(`resolves ${specifier} to a built file`, () => {
        assert.ok(existsSync(fileURLToPath(import.meta.resolve(specifier))), specifier);
      });
      continue;
    }
    it(`imports ${specifier}`, async () => {
      const json = key.endsWith('.json');
      const module = await import(specifier, json ? { with: { type: 'json' } } : undefined);
      assert.ok(module, specifier);
      if (json) assert.equal(typeof module.default, 'object');
    });
  }

  it('exports the element classes and validates entries', async () => {
    const library = await import('homework-elements');
    assert.equal(typeof library.HwThoughtRecord, 'function');
    const core = await import('homework-elements/core');
    const result = core.validateEntry({ exercise: 'thought-record' });
    assert.equal(result.ok, false);
    assert.ok(result.problems.length > 0);
  });
});
