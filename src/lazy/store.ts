// The device store (idb, the IndexedDB and in-memory stores) as a chunk of its own: a
// widget's first paint ("Loading…") does not wait for it, and the npm build keeps it out
// of every element's first load (see bench/README.md, "Size budgets"). Same promise API as open-store.
import { onDemand } from '../core/on-demand.js';
import type { DraftVault } from '../storage/draft-vault.js';
import type { HomeworkStore } from '../storage/records.js';

const loadStoreModule = onDemand('open-store', () => import('../storage/open-store.js'));

export function getStore(): Promise<HomeworkStore> {
  // Once loaded, the store is asked at once, as before: a write started in `beforeunload`
  // must reach IndexedDB without waiting a turn for the module.
  const loaded = loadStoreModule.loaded();
  if (loaded) return loaded.getStore();
  return loadStoreModule().then((module) => module.getStore());
}

type StoreModule = typeof import('../storage/open-store.js');

/** What the widgets read back from the device (receipts may be sealed) comes in the store's chunk too. */
export function loadReceipts(): Promise<Pick<StoreModule, 'moodCheckIns' | 'earlierRunsOnDevice'>> {
  const loaded = loadStoreModule.loaded();
  if (loaded) return Promise.resolve(loaded);
  return loadStoreModule();
}

/** The draft vault's class: it reads and writes through the store, so it comes in the store's chunk. */
export function loadDraftVault(): Promise<typeof DraftVault> {
  const loaded = loadStoreModule.loaded();
  if (loaded) return Promise.resolve(loaded.DraftVault);
  return loadStoreModule().then((module) => module.DraftVault);
}
