// A host's server-side code (SSR, validation in a backend) imports the package in Node:
// that must not throw, and the DOM-free core must work there.
import assert from 'node:assert/strict';
import { it } from 'node:test';

it('imports in Node without a DOM, and validates entries there', async () => {
  const library = await import('../../dist/esm/index.js');
  assert.equal(typeof library.HwThoughtRecord, 'function');
  const core = await import('../../dist/esm/core/index.js');
  const result = core.validateEntry({ exercise: 'thought-record' });
  assert.equal(result.ok, false);
  assert.ok(result.problems.length > 0);
});
