// "Need help now?" is part of each widget's first load: with every file the widgets load
// later cut off (translations, schemas, storage, delivery), as on a flaky connection, the
// help still shows and opens on the demo's pages (classic script) and from the ES module.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { eventually, useBrowserAndEndpoint } from './harness.mjs';

const root = resolve(import.meta.dirname, '../..');

/** A built script and every file it imports statically, transitively: its first load. */
function firstLoad(script) {
  const files = new Set();
  const visit = (path) => {
    if (files.has(path)) return;
    files.add(path);
    const code = readFileSync(join(root, path), 'utf8');
    // Static imports and re-exports only (`from "./x.js"`, `import "./x.js"`); import() is later.
    for (const [, spec] of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.[^"']+)["']/g)) {
      visit(posix.join(dirname(path), spec));
    }
  };
  visit(script);
  return files;
}

const DEFAULT_TEXT = 'call your local emergency number';
const NOTICE = 'Nobody reads what you write here in real time';

const PAGES = [
  { tag: 'hw-thought-record', path: '/', script: '/dist/cdn/homework-elements.iife.js' },
  { tag: 'hw-mood-tracker', path: '/demo/mood.html', script: '/dist/cdn/homework-elements.iife.js' },
  { tag: 'hw-behavioural-experiment', path: '/demo/experiment.html', script: '/dist/cdn/homework-elements.iife.js' },
  // The ES module build splits translations and more into chunks of its own.
  { tag: 'hw-mood-tracker', path: '/crisis-esm.html', script: '/dist/cdn/homework-elements.js', module: true },
];

describe('crisis help with every lazy file blocked', () => {
  const fx = useBrowserAndEndpoint();

  for (const { tag, path, script, module } of PAGES) {
    it(`<${tag}> on ${path} shows and opens "Need help now?"`, async () => {
      const page = await fx.context.newPage();
      const blocked = [];
      const allowed = firstLoad(script);
      // Everything the library serves except the first load itself fails as offline.
      await page.route(
        (url) => url.pathname.startsWith('/dist/') && !allowed.has(url.pathname),
        (route) => {
          blocked.push(new URL(route.request().url()).pathname);
          return route.abort('internetdisconnected');
        },
      );
      if (module) {
        await page.route('**/crisis-esm.html', (route) =>
          route.fulfill({
            contentType: 'text/html',
            body: `<!doctype html><html lang="en"><title>ESM</title>
              <script type="module" src="${script}"></script>
              <hw-mood-tracker endpoint="/api/homework" lang="es"></hw-mood-tracker>`,
          }),
        );
      }
      await page.goto(fx.endpoint.url + path);
      const widget = page.locator(tag);
      const summary = widget.locator('details.crisis summary');
      // English stands in when the client's translation cannot load (the ES module page asks for Spanish).
      await summary.waitFor();
      assert.equal((await summary.textContent()).trim(), 'Need help now?');
      await summary.click();
      const details = widget.locator('details.crisis');
      await eventually(async () => (await details.getAttribute('open')) !== null, 'the help open');
      const text = await details.textContent();
      assert.ok(text.includes(DEFAULT_TEXT), text);
      assert.ok(text.includes(NOTICE), text);
      // The test means something only if the widget did try to load more and was refused.
      await eventually(() => blocked.length > 0, 'a lazy file requested and blocked');
    });
  }
});
