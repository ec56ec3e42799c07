// Sign-out on a shared computer: clearLocalData() warns about undelivered work, then wipes
// drafts, outbox and receipts in every open tab, and nothing comes back.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { countStoredRecords, launchBrowser, startEndpoint } from './harness.mjs';
import { formOpen } from './form-open.mjs';

describe('sign-out with clearLocalData()', () => {
  let browser;
  let endpoint;
  before(async () => {
    browser = await launchBrowser();
    endpoint = await startEndpoint();
  });
  after(async () => {
    await browser?.close();
    await endpoint?.dispose();
  });

  it('warns about undelivered entries, then wipes every tab', async () => {
    const context = await browser.newContext();
    const tabA = await context.newPage();
    const tabB = await context.newPage();
    const situation = (page) => page.getByLabel('Situation: who, what, when, where?');
    const saved = (page) =>
      page.locator('hw-thought-record').locator('[part="status"]').getByText('Saved on this device', { exact: true });

    await tabA.goto(endpoint.url + '/');
    await situation(tabA).fill('Work that will not be delivered');
    await saved(tabA).waitFor();
    await endpoint.stop();
    await tabA.getByRole('button', { name: /Submit/ }).click();
    await tabA
      .locator('hw-thought-record')
      .getByRole('status')
      .getByText(/Not sent yet/)
      .waitFor();
    await situation(tabA).fill('A draft on a shared computer');
    await saved(tabA).waitFor();
    await endpoint.restart();
    await endpoint.faults(...Array.from({ length: 20 }, () => ({ status: 503, retryAfter: '3600' })));

    await tabB.goto(endpoint.url + '/');
    await formOpen(tabB);
    assert.equal(await situation(tabB).inputValue(), 'A draft on a shared computer');
    assert.deepEqual(await countStoredRecords(tabA), { drafts: 1, outbox: 1, receipts: 0 });

    const refused = await tabA.evaluate(() => window.HomeworkElements.clearLocalData());
    assert.deepEqual(refused, { cleared: false, undelivered: 1 });
    assert.deepEqual(await countStoredRecords(tabA), { drafts: 1, outbox: 1, receipts: 0 });

    const cleared = await tabA.evaluate(() => window.HomeworkElements.clearLocalData({ discardUndelivered: true }));
    assert.deepEqual(cleared, { cleared: true, undelivered: 1 });

    // The other tab forgets what it showed, and no pending autosave writes it back.
    await tabB.waitForFunction(
      () => document.querySelector('hw-thought-record').shadowRoot.querySelector('#situation').value === '',
    );
    await tabB.waitForTimeout(1000);
    assert.deepEqual(await countStoredRecords(tabA), { drafts: 0, outbox: 0, receipts: 0 });
    assert.deepEqual(await countStoredRecords(tabB), { drafts: 0, outbox: 0, receipts: 0 });
    assert.equal(await situation(tabA).inputValue(), '');
    await context.close();
  });
});
