// Two builds side by side: the cold first field of this checkout's build against another
// checkout's (an earlier commit, built), in English and in Spanish, with the plain HTML form
// and SurveyJS in the same rounds. Every variant takes its turn in each round (the order
// rotates), so a ratio compares loads made moments apart on the same machine.
//
//   node bench/compare-builds.mjs --before=../other-checkout [--runs=15]
//
// Both checkouts must be built (`npm run build`). Prints a table; writes nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../server/app.mjs';
import { chromiumPath, CHROMIUM_ARGS } from '../test/support/chromium.mjs';
import { coldLoad, startStaticServer, withSurveyJs } from './cold-render.bench.mjs';
import { median } from './lib.mjs';

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const beforeRoot = arg('before');
if (!beforeRoot) {
  console.error('usage: node bench/compare-builds.mjs --before=<another built checkout> [--runs=15]');
  process.exit(2);
}
const runs = Number(arg('runs') ?? 15);
const afterRoot = resolve(import.meta.dirname, '..');

const dir = mkdtempSync(join(tmpdir(), 'hw-compare-'));
const before = await startServer({ port: 0, db: join(dir, 'before.sqlite'), staticRoot: resolve(beforeRoot) });
const after = await startServer({ port: 0, db: join(dir, 'after.sqlite'), staticRoot: afterRoot });
const open = await startStaticServer(afterRoot);
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
const pages = (base) => `${base}/bench/pages`;
const TR = 'hw-thought-record';
const variants = [
  { name: 'plain', url: `${pages(after.url)}/plain-render.html` },
  { name: 'SurveyJS', url: `${pages(open.url)}/survey-render.html` },
  { name: 'before, English', url: `${pages(before.url)}/tr-render.html`, host: TR },
  { name: 'after, English', url: `${pages(after.url)}/tr-render.html`, host: TR },
  { name: 'before, Spanish', url: `${pages(before.url)}/tr-render-es.html`, host: TR, text: 'Situación' },
  { name: 'after, Spanish', url: `${pages(after.url)}/tr-render-es.html`, host: TR, text: 'Situación' },
];
const results = Object.fromEntries(variants.map((v) => [v.name, []]));
try {
  await withSurveyJs(afterRoot, async () => {
    for (let round = 0; round < runs; round++) {
      const order = variants.map((_, i) => variants[(i + round) % variants.length]);
      for (const v of order) results[v.name].push(await coldLoad(browser, v.url, v.host, v.text));
    }
  });
} finally {
  await browser.close();
  await Promise.all([before.close(), after.close(), open.close()]);
  rmSync(dir, { recursive: true, force: true });
}

const times = (name) => results[name].map((r) => r.firstFieldMs);
const ratio = (a, b) => median(times(a).map((t, round) => t / times(b)[round]));
const rows = [
  ...variants.map((v) => [`first field: ${v.name}`, median(times(v.name)).toFixed(1), 'ms']),
  ...['English', 'Spanish'].flatMap((language) => [
    [`after / before, ${language}`, ratio(`after, ${language}`, `before, ${language}`).toFixed(2), '×'],
    [`before / plain, ${language}`, ratio(`before, ${language}`, 'plain').toFixed(2), '× (target ≤ 1.5)'],
    [`after / plain, ${language}`, ratio(`after, ${language}`, 'plain').toFixed(2), '× (target ≤ 1.5)'],
    [`before / SurveyJS, ${language}`, ratio(`before, ${language}`, 'SurveyJS').toFixed(2), '× (target ≤ 0.2)'],
    [`after / SurveyJS, ${language}`, ratio(`after, ${language}`, 'SurveyJS').toFixed(2), '× (target ≤ 0.2)'],
  ]),
  ...['English', 'Spanish'].flatMap((language) => {
    const arrived = results[`after, ${language}`].map((r) => r.arrived ?? {});
    return [
      [`after, ${language}: script arrived`, median(arrived.map((a) => a.script ?? NaN)).toFixed(1), 'ms'],
      ...(language === 'Spanish'
        ? [[`after, Spanish: catalogue arrived`, median(arrived.map((a) => a.catalogue ?? NaN)).toFixed(1), 'ms']]
        : []),
    ];
  }),
];
console.log(`median of ${runs} cold loads each, variants interleaved; ratios paired by round`);
const width = Math.max(...rows.map((r) => r[0].length));
for (const [metric, value, unit] of rows) console.log(`${metric.padEnd(width)}  ${value.padStart(8)}  ${unit}`);
