// Bytes: gzip -9 of the classic-script bundle, of each ESM entry bundled with its
// dependencies (what an app's bundler would ship), and of the CSS/JS a page actually
// downloads to show one thought record: ours, SurveyJS and the plain-HTML floor.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { elementShare } from '../scripts/size.mjs';
import { withSurveyJs } from './cold-render.bench.mjs';
import { gzipBytes } from './lib.mjs';

const BUDGET = 45_000;

/**
 * What a splitting bundler ships up front for `entry`: its chunk and every chunk it imports
 * statically, gzip -9 together. Translations are dynamic imports, so they stay in their own
 * chunks until a widget needs one (without splitting, esbuild would inline all five).
 */
async function bundledGzipBytes(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    charset: 'utf8',
    splitting: true,
    outdir: 'bytes-bench-out',
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const contents = new Map(result.outputFiles.map((file) => [resolve(file.path), file.contents]));
  const outputs = result.metafile.outputs;
  const start = Object.keys(outputs).find((path) => outputs[path].entryPoint);
  const shipped = new Set();
  const visit = (path) => {
    if (shipped.has(path)) return;
    shipped.add(path);
    for (const imported of outputs[path].imports) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(start);
  const bytes = Buffer.concat([...shipped].map((path) => contents.get(resolve(path))));
  return gzipSync(bytes, { level: 9 }).length;
}

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
    rows.push({
      benchmark: 'bytes',
      metric: `ESM entry + deps: ${entry.replace('dist/esm/', '')}`,
      value: await bundledGzipBytes(join(repoRoot, entry)),
      unit: 'B gzip',
      note: 'esbuild --bundle --splitting --minify, ESM, utf8; static imports (translations split off)',
    });
  }
  for (const entry of defines) {
    const share = await elementShare(join(repoRoot, entry));
    rows.push({
      benchmark: 'bytes',
      metric: `ESM first load: ${entry.replace('dist/esm/', '')}`,
      value: share.firstLoad,
      unit: 'B gzip',
      note: `entry + static chunks, esbuild splitting (npm run size); target 25,000 B; +${share.lazy} B lazy`,
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
