// Review panel: 10,000 mixed entries, time to first screen and scroll frame times. The
// panel is issue 5 and not built yet, so this reports that instead of a number.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export async function run({ repoRoot }) {
  const built = existsSync(join(repoRoot, 'dist/esm/define/hw-review-panel.js'));
  const value = built ? 'not measured yet' : 'not built yet';
  const note = built ? '<hw-review-panel> exists: write this bench (issue 9)' : '<hw-review-panel> is issue 5';
  return [
    {
      benchmark: 'review panel',
      metric: 'first screen, 10,000 mixed entries',
      value,
      unit: '',
      note: `${note}; target < 300 ms`,
    },
    { benchmark: 'review panel', metric: 'scroll frame time p95, 10,000 entries', value, unit: '', note },
  ];
}
