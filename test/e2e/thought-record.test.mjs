// The demo practice page, as a client uses it: classic script tag, strict CSP, real
// reloads, a real server that goes down and comes back.
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { eventually, launchBrowser, startEndpoint } from './harness.mjs';
import { recordProblems } from './page-problems.mjs';
import { formOpen } from './form-open.mjs';

describe('thought record on the demo practice page', () => {
  let browser;
  let endpoint;
  let context;
  let page;
  let violations;
  let pageResponse;

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
    violations = await recordProblems(page);
    pageResponse = await page.goto(endpoint.url + '/');
    await page.getByLabel('Situation: who, what, when, where?').waitFor();
  });
  afterEach(async () => {
    await context?.close();
    await endpoint?.dispose();
  });

  const situation = () => page.getByLabel('Situation: who, what, when, where?');
  const status = () => page.locator('hw-thought-record').locator('[part="status"]');

  it('keeps typed text across a real reload after the autosave', async () => {
    await situation().fill('Missed the bus, felt stupid');
    await status().getByText('Saved on this device', { exact: true }).waitFor();
    await page.reload();
    await formOpen(page);
    assert.equal(await situation().inputValue(), 'Missed the bus, felt stupid');
  });

  it('keeps typed text when the page reloads inside the autosave delay', async () => {
    await situation().pressSequentially('Reloaded at once');
    // No wait for "saved": pagehide must write the draft before the page goes.
    await page.reload();
    await formOpen(page);
    assert.equal(await situation().inputValue(), 'Reloaded at once');
  });

  it('queues while the server is down and delivers exactly one record when it is back', async () => {
    await situation().fill('Server is down');
    await endpoint.stop();
    await page.getByRole('button', { name: /Submit/ }).click();
    await status()
      .getByText(/Not sent yet|will be sent/)
      .waitFor();
    await endpoint.restart();
    await eventually(async () => (await endpoint.records()).length === 1, 'the record after restart', 20_000);
    await status().getByText('Sent to your clinician').waitFor();
    const records = await endpoint.records();
    assert.equal(records.length, 1);
    assert.equal(records[0].data.situation, 'Server is down');
  });

  it('renders and submits under a strict CSP with no violation', async () => {
    await situation().fill('Under a strict policy');
    await page.getByRole('button', { name: 'Add a mood' }).click();
    await page.getByLabel('Moods: word for mood 1').fill('worried');
    await page.getByRole('button', { name: /Submit/ }).click();
    await eventually(async () => (await endpoint.records()).length === 1, 'the record');
    await status().getByText('Sent to your clinician').waitFor();
    assert.deepEqual(violations, []);

    // The policy really was in force, and a violation would have been seen.
    const policy = pageResponse.headers()['content-security-policy'];
    assert.match(policy, /default-src 'self'/);
    assert.match(policy, /require-trusted-types-for 'script'/);
    assert.doesNotMatch(policy, /unsafe-/);
    // (DevTools' evaluate is exempt from script-src, not from Trusted Types: use an HTML sink.)
    await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>canary</b>';
      } catch {
        // blocked, as it should be
      }
    });
    await eventually(() => violations.some((v) => v.startsWith('require-trusted-types-for')), 'the canary violation');
  });

  it('loads a translation from beside the classic script when a client needs it, under the CSP', async () => {
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.evaluate(() => document.querySelector('hw-thought-record').setAttribute('lang', 'ar'));
    await page.getByLabel('الموقف', { exact: false }).first().waitFor();
    assert.ok(requested.includes('/dist/cdn/locales/ar.js'), requested.join(' '));
    // Only what the client widgets show: the clinician's part stays on the server.
    assert.ok(!requested.includes('/dist/cdn/locales/ar-clinician.js'), requested.join(' '));
    assert.equal(await page.locator('hw-thought-record section').getAttribute('dir'), 'rtl');
    assert.deepEqual(violations, []);
  });
});
