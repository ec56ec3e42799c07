// A full disk, in a real profile: the origin's quota is set through the DevTools protocol
// (Storage.overrideQuotaForOrigin), and what the server received is counted on its side.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countStoredRecords, eventually, useBrowserAndEndpoint } from './harness.mjs';
import { formOpen } from './form-open.mjs';

const SITUATION = 'Situation: who, what, when, where?';

describe('a full disk on the client’s device', () => {
  const fx = useBrowserAndEndpoint();

  /**
   * The demo with the origin's quota at 2 MB, set before anything is stored: Chromium keeps
   * the quota it first saw for a while, so an override made later may not apply at once.
   */
  async function openDemo() {
    const page = await fx.context.newPage();
    const cdp = await fx.context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: fx.endpoint.url, quotaSize: 2_000_000 });
    await page.goto(fx.endpoint.url + '/');
    await page.getByLabel(SITUATION).waitFor();
    page.cdp = cdp;
    return page;
  }

  /** Fill what is left of the quota from another database of the origin, down to a few bytes. */
  function fillDisk(page) {
    return page.evaluate(async () => {
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open('filler', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('junk');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const put = (size) =>
        new Promise((resolve) => {
          const tx = db.transaction('junk', 'readwrite');
          tx.objectStore('junk').put('x'.repeat(size), crypto.randomUUID());
          tx.oncomplete = () => resolve(true);
          tx.onabort = () => resolve(false);
        });
      for (const size of [100_000, 10_000, 1_000, 100, 10]) while (await put(size));
      db.close();
    });
  }

  async function freeDisk(page) {
    await page.evaluate(() => new Promise((resolve) => (indexedDB.deleteDatabase('filler').onsuccess = resolve)));
  }

  const widget = (page) => page.locator('hw-thought-record');
  const posts = async () => (await fx.endpoint.requests()).length;

  it('a submit with no room to queue it is sent from memory at once, and the client is told', async () => {
    const page = await openDemo();
    const text = 'Written on a full disk. '.repeat(200);
    await page.getByLabel(SITUATION).fill('saved while there was room');
    await eventually(async () => (await countStoredRecords(page)).drafts === 1, 'the draft saved');
    await fillDisk(page);
    await page.getByLabel(SITUATION).fill(text);
    await widget(page)
      .getByRole('alert')
      .getByText(/storage is full/)
      .waitFor();
    await page.getByRole('button', { name: /Submit/ }).click();

    await widget(page).getByText('Sent to your clinician', { exact: true }).waitFor();
    const records = await fx.endpoint.records();
    assert.equal(records.length, 1);
    assert.equal(records[0].data.situation, text);
    // Nothing half-written: no outbox entry, and the draft saved before the disk filled is gone
    // (its text was sent), so a reload does not offer it again.
    const stored = await countStoredRecords(page);
    assert.deepEqual([stored.drafts, stored.outbox], [0, 0]);
    await freeDisk(page);
    await page.reload();
    await formOpen(page);
    assert.equal(await page.getByLabel(SITUATION).inputValue(), '');
    assert.equal(await posts(), 1);
  });

  it('when it cannot be sent either, the answers are offered to copy and Submit sends them later', async () => {
    const page = await openDemo();
    await fillDisk(page);
    await fx.endpoint.stop();
    const text = 'Nowhere to keep this and no one to send it to.';
    await page.getByLabel(SITUATION).fill(text);
    await page.getByRole('button', { name: /Submit/ }).click();

    const alert = widget(page).getByRole('alert').filter({ hasText: 'Copy your answers' });
    await alert.waitFor();
    assert.match(await widget(page).getByLabel('Your answers').inputValue(), /no one to send it to/);
    assert.equal(await page.getByLabel(SITUATION).inputValue(), text, 'the text stays on screen');

    await fx.endpoint.restart();
    await page.getByRole('button', { name: /Submit/ }).click();
    await widget(page).getByText('Sent to your clinician', { exact: true }).waitFor();
    const records = await fx.endpoint.records();
    assert.equal(records.length, 1);
    assert.equal(records[0].data.situation, text);
  });

  it('with room for the entry but not its receipt, it is sent exactly once and leaves the outbox', async () => {
    const page = await openDemo();
    await fx.context.setOffline(true);
    const text = 'Queued while there was room.';
    await page.getByLabel(SITUATION).fill(text);
    await page.getByRole('button', { name: /Submit/ }).click();
    await widget(page)
      .getByText(/It will be sent when you are online/)
      .waitFor();
    assert.equal((await countStoredRecords(page)).outbox, 1);

    await fillDisk(page);
    await fx.context.setOffline(false);
    await widget(page).getByText('Sent to your clinician', { exact: true }).waitFor();
    await widget(page)
      .getByText(/could not keep a note of that/)
      .waitFor();
    await eventually(async () => (await countStoredRecords(page)).outbox === 0, 'the outbox emptied');
    assert.equal((await countStoredRecords(page)).receipts, 0);

    // Every reason to flush again, and a new page: nothing more is sent.
    await page.evaluate(() => document.querySelector('hw-thought-record').retryDelivery());
    await page.reload();
    await page.getByLabel(SITUATION).waitFor();
    await page.evaluate(() => document.querySelector('hw-thought-record').retryDelivery());
    assert.equal(await posts(), 1);
    assert.equal((await fx.endpoint.records()).length, 1);
  });
});
