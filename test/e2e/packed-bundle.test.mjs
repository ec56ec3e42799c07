// The packed package in an application's bundle: the .tgz installed into a fresh project
// (test/support/packed-package.mjs), bundled by Vite from that project's node_modules, served
// under the demo's strict CSP and opened in Chromium. The main entry defines every tag the
// manifest names; the class-only entry defines none, so a host can register a class under a
// name of its own. (test/server/packed-consumer.test.mjs type-checks the same tarball.)
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'vite';
import { installPackedPackage } from '../support/packed-package.mjs';
import { launchBrowser, startEndpoint } from './harness.mjs';

const page = (title, script) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>` +
  `<body><script type="module" src="./${script}"></script></body></html>\n`;

/** The whole library, then every one-tag entry (the client's list has only its own). */
const allTags = (/** @type {Record<string, any>} */ exports) =>
  ['', ...Object.keys(exports).filter((key) => exports[key].default?.includes('/define/'))]
    .map((key) => `import 'homework-elements${key.slice(1)}';\n`)
    .join('');

const APP = {
  'index.html': page('Every tag', 'all-tags.js'),
  'scoped.html': page('A tag of the host’s own', 'scoped.js'),
  // A class under the host's own name; importing the classes registers nothing.
  'scoped.js': [
    "import { HwMoodTracker } from 'homework-elements/elements';",
    "window.hwTagsBeforeDefine = ['hw-mood-tracker', 'hw-thought-record'].filter((tag) => customElements.get(tag));",
    "customElements.define('my-check-in', HwMoodTracker);",
    "document.body.append(document.createElement('my-check-in'));",
    '',
  ].join('\n'),
};

describe('the packed package, bundled into an application', () => {
  /** @type {ReturnType<typeof installPackedPackage>} */ let installed;
  /** @type {string[]} */ let tags;
  /** @type {import('playwright-core').Browser} */ let browser;
  /** @type {Awaited<ReturnType<typeof startEndpoint>>} */ let endpoint;

  before(async () => {
    installed = installPackedPackage();
    const { consumer } = installed;
    const manifest = JSON.parse(
      readFileSync(join(consumer, 'node_modules/homework-elements/custom-elements.json'), 'utf8'),
    );
    tags = manifest.modules
      .flatMap((/** @type {any} */ m) => m.declarations ?? [])
      .map((/** @type {any} */ d) => d.tagName)
      .filter(Boolean);
    const app = join(consumer, 'app');
    mkdirSync(app);
    for (const [file, text] of Object.entries(APP)) writeFileSync(join(app, file), text);
    const { exports } = JSON.parse(readFileSync(join(consumer, 'node_modules/homework-elements/package.json'), 'utf8'));
    writeFileSync(join(app, 'all-tags.js'), allTags(exports));
    await build({
      root: app,
      base: '/packed/',
      configFile: false,
      logLevel: 'warn',
      build: {
        outDir: join(consumer, 'built'),
        emptyOutDir: true,
        rollupOptions: { input: { index: join(app, 'index.html'), scoped: join(app, 'scoped.html') } },
      },
    });
    endpoint = await startEndpoint({ mounts: { packed: { dir: join(consumer, 'built') } } });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await endpoint?.dispose();
    installed?.dispose();
  });

  /** Opens a built page, recording page errors and CSP violations. */
  async function open(path) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const problems = [];
    await tab.exposeFunction('__reportViolation', (/** @type {string} */ v) => problems.push(v));
    await tab.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        /** @type {any} */ (window).__reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    tab.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await tab.goto(`${endpoint.url}/packed/${path}`);
    return { tab, problems, close: () => context.close() };
  }

  it('defines every tag in the manifest, and each renders under a strict CSP', async () => {
    assert.ok(tags.length >= 8, `the manifest names the tags (${tags.join(', ')})`);
    const { tab, problems, close } = await open('index.html');
    const undefinedTags = await tab.evaluate((names) => names.filter((tag) => !customElements.get(tag)), tags);
    assert.deepEqual(undefinedTags, [], 'tags the bundle left undefined');
    const rendered = await tab.evaluate(async (names) => {
      const result = {};
      for (const tag of names) {
        const element = /** @type {any} */ (document.createElement(tag));
        document.body.append(element);
        await element.updateComplete;
        result[tag] = element instanceof customElements.get(tag) && element.shadowRoot !== null;
      }
      return result;
    }, tags);
    assert.deepEqual(rendered, Object.fromEntries(tags.map((tag) => [tag, true])));
    assert.deepEqual(problems, []);
    await close();
  });

  it('registers nothing from homework-elements/elements, so a class works under the host’s own tag', async () => {
    const { tab, problems, close } = await open('scoped.html');
    const checkIn = tab.locator('my-check-in');
    await checkIn.getByRole('button', { name: /Submit/ }).waitFor();
    assert.deepEqual(await tab.evaluate(() => /** @type {any} */ (window).hwTagsBeforeDefine), []);
    assert.equal(await tab.evaluate(() => customElements.get('hw-mood-tracker')), undefined);
    assert.deepEqual(problems, []);
    await close();
  });
});
