// Rows of the fault matrix (docs/guarantees.md) that need real pages, tabs and browser
// storage: killed pages, several tabs, quota, upgrades, terminated connections, two copies.
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { countStoredRecords, eventually, launchBrowser, startEndpoint } from './harness.mjs';
import { recordProblems } from './page-problems.mjs';
import { formOpen } from './form-open.mjs';

const SITUATION = 'Situation: who, what, when, where?';

describe('reliability in real pages', () => {
  let browser;
  let endpoint;
  let context;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    endpoint = await startEndpoint();
    context = await browser.newContext();
  });
  afterEach(async () => {
    await context?.close();
    await endpoint?.dispose();
  });

  async function openDemo(options = {}) {
    const page = await context.newPage();
    const problems = await recordProblems(page);
    if (options.withoutWebLocks) {
      await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'locks', { get: () => undefined }));
    }
    await page.goto(endpoint.url + (options.path ?? '/'));
    await page.getByLabel(SITUATION).waitFor();
    page.problems = problems;
    return page;
  }

  async function submit(page, text) {
    await page.getByLabel(SITUATION).fill(text);
    await page.getByRole('button', { name: /Submit/ }).click();
    await page.locator('hw-thought-record').locator('#submitted').getByText('Submitted').waitFor();
  }

  const retryIn = (page) => page.evaluate(() => document.querySelector('hw-thought-record').retryDelivery());

  it('row 2: a page closed right after Submit sends on the next load, exactly once', async () => {
    const page = await openDemo();
    await context.setOffline(true);
    await submit(page, 'Closed before it could send');
    await page.close({ runBeforeUnload: false });
    await context.setOffline(false);
    await openDemo();
    await eventually(async () => (await endpoint.records()).length === 1, 'delivery on the next load');
    assert.equal((await endpoint.records())[0].data.situation, 'Closed before it could send');
  });

  for (const withoutWebLocks of [false, true]) {
    it(`row 4: two tabs flushing at once deliver one record per entry${withoutWebLocks ? ' (no Web Locks)' : ''}`, async () => {
      const tabA = await openDemo({ withoutWebLocks });
      await context.setOffline(true);
      for (const text of ['first', 'second', 'third']) await submit(tabA, text);
      await context.setOffline(false);
      // Hold every send for a moment so both tabs are mid-flush together.
      await endpoint.faults(...Array.from({ length: 6 }, () => ({ delayMs: 150 })));
      const tabB = await openDemo({ withoutWebLocks });
      await Promise.all([retryIn(tabA), retryIn(tabB)]);
      await eventually(async () => (await countStoredRecords(tabA)).outbox === 0, 'an empty outbox');
      const records = await endpoint.records();
      assert.deepEqual(records.map((r) => r.data.situation).sort(), ['first', 'second', 'third']);
      const requests = await endpoint.requests();
      if (!withoutWebLocks) assert.equal(requests.length, 3, 'with Web Locks only one tab sends');
      assert.equal(new Set(requests.map((r) => r.key)).size, 3);
    });
  }

  it('row 5: when the tab holding the lock dies mid-POST, another tab resends the same key', async () => {
    const tabA = await openDemo();
    await context.setOffline(true);
    await submit(tabA, 'Sent by the survivor');
    await context.setOffline(false);
    await endpoint.faults({ hang: true });
    void retryIn(tabA).catch(() => {});
    await eventually(async () => (await endpoint.requests()).length === 1, 'the hanging request');
    const tabB = await openDemo();
    void retryIn(tabB);
    await tabA.close({ runBeforeUnload: false });
    await eventually(async () => (await endpoint.records()).length === 1, 'delivery from the other tab');
    const keys = (await endpoint.requests()).map((r) => r.key);
    assert.equal(new Set(keys).size, 1, 'the same Idempotency-Key');
    await eventually(async () => (await countStoredRecords(tabB)).outbox === 0, 'an empty outbox');
  });

  it('row 16: storage full while typing shows a clear message, keeps the text and queues nothing', async () => {
    const page = await openDemo();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: endpoint.url, quotaSize: 1 });
    const text = 'Too much for this device. '.repeat(300);
    await page.getByLabel(SITUATION).fill(text);
    const alert = page.locator('hw-thought-record').getByRole('alert');
    await alert.getByText(/storage is full/).waitFor();
    assert.equal(await page.getByLabel(SITUATION).inputValue(), text);
    assert.equal((await countStoredRecords(page)).outbox, 0);
    assert.equal((await endpoint.requests()).length, 0);
    // Submitting on a full disk sends from memory: see device-storage.test.mjs.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: endpoint.url });
  });

  it('row 19: an upgrade in another tab is not deadlocked, and the old tab says it must reload', async () => {
    const oldTab = await openDemo();
    await oldTab.getByLabel(SITUATION).fill('Written in the old tab');
    await oldTab
      .locator('hw-thought-record')
      .locator('[part="status"]')
      .getByText('Saved on this device', { exact: true })
      .waitFor();
    const newTab = await context.newPage();
    // A page of the same origin without widgets (the sign-in page has no script at all).
    await newTab.goto(endpoint.url + '/signin');
    const upgraded = await newTab.evaluate(
      () =>
        new Promise((resolve, reject) => {
          // One above the library's own version (idb-store.ts, DB_VERSION), as a newer release would open.
          const request = indexedDB.open('homework-elements', 4);
          request.onsuccess = () => {
            request.result.close();
            resolve(true);
          };
          request.onerror = () => reject(request.error);
          setTimeout(() => resolve(false), 5000);
        }),
    );
    assert.equal(upgraded, true, 'the newer version opened without waiting on the old tab');
    await oldTab.getByLabel(SITUATION).fill('Written after the upgrade');
    await oldTab
      .locator('hw-thought-record')
      .getByRole('alert')
      .getByText(/newer version/)
      .waitFor();
    assert.equal(await oldTab.getByLabel(SITUATION).inputValue(), 'Written after the upgrade');
  });

  it('row 20: a database connection closed under the page is reopened and "saved" stays true', async () => {
    const page = await openDemo();
    await page.getByLabel(SITUATION).fill('Before the connection was lost');
    const saved = page
      .locator('hw-thought-record')
      .locator('[part="status"]')
      .getByText('Saved on this device', { exact: true });
    await saved.waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin: endpoint.url, storageTypes: 'indexeddb' });
    await page.getByLabel(SITUATION).fill('After the connection was lost');
    await eventually(async () => (await countStoredRecords(page)).drafts === 1, 'the draft written again');
    await saved.waitFor();
    await page.reload();
    await formOpen(page);
    assert.equal(await page.getByLabel(SITUATION).inputValue(), 'After the connection was lost');
  });

  it('row 21: site data cleared between visits is detected and the client is warned', async () => {
    const expectSavedWork = (page) =>
      page.evaluate(() => (document.querySelector('hw-thought-record').expectSavedWork = true));
    const warning = (page) => page.getByRole('alert').filter({ hasText: 'no longer has the work' });

    const firstVisit = await openDemo();
    await firstVisit.getByLabel(SITUATION).fill('Written before the data was cleared');
    await eventually(async () => (await countStoredRecords(firstVisit)).drafts === 1, 'the draft on disk');
    await firstVisit.close();

    // A later visit with the data intact: the host's hint changes nothing, the text is back.
    const intactVisit = await openDemo();
    await expectSavedWork(intactVisit);
    await formOpen(intactVisit);
    assert.equal(await intactVisit.getByLabel(SITUATION).inputValue(), 'Written before the data was cleared');
    assert.equal(await warning(intactVisit).count(), 0);
    await intactVisit.close();

    // The browser's "clear site data", through the DevTools protocol.
    const blank = await context.newPage();
    const devtools = await context.newCDPSession(blank);
    await devtools.send('Storage.clearDataForOrigin', { origin: endpoint.url, storageTypes: 'all' });
    await blank.close();

    const clearedVisit = await openDemo();
    await formOpen(clearedVisit);
    assert.equal(await clearedVisit.getByLabel(SITUATION).inputValue(), '');
    // Without the host's knowledge this looks like a first visit: nothing to warn about.
    assert.equal(await warning(clearedVisit).count(), 0);
    await expectSavedWork(clearedVisit);
    await warning(clearedVisit).waitFor();
    assert.equal((await countStoredRecords(clearedVisit)).drafts, 0);
  });

  it('row 30: two copies of the library on one page coexist and work', async () => {
    const page = await openDemo({ path: '/demo/two-copies.html' });
    await submit(page, 'Two copies, one record');
    await eventually(async () => (await endpoint.records()).length === 1, 'the record');
    assert.deepEqual(page.problems, []);
  });
});
