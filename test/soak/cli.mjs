// `npm run soak -- --entries N --seed S [--tabs T] [--reload-rate R]`: the chaos soak at any size.
import { parseArgs } from 'node:util';
import { FAULT_RATES, runSoak } from './chaos-soak.mjs';

const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    tabs: { type: 'string', default: '3' },
    'reload-rate': { type: 'string', default: '0.05' },
  },
});
const result = await runSoak({
  entries: Number(values.entries),
  seed: Number(values.seed),
  tabs: Number(values.tabs),
  reloadRate: Number(values['reload-rate']),
  log: (line) => console.log(line),
});
console.log('fault rates configured (per POST):', JSON.stringify(FAULT_RATES));
console.log(JSON.stringify(result, null, 2));
const ok = result.records === result.entries && result.missing === 0 && result.duplicates === 0 && result.outbox === 0;
console.log(ok ? 'soak passed' : 'soak FAILED');
process.exit(ok ? 0 : 1);
