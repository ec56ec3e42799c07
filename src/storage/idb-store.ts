// Drafts, outbox and receipts in IndexedDB (via idb). Every method resolves only after
// its transaction completes, so "saved" on screen means saved on disk. Nothing else is
// awaited inside a transaction, so it cannot auto-commit early.
import { openDB, unwrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Exercise } from '../core/assignment.js';
import type {
  HomeworkStore,
  LegacyReceipt,
  OutboxEntry,
  QueueResult,
  Receipt,
  ReceiptAges,
  StoredDraft,
} from './records.js';
import { StorageError, toStorageError } from './records.js';

export const DB_NAME = 'homework-elements';
export const DB_VERSION = 3;

interface HomeworkDB extends DBSchema {
  drafts: { key: string; value: StoredDraft };
  keys: { key: string; value: CryptoKey };
  outbox: { key: string; value: OutboxEntry };
  receipts: {
    key: string;
    value: Receipt | LegacyReceipt;
    indexes: { byDeliveredAt: number; byExerciseTime: [Exercise, number] };
  };
  /** Markers of work a migration left to do after the upgrade (it needs async crypto). */
  meta: { key: string; value: true };
}

type Db = IDBPDatabase<HomeworkDB>;
type UpgradeTx = IDBPTransaction<HomeworkDB, StoreNames<HomeworkDB>[], 'versionchange'>;

/** Set while receipts stored whole by version 2 or earlier remain to be slimmed. */
const SLIM_RECEIPTS = 'slim-receipts';

/**
 * Whether this page's first open created the database: a first visit, or the site's data
 * was cleared since the last one (browsers clear all of a site's storage and its cookies
 * together, so nothing on the device can tell which; the host can, see `expectSavedWork`).
 * Later opens in the same page (after sign-out, say) do not change the answer.
 */
let firstOpenCreated: boolean | undefined;
/**
 * Connections closed because another page needed the database (an upgrade, a deletion).
 * Closed by the event itself: a connection still being opened has no owner yet to close it,
 * and left open it would block the other page for good.
 */
const steppedAside = new WeakSet<IDBDatabase>();
export const databaseCreatedByThisPage = () => firstOpenCreated === true;

/**
 * One function per schema version: MIGRATIONS[n] upgrades from version n to n + 1.
 * Append, never edit, so a device that skipped versions replays every step.
 */
const MIGRATIONS: ((db: Db, tx: UpgradeTx) => void)[] = [
  (db) => {
    db.createObjectStore('drafts', { keyPath: 'key' });
    db.createObjectStore('outbox', { keyPath: 'id' });
    db.createObjectStore('receipts', { keyPath: 'id' }).createIndex('byDeliveredAt', 'deliveredAt');
  },
  // 2: draft encryption keys (CryptoKey objects, stored non-extractable).
  (db) => {
    db.createObjectStore('keys');
  },
  // 3: receipts read per exercise and time (no reader scans them all), and the receipts kept
  // whole until now are marked for slimming (store.slimLegacyReceipts: keyed hashes need
  // WebCrypto, which cannot run inside the upgrade's transaction).
  (db, tx) => {
    const receipts = tx.objectStore('receipts');
    receipts.createIndex('byExerciseTime', ['exercise', 'deliveredAt']);
    const meta = db.createObjectStore('meta');
    // Only requests of the upgrade's own transaction are awaited: it stays open for them.
    void receipts.count().then((kept) => {
      if (kept > 0) void meta.put(true, SLIM_RECEIPTS);
    });
  },
];

