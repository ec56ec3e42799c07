// The demo's mood check-in page, as a client uses it: classic script tag, strict CSP,
// real reloads, and a network that goes away and comes back.
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { eventually, launchBrowser, rate, startEndpoint } from './harness.mjs';
import { recordProblems } from './page-problems.mjs';
import { formOpen } from './form-open.mjs';

/** Records in one IndexedDB store of the page, read directly (not through the library). */
function countRecords(page, store) {
  return page.evaluate(async (name) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('homework-elements');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const count = await new Promise((resolve, reject) => {
      const request = db.transaction(name).objectStore(name).count();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return count;
  }, store);
}

describe('mood tracker on the demo practice page', () => {
  let browser;
  let endpoint;
  let context;
  let page;
  let violations;

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
    await page.goto(endpoint.url + '/demo/mood.html');
    // Unrated, the slider is there but hidden behind "Rate it".
    await mood().waitFor({ state: 'attached' });
  });
  afterEach(async () => {
    await context?.close();
    await endpoint?.dispose();
  });

  const tracker = () => page.locator('hw-mood-tracker');
  const mood = () => page.getByLabel(/^Mood: how do I feel\?/);
  const status = () => tracker().locator('[part="status"]');
  const history = () => tracker().locator('[part="history"]');

  it('keeps a half-done check-in across a real reload', async () => {
    await rate(page, 'Mood: how do I feel?', '7');
    await page.getByText('What was happening (optional)').click();
    await page.getByLabel('What was I doing?').fill('Cooking dinner');
    await status().getByText('Saved on this device').waitFor();
    await page.reload();
    await formOpen(page, 'hw-mood-tracker');
    assert.equal(await mood().inputValue(), '7');
    assert.equal(await mood().getAttribute('aria-valuetext'), '7 of 10');
    assert.equal(await page.getByLabel('What was I doing?').inputValue(), 'Cooking dinner');
    assert.deepEqual(violations, []);
  });

  it('delivers three check-ins made offline as three records once the device is online', async () => {
    await context.setOffline(true);
    for (const value of ['2', '5', '8']) {
      await rate(page, 'Mood: how do I feel?', value);
      await page.getByRole('button', { name: /Submit/ }).click();
      // Submitting starts a fresh check-in; the last one waits on the device.
      await eventually(
        async () => (await mood().getAttribute('aria-valuetext')) === 'Not rated yet',
        'a fresh check-in',
      );
    }
    await status().getByText('It will be sent when you are online').waitFor();
    await history().getByText('Not sent yet: 3').waitFor();
    assert.equal(await countRecords(page, 'outbox'), 3);
    assert.equal((await endpoint.records()).length, 0);

    await context.setOffline(false);
    await eventually(async () => (await endpoint.records()).length === 3, 'three records on the server', 20_000);
    await eventually(async () => (await countRecords(page, 'outbox')) === 0, 'an empty outbox');
    const records = await endpoint.records();
    assert.equal(records.length, 3);
    assert.equal(new Set(records.map((record) => record.id)).size, 3);
    assert.deepEqual(records.map((record) => record.data.mood.value).sort(), [2, 5, 8]);
    assert.equal(await countRecords(page, 'receipts'), 3);
    // The history now shows them as sent, and still after a reload (receipts stay on the device).
    await history().getByText('Check-ins: 3.').waitFor();
    await eventually(async () => !(await history().textContent()).includes('Not sent yet:'), 'all marked as sent');
    await page.reload();
    await history().getByText('Check-ins: 3.').waitFor();
    assert.deepEqual(violations, []);
  });
});
