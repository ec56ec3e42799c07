// The chaos soak at a small size, in every test run (`npm run soak` runs it large).
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { runSoak } from '../soak/chaos-soak.mjs';

it('chaos soak: 24 entries from 3 tabs under random faults and reloads arrive exactly once', async () => {
  const result = await runSoak({ entries: 24, seed: 7, tabs: 3, reloadRate: 0.15 });
  assert.equal(result.missing, 0, `missing entries: ${JSON.stringify(result)}`);
  assert.equal(result.duplicates, 0, `duplicates: ${JSON.stringify(result)}`);
  assert.equal(result.records, 24);
  assert.equal(result.outbox, 0);
});
