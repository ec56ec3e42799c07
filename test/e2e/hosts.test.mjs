// The widgets inside real host apps: React 19 (no wrapper, properties and `onhw-*` props),
// Vue 3 (an SFC with isCustomElement) and a plain page with the classic script and SRI.
// Each app is built here with Vite into a temporary folder, served by the reference
// endpoint under its strict CSP, and driven in Chromium until the server holds the entry.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { promisify } from 'node:util';
import vue from '@vitejs/plugin-vue';
import { build } from 'vite';
import { DEMO_CSP } from '../../server/static-files.mjs';
import { eventually, launchBrowser, startEndpoint } from './harness.mjs';
import { recordProblems } from './page-problems.mjs';

const repositoryRoot = resolve(import.meta.dirname, '../..');
const hostsSource = join(repositoryRoot, 'test/hosts');

/** Vue's runtime creates a Trusted Types policy named `vue`: a host's CSP has to allow it. */
const VUE_CSP = DEMO_CSP.replace(
  "trusted-types lit-html 'allow-duplicates'",
  "trusted-types lit-html vue 'allow-duplicates'",
);

/** Builds one host app with Vite's JS API into `outDir`, served at /<name>-host/. */
async function buildHost(name, outDir, plugins = []) {
  await build({
    root: join(hostsSource, name),
    base: `/${name}-host/`,
    configFile: false,
    logLevel: 'warn',
    plugins,
    build: { outDir, emptyOutDir: true },
  });
}

/** The plain page with the CDN file's real SRI hash, and a copy whose hash is wrong. */
function preparePlainHost(outDir) {
  cpSync(join(hostsSource, 'plain'), outDir, { recursive: true });
  const bundle = readFileSync(join(repositoryRoot, 'dist/cdn/homework-elements.iife.js'));
  const integrity = `sha384-${createHash('sha384').update(bundle).digest('base64')}`;
  const page = readFileSync(join(outDir, 'index.html'), 'utf8');
  writeFileSync(join(outDir, 'index.html'), page.replace('SRI_HASH', integrity));
  const wrong = `sha384-${createHash('sha384').update('not the bundle').digest('base64')}`;
  writeFileSync(join(outDir, 'tampered.html'), page.replace('SRI_HASH', wrong));
}

const HOSTS = [
  { name: 'react', title: 'Thought record, from React' },
  { name: 'vue', title: 'Thought record, from Vue' },
  { name: 'plain', title: 'Thought record, from a plain page' },
];

describe('framework hosts', () => {
  let buildDir;
  let browser;
  let endpoint;
  let context;
  let page;
  let problems;
  let authHeaders;

  before(async () => {
    buildDir = mkdtempSync(join(tmpdir(), 'hw-hosts-'));
    await buildHost('react', join(buildDir, 'react'));
    const isCustomElement = (tag) => tag.startsWith('hw-');
    await buildHost('vue', join(buildDir, 'vue'), [vue({ template: { compilerOptions: { isCustomElement } } })]);
    preparePlainHost(join(buildDir, 'plain'));
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    if (buildDir) rmSync(buildDir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    endpoint = await startEndpoint({
      mounts: {
        'react-host': { dir: join(buildDir, 'react') },
        'vue-host': { dir: join(buildDir, 'vue'), csp: VUE_CSP },
        'plain-host': { dir: join(buildDir, 'plain') },
        // The same Vue page under the demo's CSP (its scripts still load from /vue-host/).
        'vue-demo-csp': { dir: join(buildDir, 'vue') },
      },
    });
    context = await browser.newContext();
    page = await context.newPage();
    authHeaders = [];
    problems = await recordProblems(page);
    page.on('request', (request) => {
      if (request.method() === 'POST') authHeaders.push(request.headers()['authorization']);
    });
  });
  afterEach(async () => {
    await context?.close();
    await endpoint?.dispose();
  });

  for (const host of HOSTS) {
    it(`${host.name}: properties reach the widget, the client submits, the host hears it, one record`, async () => {
      const link = await endpoint.link(`client-${host.name}`);
      const response = await page.goto(`${endpoint.url}/${host.name}-host/index.html#link=${link}`);
      assert.match(response.headers()['content-security-policy'], /require-trusted-types-for 'script'/);
      const widget = page.locator('hw-thought-record');

      // The assignment object arrived as a property: its title and a prompt override show.
      await widget.getByText(host.title).waitFor();
      const situation = page.getByLabel('Where were you when it started?');
      await situation.fill(`Written in the ${host.name} host`);
      await widget.getByRole('button', { name: /Submit/ }).click();

      const hostLog = page.getByRole('list', { name: 'Host log' });
      await hostLog.getByText(/^delivered /).waitFor();
      const records = await eventually(async () => {
        const stored = await endpoint.records();
        return stored.length > 0 && stored;
      }, 'the stored record');
      assert.equal(records.length, 1);
      const [record] = records;
      assert.equal(record.data.situation, `Written in the ${host.name} host`);
      assert.equal(record.assignmentId, `a-${host.name}`);
      assert.equal(record.subject, `client-${host.name}`);
      // The host's handlers saw the same entry the server stored.
      assert.deepEqual(await hostLog.getByRole('listitem').allTextContents(), [
        `queued ${record.id}`,
        `delivered ${record.id} 201`,
      ]);
      // getAuthHeaders (a function property) was called for the POST (and any retry of it).
      assert.ok(authHeaders.length > 0);
      assert.deepEqual(new Set(authHeaders), new Set([`Bearer ${link}`]));
      assert.deepEqual(await endpoint.writers(), [`client:client-${host.name}`]);
      assert.deepEqual(problems, []);
    });
  }

  it('vue: without `vue` in the trusted-types list, the page reports the blocked policy', async () => {
    // Why VUE_CSP exists: the demo CSP alone refuses Vue's policy (Vue carries on without it).
    await page.goto(`${endpoint.url}/vue-demo-csp/index.html`);
    await page.getByLabel('Where were you when it started?').waitFor();
    assert.ok(
      problems.some((p) => p.startsWith('trusted-types')),
      problems.join('\n') || 'no violation',
    );
  });

  it('plain: a classic script whose SRI hash does not match is refused', async () => {
    const refused = [];
    page.on('console', (message) => refused.push(message.text()));
    await page.goto(`${endpoint.url}/plain-host/tampered.html`);
    await eventually(() => refused.some((text) => /integrity/i.test(text)), 'the SRI refusal');
    assert.equal(await page.evaluate(() => customElements.get('hw-thought-record')), undefined);
  });

  it('the React and Vue code type-checks against the generated declarations, mistakes do not', async () => {
    // react/main.tsx is the host above; react/misuse.tsx and vue/declarations.ts hold lines
    // marked @ts-expect-error: tsc fails if one of those mistakes ever compiles.
    const tsc = join(repositoryRoot, 'node_modules/typescript/bin/tsc');
    const project = join(hostsSource, 'tsconfig.json');
    const { stdout } = await promisify(execFile)(process.execPath, [tsc, '-p', project]).catch((error) =>
      assert.fail(`tsc failed:\n${error.stdout}${error.stderr}`),
    );
    assert.equal(stdout, '');
  });
});
