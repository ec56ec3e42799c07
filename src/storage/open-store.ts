// Which store a page uses: IndexedDB when it opens in time, memory otherwise. One store
// per page, shared by every widget, opened lazily (never at import, so SSR imports work).
import { IdbStore, openHomeworkDb } from './idb-store.js';
import { MemoryStore } from './memory-store.js';
import { StorageError, type HomeworkStore } from './records.js';

// Drafts are read and sealed through the store: the vault comes in the same chunk (src/lazy/store.ts).
export { DraftVault } from './draft-vault.js';
export { earlierRunsOnDevice, moodCheckIns } from './device-history.js';

/** How long `indexedDB.open` may take before we stop waiting and work in memory. */
export const OPEN_TIMEOUT_MS = 3_000;

let shared: Promise<HomeworkStore> | null = null;

export function getStore(): Promise<HomeworkStore> {
  shared ??= openStore(OPEN_TIMEOUT_MS);
  return shared;
}

/** Close and forget the shared store, so the next use opens it afresh (tests; sign-out). */
export async function resetStore(): Promise<void> {
  const store = await shared;
  shared = null;
  if (store instanceof IdbStore) store.release();
}

export async function openStore(timeoutMs: number): Promise<HomeworkStore> {
  let store: IdbStore | undefined;
  const release = () => store?.release();
  const open = () => openHomeworkDb(timeoutMs, release);
  try {
    store = new IdbStore(await open(), open);
    return store;
  } catch (error) {
    const reason = error instanceof StorageError ? error.problem : 'storageUnavailable';
    return new MemoryStore(reason);
  }
}
