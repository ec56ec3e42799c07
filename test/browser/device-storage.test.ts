import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { HwBehaviouralExperiment, HwMoodTracker } from '../../src/index.js';
import { isoWithOffset } from '../../src/core/clock.js';
import type { Entry } from '../../src/core/entry.js';
import { emptyExperiment } from '../../src/exercises/behavioural-experiment.js';
import { earlierRunsOnDevice, moodCheckIns } from '../../src/storage/device-history.js';
import { DB_NAME } from '../../src/storage/idb-store.js';
import { discardRefused, findOldWork } from '../../src/storage/old-work.js';
import { getStore, resetStore } from '../../src/storage/open-store.js';
import { makeReceipt, PRUNE_LIMIT, RECEIPT_AGES, tidyReceipts } from '../../src/storage/receipts.js';
import type { HomeworkStore, OutboxEntry, Receipt } from '../../src/storage/records.js';
import { endpoint, freshDevice, readStore, resetServer, waitFor } from '../support/browser-fixtures.js';
import { shadow } from '../support/shadow.js';
import { moodEntry } from './mood-tracker-seed.js';

const DAY = 86_400_000;
const BELIEF = 'People will laugh at me';
const UNREACHABLE = 'http://127.0.0.1:9/api/homework';

function withSubject(entry: Entry, subject: string | null, note = ''): Entry {
  return { ...entry, subject, data: { ...(entry.data as object), note } } as Entry;
}

function experimentEntry(daysAgo: number, belief = BELIEF): Entry {
  const at = isoWithOffset(Date.now() - daysAgo * DAY);
  return {
    ...moodEntry({ daysAgo, hour: 9, mood: { value: 5, scale: '0-10' }, sent: true }),
    exercise: 'behavioural-experiment',
    schema: 'behavioural-experiment/1',
    completedAt: at,
    data: {
      ...emptyExperiment(),
      phase: 'outcome',
      targetBelief: belief,
      experiment: 'Ask a question in the meeting',
      outcome: 'Nobody laughed; one person nodded',
      targetBeliefBefore: 90,
      targetBeliefAfter: 40,
    },
  } as Entry;
}

async function deliver(store: HomeworkStore, entry: Entry, daysAgo = 0, sealing = false): Promise<Receipt> {
  const delivered = {
    id: entry.id,
    endpoint: UNREACHABLE,
    entry,
    deliveredAt: Date.now() - daysAgo * DAY,
    status: 201,
  };
  const receipt = await makeReceipt(store, delivered, sealing);
  await store.markDelivered(receipt);
  return receipt;
}

/** A profile as version 2 of the library left it: receipts holding whole entries, in plain text. */
async function versionTwoProfile(receipts: Entry[]): Promise<void> {
  await freshDevice();
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 2);
    request.onupgradeneeded = () => {
      const old = request.result;
      old.createObjectStore('drafts', { keyPath: 'key' });
      old.createObjectStore('outbox', { keyPath: 'id' });
      old.createObjectStore('receipts', { keyPath: 'id' }).createIndex('byDeliveredAt', 'deliveredAt');
      old.createObjectStore('keys');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = db.transaction('receipts', 'readwrite');
  for (const entry of receipts) {
    const deliveredAt = Date.parse(entry.completedAt);
    tx.objectStore('receipts').put({
      id: entry.id,
      endpoint: UNREACHABLE,
      exercise: entry.exercise,
      deliveredAt,
      status: 201,
      entry,
    });
  }
  await new Promise((resolve) => (tx.oncomplete = resolve));
  db.close();
}

/** Receipts the page reads from IndexedDB while `work` runs, counted at the IndexedDB API. */
async function receiptsRead(work: () => Promise<void>): Promise<{ records: number; cursors: number }> {
  const counted = { records: 0, cursors: 0 };
  const isReceipts = (source: IDBObjectStore | IDBIndex) =>
    ('objectStore' in source ? source.objectStore : source).name === 'receipts';
  const patched: [object, string, unknown][] = [];
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype]) {
    const getAll = proto.getAll;
    const openCursor = proto.openCursor;
    patched.push([proto, 'getAll', getAll], [proto, 'openCursor', openCursor]);
    proto.getAll = function (this: IDBObjectStore & IDBIndex, ...args: Parameters<IDBIndex['getAll']>) {
      const request = getAll.apply(this, args);
      if (isReceipts(this)) request.addEventListener('success', () => (counted.records += request.result.length));
      return request;
    };
    proto.openCursor = function (this: IDBObjectStore & IDBIndex, ...args: Parameters<IDBIndex['openCursor']>) {
      if (isReceipts(this)) counted.cursors++;
      return openCursor.apply(this, args);
    };
  }
  try {
    await work();
  } finally {
    for (const [proto, name, original] of patched) Object.assign(proto, { [name]: original });
  }
  return counted;
}

