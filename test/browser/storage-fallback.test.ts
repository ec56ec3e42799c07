import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { HwThoughtRecord } from '../../src/index.js';
import { DB_NAME } from '../../src/storage/idb-store.js';
import { getStore, resetStore } from '../../src/storage/open-store.js';
import { endpoint, freshDevice, resetServer, storedEntries, waitFor } from '../support/browser-fixtures.js';
import { alertText, button, byLabel, shadow, typeInto } from '../support/shadow.js';

async function submitOne(el: HwThoughtRecord, text: string) {
  await waitFor(() => shadow(el).querySelector('.fields[aria-busy="false"] #situation'), 'the form');
  typeInto(byLabel(el, 'Situation'), text);
  button(el, 'Submit').click();
  return waitFor(
    async () => (await storedEntries()).find((e) => (e.data as { situation: string }).situation === text),
    'the entry',
  );
}

describe('when IndexedDB cannot be used', () => {
  beforeEach(async () => {
    await freshDevice();
    await resetServer();
  });
  afterEach(async () => {
    await resetStore();
  });

  it('works in memory with a visible warning when indexedDB is missing, and still submits online', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'indexedDB')!;
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    try {
      await resetStore();
      const el = await fixture<HwThoughtRecord>(
        html`<hw-thought-record endpoint=${await endpoint()}></hw-thought-record>`,
      );
      await waitFor(() => shadow(el).querySelector('.fields[aria-busy="false"] #situation'), 'the form');
      expect(alertText(el)).to.contain('cannot save your work on this device');
      expect(await submitOne(el, 'No IndexedDB here')).to.exist;
    } finally {
      Object.defineProperty(window, 'indexedDB', original);
    }
  });

  it('stops waiting when opening the database hangs, and says so', async () => {
    // A connection that ignores versionchange keeps a pending delete blocked, and every
    // open queued behind that delete hangs: the real way an open never resolves.
    const holder = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(`${DB_NAME}`);
      request.onupgradeneeded = () => request.result.createObjectStore('placeholder');
      request.onsuccess = () => resolve(request.result);
    });
    const blockedDelete = indexedDB.deleteDatabase(DB_NAME);
    try {
      await resetStore();
      const el = await fixture<HwThoughtRecord>(
        html`<hw-thought-record endpoint=${await endpoint()}></hw-thought-record>`,
      );
      await waitFor(
        () => alertText(el).includes('Saving on this device is not responding'),
        'the timeout warning',
        8000,
      );
      expect(await submitOne(el, 'Open hung')).to.exist;
    } finally {
      holder.close();
      await new Promise((resolve) => (blockedDelete.onsuccess = resolve));
    }
  });

  it('says so and keeps the form working when the outbox cannot be read on opening', async () => {
    const store = await getStore();
    const listOutbox = store.listOutbox;
    // IndexedDB cannot be made to fail one read on demand: this one fails as a failing disk's would.
    store.listOutbox = () => Promise.reject(new DOMException('The disk failed', 'UnknownError'));
    const unhandled: unknown[] = [];
    const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
    addEventListener('unhandledrejection', onUnhandled);
    try {
      const el = await fixture<HwThoughtRecord>(
        html`<hw-thought-record endpoint=${await endpoint()}></hw-thought-record>`,
      );
      await waitFor(() => alertText(el).includes('could not be saved on this device'), 'the warning');
      expect(unhandled, 'no promise left failing unheard').to.deep.equal([]);
      store.listOutbox = listOutbox;
      expect(await submitOne(el, 'Sent all the same')).to.exist;
    } finally {
      store.listOutbox = listOutbox;
      removeEventListener('unhandledrejection', onUnhandled);
    }
  });
});