/** Open (or create and migrate) the database; rejects after `timeoutMs` if open hangs. */
export async function openHomeworkDb(timeoutMs: number, onVersionChange: () => void): Promise<Db> {
  if (typeof indexedDB === 'undefined' || indexedDB === null) throw new StorageError('storageUnavailable');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const opening = openDB<HomeworkDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      firstOpenCreated ??= oldVersion === 0;
      for (let version = oldVersion; version < DB_VERSION; version++) MIGRATIONS[version](db, tx);
    },
    // A newer version of the library wants to upgrade: step aside so it is not deadlocked.
    blocking(_current, _wanted, event) {
      const connection = event.target as IDBDatabase;
      connection.close();
      steppedAside.add(connection);
      onVersionChange();
    },
    terminated() {
      onVersionChange();
    },
  });
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StorageError('storageTimeout')), timeoutMs);
  });
  try {
    const db = await Promise.race([opening, timeout]);
    firstOpenCreated ??= false;
    return db;
  } catch (error) {
    // If open succeeds after we gave up, close it so it never blocks an upgrade.
    opening.then((db) => db.close()).catch(() => {});
    if (error instanceof StorageError) throw error;
    // A newer version of the library upgraded the database in another tab.
    if ((error as { name?: string } | null)?.name === 'VersionError')
      throw new StorageError('storageOutdated', { cause: error });
    throw new StorageError('storageUnavailable', { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

export class IdbStore implements HomeworkStore {
  readonly mode = 'indexeddb' as const;
  readonly fallbackReason = undefined;
  get createdByThisPage() {
    return databaseCreatedByThisPage();
  }
  private db: Db | null;

  constructor(
    db: Db,
    private readonly reopen: () => Promise<Db>,
  ) {
    this.db = db;
  }

  /** Called when the connection must be given up (upgrade elsewhere, or terminated). */
  release() {
    this.db?.close();
    this.db = null;
  }

  private async connection(): Promise<Db> {
    if (!this.db || steppedAside.has(unwrap(this.db))) this.db = await this.reopen();
    return this.db;
  }

  private async run<T>(work: (db: Db) => Promise<T>): Promise<T> {
    try {
      return await work(await this.connection());
    } catch (error) {
      throw toStorageError(error);
    }
  }

  getDraft(key: string) {
    return this.run((db) => db.get('drafts', key));
  }

  putDraft(draft: StoredDraft) {
    return this.run(async (db) => {
      const tx = db.transaction('drafts', 'readwrite');
      void tx.store.put(draft);
      // Commit now rather than when this page next runs its event loop: a draft written in
      // `beforeunload`/`pagehide` must not depend on the page living long enough to see
      // the put succeed (a reload inside the autosave delay lost it about one time in four).
      tx.commit();
      await tx.done;
    });
  }

  deleteDraft(key: string) {
    return this.run((db) => db.delete('drafts', key));
  }

  listDrafts() {
    return this.run((db) => db.getAll('drafts'));
  }

  queueEntry(draftKey: string, entry: OutboxEntry) {
    return this.run(async (db): Promise<QueueResult> => {
      // Strict durability: a submitted entry must survive a power cut right after "saved".
      const tx = db.transaction(['outbox', 'drafts', 'receipts'], 'readwrite', { durability: 'strict' });
      // Only requests of this transaction are awaited here, so it stays active.
      const [queued, delivered] = await Promise.all([
        tx.objectStore('outbox').getKey(entry.id),
        tx.objectStore('receipts').getKey(entry.id),
      ]);
      if (queued !== undefined || delivered !== undefined) {
        tx.abort();
        await tx.done.catch(() => {});
        return 'id-taken';
      }
      void tx.objectStore('outbox').add(entry);
      void tx.objectStore('drafts').delete(draftKey);
      // As for drafts: a page closed right after Submit must not take the entry with it.
      tx.commit();
      await tx.done;
      return 'queued';
    });
  }

  listOutbox() {
    return this.run((db) => db.getAll('outbox'));
  }

  getOutboxEntry(id: string) {
    return this.run((db) => db.get('outbox', id));
  }

  updateOutbox(entry: OutboxEntry) {
    return this.run(async (db) => {
      const tx = db.transaction('outbox', 'readwrite');
      // Only update what is still queued: another tab may have delivered it meanwhile.
      const store = tx.store;
      const request = store.get(entry.id).then((existing) => (existing ? store.put(entry) : undefined));
      await Promise.all([request, tx.done]);
    });
  }

  discardRejected(id: string) {
    return this.run(async (db) => {
      const tx = db.transaction('outbox', 'readwrite', { durability: 'strict' });
      // Checked in the same transaction: an entry sent meanwhile, or waiting, is never removed.
      const refused = (await tx.store.get(id))?.state === 'rejected';
      if (refused) void tx.store.delete(id);
      await tx.done;
      return refused;
    });
  }

  markDelivered(receipt: Receipt) {
    return this.run(async (db) => {
      try {
        // Relaxed: if a power cut undoes this, the entry is simply sent again with the same
        // Idempotency-Key and the server replays its answer. Nothing is lost or doubled, and a
        // backlog drains without waiting for a disk flush per entry.
        const tx = db.transaction(['outbox', 'receipts'], 'readwrite', { durability: 'relaxed' });
        void tx.objectStore('outbox').delete(receipt.id);
        void tx.objectStore('receipts').put(receipt);
        await tx.done;
        return true;
      } catch (error) {
        if ((error as { name?: string } | null)?.name !== 'QuotaExceededError') throw error;
        // No room for the receipt: the entry is delivered all the same, so it leaves the
        // outbox (a delete frees space) rather than being sent again on every flush.
        await db.delete('outbox', receipt.id);
        return false;
      }
    });
  }

  listReceipts(exercise: Exercise, since: number) {
    return this.run((db) =>
      db.getAllFromIndex('receipts', 'byExerciseTime', IDBKeyRange.bound([exercise, since], [exercise, Infinity])),
    );
  }

  pruneReceipts(ages: ReceiptAges, limit: number) {
    return this.run(async (db) => {
      // Found read-only first: most passes find nothing, and then nothing is written.
      const index = db.transaction('receipts').store.index('byExerciseTime');
      const expired: string[] = [];
      for (const [exercise, age] of Object.entries(ages) as [Exercise, number][]) {
        const range = IDBKeyRange.bound([exercise, -Infinity], [exercise, Date.now() - age]);
        let cursor = await index.openKeyCursor(range);
        for (; cursor && expired.length < limit; cursor = await cursor.continue()) expired.push(cursor.primaryKey);
      }
      if (!expired.length) return 0;
      const tx = db.transaction('receipts', 'readwrite', { durability: 'relaxed' });
      for (const id of expired) void tx.store.delete(id);
      await tx.done;
      return expired.length;
    });
  }

  /** Where this page's slimming pass got to: the receipts before it are slim already. */
  private slimmedUpTo: string | null = null;

  slimLegacyReceipts(slim: (legacy: LegacyReceipt) => Promise<Receipt>, limit: number) {
    return this.run(async (db) => {
      if ((await db.get('meta', SLIM_RECEIPTS)) === undefined) return 0;
      const legacy: LegacyReceipt[] = [];
      const after = this.slimmedUpTo === null ? undefined : IDBKeyRange.lowerBound(this.slimmedUpTo, true);
      let cursor = await db.transaction('receipts').store.openCursor(after);
      for (; cursor && legacy.length < limit; cursor = await cursor.continue()) {
        if ('entry' in cursor.value) legacy.push(cursor.value);
      }
      if (!legacy.length) {
        await db.delete('meta', SLIM_RECEIPTS);
        return 0;
      }
      // Encrypted and hashed before the write's transaction opens, so it cannot commit early.
      const slimmed = await Promise.all(legacy.map(slim));
      const tx = db.transaction('receipts', 'readwrite');
      for (const receipt of slimmed) {
        // Pruned meanwhile (another tab): stays gone.
        void tx.store.getKey(receipt.id).then((key) => {
          if (key !== undefined) void tx.store.put(receipt);
        });
      }
      await tx.done;
      this.slimmedUpTo = legacy[legacy.length - 1].id;
      return slimmed.length;
    });
  }

  getKey(name: string) {
    return this.run((db) => db.get('keys', name));
  }

  addKey(name: string, key: CryptoKey) {
    return this.run(async (db) => {
      const tx = db.transaction('keys', 'readwrite');
      const exists = (await tx.store.getKey(name)) !== undefined;
      if (!exists) void tx.store.add(key, name);
      await tx.done;
    });
  }

  clear() {
    return this.run(async (db) => {
      const stores = ['drafts', 'outbox', 'receipts', 'keys', 'meta'] as const;
      const tx = db.transaction(stores, 'readwrite', { durability: 'strict' });
      for (const store of stores) void tx.objectStore(store).clear();
      await tx.done;
    });
  }
}