describe('what stays on the device', () => {
  beforeEach(async () => {
    await freshDevice();
    await resetServer();
  });

  it('a receipt keeps the delivery and what the widgets draw, never what the client wrote', async () => {
    const store = await getStore();
    const checkIn = withSubject(
      moodEntry({ daysAgo: 1, hour: 9, mood: { value: 7, scale: '0-10' }, sent: true }),
      'client-a',
      'a private note',
    );
    await deliver(store, checkIn);
    await deliver(store, experimentEntry(3));
    const stored = JSON.stringify(await readStore('receipts'));
    for (const words of ['a private note', BELIEF, 'Ask a question', 'Nobody laughed']) {
      expect(stored, words).not.to.include(words);
    }
    const [point] = await moodCheckIns(store, 'client-a', Date.now() - 31 * DAY);
    expect(point.entry.data).to.deep.equal({
      at: (checkIn.data as { at: string }).at,
      mood: { value: 7, scale: '0-10' },
    });
    const [run] = await earlierRunsOnDevice(store, '  people will LAUGH at me ');
    expect([run.beliefBefore, run.beliefAfter]).to.deep.equal([90, 40]);
  });

  it('a receipt is sealed when encryption is on, and still read back by the widgets', async () => {
    const store = await getStore();
    const checkIn = withSubject(
      moodEntry({ daysAgo: 0, hour: 8, mood: { value: 3, scale: '0-10' }, sent: true }),
      null,
    );
    const receipt = await deliver(store, checkIn, 0, true);
    expect(receipt.details).to.equal(undefined);
    expect(receipt.sealed?.ciphertext.byteLength).to.be.greaterThan(0);
    const [stored] = (await readStore('receipts')) as Receipt[];
    expect(Object.keys(stored).sort()).to.deep.equal(['deliveredAt', 'endpoint', 'exercise', 'id', 'sealed', 'status']);
    const [point] = await moodCheckIns(store, null, Date.now() - DAY);
    expect(point.entry.data).to.deep.include({ mood: { value: 3, scale: '0-10' } });
  });

  it('migrates a profile from version 2: receipts lose their free text, and nothing the widgets need', async () => {
    const checkIn = withSubject(
      moodEntry({ daysAgo: 2, hour: 20, mood: { value: 4, scale: '0-10' }, sent: true }),
      'client-a',
      'argued with my sister',
    );
    const thought = {
      ...experimentEntry(1),
      id: crypto.randomUUID(),
      exercise: 'thought-record',
      data: { situation: 'alone at the bus stop' },
    } as Entry;
    await versionTwoProfile([checkIn, experimentEntry(10), thought]);

    const store = await getStore();
    await tidyReceipts(store, false);
    const receipts = (await readStore('receipts')) as Record<string, unknown>[];
    expect(receipts).to.have.length(3);
    expect(receipts.filter((receipt) => 'entry' in receipt)).to.deep.equal([]);
    const stored = JSON.stringify(receipts);
    for (const words of ['argued with my sister', 'alone at the bus stop', BELIEF, 'Nobody laughed']) {
      expect(stored, words).not.to.include(words);
    }
    expect((await moodCheckIns(store, 'client-a', Date.now() - 31 * DAY)).map((c) => c.entry.id)).to.deep.equal([
      checkIn.id,
    ]);
    expect(await earlierRunsOnDevice(store, BELIEF)).to.have.length(1);
    // Done for good: a second pass finds nothing left to slim.
    expect(await store.slimLegacyReceipts(() => Promise.reject(new Error('not again')), 10)).to.equal(0);
  });

  it('prunes receipts past their documented age, a bounded number per pass', async () => {
    const store = await getStore();
    const mood = (daysAgo: number) => moodEntry({ daysAgo, hour: 9, mood: { value: 5, scale: '0-10' }, sent: true });
    const [oldMood, olderMood, recentMood] = [mood(100), mood(120), mood(10)];
    await deliver(store, oldMood, 100);
    await deliver(store, olderMood, 120);
    await deliver(store, recentMood, 10);
    await deliver(store, experimentEntry(200), 200);
    const ids = async () => ((await readStore('receipts')) as Receipt[]).map((r) => r.id).sort();

    expect(await store.pruneReceipts(RECEIPT_AGES, 1)).to.equal(1);
    expect(await store.pruneReceipts(RECEIPT_AGES, PRUNE_LIMIT)).to.equal(1);
    expect(await store.pruneReceipts(RECEIPT_AGES, PRUNE_LIMIT)).to.equal(0);
    expect(await ids()).to.have.length(2);
    expect(await ids()).to.include(recentMood.id);
  });

  it('shows each subject on a shared profile only their own mood history', async () => {
    const store = await getStore();
    const checkIn = (value: number) => moodEntry({ daysAgo: 1, hour: 9, mood: { value, scale: '0-10' }, sent: true });
    await deliver(store, withSubject(checkIn(2), 'client-a'));
    await deliver(store, withSubject(checkIn(9), 'client-b'));
    await deliver(store, withSubject(checkIn(9), 'client-b'));
    const history = async (subject: string) => {
      const el = await fixture<HwMoodTracker>(
        html`<hw-mood-tracker endpoint=${await endpoint()} assignment-id="m-1" subject=${subject}></hw-mood-tracker>`,
      );
      await waitFor(() => shadow(el).querySelector('.history'), 'the history');
      return shadow(el).querySelector('.history')!.textContent!.replace(/\s+/g, ' ');
    };
    expect(await history('client-a')).to.contain('Check-ins: 1. Average 2');
    expect(await history('client-b')).to.contain('Check-ins: 2. Average 9');
  });

  it('lists old drafts and refused entries for the client to decide; discards only refused ones', async () => {
    const store = await getStore();
    const draft = (key: string, daysAgo: number) =>
      store.putDraft({
        key,
        exercise: 'thought-record',
        entryId: crypto.randomUUID(),
        assignmentId: null,
        data: { situation: 'still thinking about it' },
        selfReview: null,
        engagement: { activeMs: 1, sittings: 1, edits: 1 },
        createdAt: isoWithOffset(Date.now() - daysAgo * DAY),
        updatedAt: isoWithOffset(Date.now() - daysAgo * DAY),
      });
    await draft('thought-record:old', 45);
    await draft('thought-record:recent', 2);
    const queued = (daysAgo: number, state: OutboxEntry['state']): OutboxEntry => {
      const entry = moodEntry({ daysAgo, hour: 9, mood: { value: 5, scale: '0-10' }, sent: false });
      const queuedAt = Date.now() - daysAgo * DAY;
      return {
        id: entry.id,
        endpoint: UNREACHABLE,
        entry,
        state,
        attempts: 1,
        nextAttemptAt: Date.now() + DAY,
        queuedAt,
        lastError: 'Too long',
      };
    };
    const [refusedOld, refusedRecent, waitingOld] = [
      queued(40, 'rejected'),
      queued(3, 'rejected'),
      queued(40, 'pending'),
    ];
    for (const item of [refusedOld, refusedRecent, waitingOld]) await store.queueEntry(`mood-tracker:${item.id}`, item);

    const old = await findOldWork();
    expect(old.drafts.map((d) => d.key)).to.deep.equal(['thought-record:old']);
    expect(old.refused).to.deep.equal([
      { id: refusedOld.id, exercise: 'mood-tracker', queuedAt: refusedOld.queuedAt, message: 'Too long' },
    ]);
    // Listing deletes nothing; discarding takes refused entries only, never one still waiting.
    expect(await store.listDrafts()).to.have.length(2);
    expect(await discardRefused([refusedOld.id, waitingOld.id])).to.equal(1);
    const left = ((await readStore('outbox')) as OutboxEntry[]).map((item) => item.id).sort();
    expect(left).to.deep.equal([refusedRecent.id, waitingOld.id].sort());
  });

  it('the experiment’s outcome phase reads only experiment receipts, with 10,000 others kept', async () => {
    const store = await getStore();
    await deliver(store, experimentEntry(7), 7);
    await deliver(store, experimentEntry(30, 'Something else entirely'), 30);
    // 10,000 check-ins, written in one transaction beside the library's connection.
    const checkIn = await makeReceipt(
      store,
      {
        id: 'x',
        endpoint: UNREACHABLE,
        entry: moodEntry({ daysAgo: 0, hour: 9, mood: { value: 5, scale: '0-10' }, sent: true }),
        deliveredAt: 0,
        status: 201,
      },
      false,
    );
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open(DB_NAME);
      open.onsuccess = () => {
        const tx = open.result.transaction('receipts', 'readwrite');
        for (let i = 0; i < 10_000; i++)
          tx.objectStore('receipts').put({ ...checkIn, id: `mood-${i}`, deliveredAt: Date.now() - (i % 30) * DAY });
        tx.oncomplete = () => (open.result.close(), resolve());
        tx.onerror = () => reject(tx.error);
      };
    });
    await store.putDraft({
      key: 'behavioural-experiment:bounded',
      exercise: 'behavioural-experiment',
      entryId: crypto.randomUUID(),
      assignmentId: null,
      data: {
        ...emptyExperiment(),
        phase: 'outcome',
        targetBelief: BELIEF,
        targetBeliefBefore: 80,
        experiment: 'Again',
      },
      selfReview: null,
      engagement: { activeMs: 1000, sittings: 1, edits: 1 },
      createdAt: isoWithOffset(),
      updatedAt: isoWithOffset(),
    });

    const read = await receiptsRead(async () => {
      const el = await fixture<HwBehaviouralExperiment>(
        html`<hw-behavioural-experiment endpoint=${await endpoint()} draft-key="bounded"></hw-behavioural-experiment>`,
      );
      await waitFor(() => shadow(el).textContent!.includes('Earlier runs of this experiment'), 'the earlier run');
      expect(shadow(el).textContent).to.contain('90 of 100 before, 40 of 100 after');
    });
    expect(read).to.deep.equal({ records: 2, cursors: 0 });
  });
});

after(async () => {
  await resetStore();
});
