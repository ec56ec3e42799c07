// Bytes: gzip -9 of the classic-script bundle, of each ESM entry bundled with its
// dependencies (what an app's bundler would ship), and of the CSS/JS a page actually
// downloads to show one thought record: ours, SurveyJS and the plain-HTML floor.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ELEMENT_BUDGET, elementShare } from '../scripts/size.mjs';
import { withSurveyJs } from './cold-render.bench.mjs';
import { gzipBytes } from './lib.mjs';

const BUDGET = 45_000;

/** Every script and stylesheet the page fetches until its first field shows, gzip -9 each. */
async function pageDownloadBytes(browser, url, firstField) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const bodies = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (type === 'script' || type === 'stylesheet') bodies.push(response.body().catch(() => Buffer.alloc(0)));
    });
    await page.goto(url);
    await firstField(page).waitFor();
    await page.waitForLoadState('load');
    const files = await Promise.all(bodies);
    return { files: files.length, gzip: files.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0) };
  } finally {
    await context.close();
  }
}

export async function run({ browser, server, repoRoot }) {
  const rows = [];
  const iife = gzipBytes(join(repoRoot, 'dist/cdn/homework-elements.iife.js'));
  rows.push({
    benchmark: 'bytes',
    metric: 'classic script: homework-elements.iife.js',
    value: iife,
    unit: 'B gzip',
    note: `budget 45 KB (45,000 B) for every widget: ${iife <= BUDGET ? 'within' : 'OVER'}`,
  });

  const defines = readdirSync(join(repoRoot, 'dist/esm/define'))
    .filter((file) => file.startsWith('hw-') && file.endsWith('.js'))
    .sort()
    .map((file) => `dist/esm/define/${file}`);
  for (const entry of ['dist/esm/index.js', ...defines]) {
    const share = await elementShare(join(repoRoot, entry));
    rows.push({
      benchmark: 'bytes',
      metric: `ESM first load: ${entry.replace('dist/esm/', '')}`,
      value: share.firstLoad,
      unit: 'B gzip',
      note:
        `entry + static chunks, esbuild splitting (npm run size); ` +
        (entry.endsWith('index.js')
          ? 'every element: no budget; '
          : `budget ${ELEMENT_BUDGET.toLocaleString('en')} B: ${share.firstLoad <= ELEMENT_BUDGET ? 'within' : 'OVER'}; `) +
        `+${share.lazy} B lazy`,
    });
  }

  const pages = `${server.url}/bench/pages`;
  const downloads = [
    ['ours', 'tr-render.html', (page) => page.getByLabel('Situation: who, what, when, where?')],
    ['SurveyJS', 'survey-render.html', (page) => page.locator('textarea').first()],
    ['plain HTML', 'plain-render.html', (page) => page.locator('textarea').first()],
  ];
  const measured = await withSurveyJs(repoRoot, async () => {
    const sizes = [];
    for (const [, file, firstField] of downloads)
      sizes.push(await pageDownloadBytes(browser, `${pages}/${file}`, firstField));
    return sizes;
  });
  for (const [index, [name]] of downloads.entries()) {
    const { files, gzip } = measured[index];
    rows.push({
      benchmark: 'bytes',
      metric: `page CSS+JS for one thought record: ${name}`,
      value: gzip,
      unit: 'B gzip',
      note: `${files} file${files === 1 ? '' : 's'}, each gzip -9${name === 'SurveyJS' ? '; default theme, fontless' : ''}`,
    });
  }
  return rows;
}
