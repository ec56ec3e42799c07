// The classic script (demo page, strict CSP) fetches each shipped translation from
// dist/cdn/locales/ when a client's lang needs it: zh-CN is served Simplified Chinese,
// zh-TW stays in English and fetches nothing.
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { launchBrowser, startEndpoint } from './harness.mjs';
import { recordProblems } from './page-problems.mjs';

/** The built translation's situation label: the very module the page will fetch. */
async function situationLabel(locale) {
  const module = await import(new URL(`../../dist/cdn/locales/${locale}.js`, import.meta.url).href);
  return module.default['tr.situation.label'];
}

describe('translations beside the classic script', () => {
  let browser;
  let endpoint;
  let context;
  let page;
  let violations;
  let requested;

  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    endpoint = await startEndpoint();
    context = await browser.newContext();
    page = await context.newPage();
    requested = [];
    violations = await recordProblems(page);
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(endpoint.url + '/');
    await page.getByLabel('Situation: who, what, when, where?').waitFor();
  });
  afterEach(async () => {
    await context?.close();
    await endpoint?.dispose();
  });

  const setLang = (lang) =>
    page.evaluate((value) => document.querySelector('hw-thought-record').setAttribute('lang', value), lang);

  for (const [lang, file] of [
    ['fr', 'fr'],
    ['hi-IN', 'hi'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
  ]) {
    it(`lang="${lang}" loads locales/${file}.js and shows it`, async () => {
      await setLang(lang);
      await page.getByLabel(await situationLabel(file), { exact: true }).waitFor();
      assert.ok(requested.includes(`/dist/cdn/locales/${file}.js`), requested.join(' '));
      assert.equal(await page.locator('hw-thought-record section').getAttribute('dir'), 'ltr');
      assert.deepEqual(violations, []);
    });
  }

  it('lang="zh-TW" stays in English (Traditional Chinese is not shipped) and fetches no translation', async () => {
    // Listen first: a wrong mapping would fetch zh-Hans.js as soon as the lang changes.
    const fetched = page
      .waitForRequest((request) => request.url().includes('/locales/'), { timeout: 3000 })
      .then(
        (request) => new URL(request.url()).pathname,
        () => null,
      );
    await setLang('zh-TW');
    assert.equal(await fetched, null);
    await page.getByLabel('Situation: who, what, when, where?').waitFor();
    assert.equal(await page.locator('hw-thought-record section').getAttribute('lang'), 'en');
    assert.deepEqual(violations, []);
  });
});
