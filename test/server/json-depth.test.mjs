// The nesting count that runs before JSON.parse: brackets inside strings do not count, and
// escaped quotes do not end a string early.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_JSON_DEPTH, nestsTooDeep } from '../../server/json-depth.mjs';

const nested = (/** @type {number} */ depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('nesting limit before parsing', () => {
  it('allows exactly the limit and refuses one level more', () => {
    assert.equal(nestsTooDeep(nested(MAX_JSON_DEPTH)), false);
    assert.equal(nestsTooDeep(nested(MAX_JSON_DEPTH + 1)), true);
    assert.equal(nestsTooDeep(`{"a":${nested(MAX_JSON_DEPTH)}}`), true);
  });

  it('does not count brackets a client typed inside their text', () => {
    const text = JSON.stringify({ situation: '['.repeat(500) + '{'.repeat(500), note: 'a \\" [[[' });
    assert.equal(nestsTooDeep(text), false);
    const escapedQuote = JSON.stringify({ note: `"${'['.repeat(100)}` });
    assert.equal(nestsTooDeep(escapedQuote), false);
  });

  it('counts siblings by depth, not by number', () => {
    assert.equal(nestsTooDeep(JSON.stringify(Array.from({ length: 1000 }, () => [[1]]))), false);
  });
});
