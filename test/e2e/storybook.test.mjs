// The docs cannot break silently: Storybook is built offline into a temporary folder
// (from the manifest `npm run build` wrote), served by the reference server, and a few
// pages are opened in Chromium: a story renders a real widget, the guides render, the
// theming page applies its tokens, and every tag in the manifest has its own stories.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { launchBrowser, startEndpoint } from './harness.mjs';

const repositoryRoot = resolve(import.meta.dirname, '../..');

describe('Storybook docs', () => {
  let outDir;
  let browser;
  let endpoint;
  let context;

  before(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'hw-storybook-'));
    const storybook = join(repositoryRoot, 'node_modules/.bin/storybook');
    await promisify(execFile)(storybook, ['build', '-o', outDir, '--quiet'], {
      cwd: repositoryRoot,
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
      maxBuffer: 64 * 1024 * 1024,
    }).catch((error) => assert.fail(`storybook build failed:\n${error.stdout}${error.stderr}`));
    // Storybook's own pages need inline scripts: served without the demo's CSP.
    endpoint = await startEndpoint({ mounts: { storybook: { dir: outDir, csp: null } } });
    browser = await launchBrowser();
    context = await browser.newContext();
  });
  after(async () => {
    await context?.close();
    await browser?.close();
    await endpoint?.dispose();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  const open = async (id, viewMode = 'story') => {
    const page = await context.newPage();
    await page.goto(`${endpoint.url}/storybook/iframe.html?id=${id}&viewMode=${viewMode}`);
    return page;
  };

  it('renders a story as a real widget with its shadow root', async () => {
    const page = await open('exercises-thought-record--empty');
    await page.getByLabel('Situation: who, what, when, where?').waitFor();
    assert.equal(await page.locator('hw-thought-record').evaluate((el) => el.shadowRoot !== null), true);
    await page.close();
  });

  it('renders the integration guide with the endpoint protocol', async () => {
    const page = await open('guides-integration--docs', 'docs');
    await page.getByRole('heading', { name: 'What your endpoint implements' }).waitFor();
    for (const heading of ['One script tag (no build step)', 'React 19', 'Vue 3', 'FHIR']) {
      await page.getByRole('heading', { name: heading }).first().waitFor({ timeout: 5_000 });
    }
    await page.close();
  });

  it('lists every documented token on the theming page, next to a live widget', async () => {
    const manifest = JSON.parse(readFileSync(join(repositoryRoot, 'custom-elements.json'), 'utf8'));
    const tokens = new Set(
      manifest.modules
        .flatMap((m) => m.declarations ?? [])
        .flatMap((d) => d.cssProperties ?? [])
        .map((p) => p.name)
        .filter((name) => name.startsWith('--hw-')),
    );
    assert.ok(tokens.size > 0);
    const page = await open('guides-theming--docs', 'docs');
    await page.locator('hw-thought-record').first().waitFor();
    for (const token of tokens) {
      await page.getByText(token, { exact: true }).first().waitFor({ timeout: 5_000 });
    }
    await page.close();
  });

  it('applies the tokens a story sets to the widget it renders', async () => {
    const page = await open('guides-theming--practice-brand');
    const submit = page.locator('hw-thought-record').locator('[part="submit"]');
    await submit.waitFor();
    assert.equal(await submit.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(122, 62, 157)');
    await page.close();
  });

  it("passes the provider's configuration to every widget inside it", async () => {
    // Only the provider carries an endpoint: an invalid one must show in both widgets.
    const page = await open('setup-provider--invalid-endpoint');
    for (const tag of ['hw-mood-tracker', 'hw-thought-record']) {
      await page.locator(tag).locator('[part="error"]').waitFor();
    }
    await page.close();
    const valid = await open('setup-provider--shared-configuration');
    for (const tag of ['hw-mood-tracker', 'hw-thought-record']) {
      await valid.locator(tag).locator('[part="submit"]').waitFor();
      assert.equal(await valid.locator(tag).locator('[part="error"]').count(), 0, tag);
    }
    await valid.close();
  });

  it('has stories for every tag in the manifest', () => {
    const manifest = JSON.parse(readFileSync(join(repositoryRoot, 'custom-elements.json'), 'utf8'));
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
    const storiesDir = join(repositoryRoot, 'stories');
    const stories = readdirSync(storiesDir)
      .filter((file) => file.endsWith('.stories.ts'))
      .map((file) => readFileSync(join(storiesDir, file), 'utf8'))
      .join('\n');
    const missing = tags.filter((tag) => !stories.includes(`component: '${tag}'`));
    assert.deepEqual(missing, [], `tags without a stories file (component: '<tag>'): ${missing.join(', ')}`);
  });
});
