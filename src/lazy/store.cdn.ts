// Classic-script twin of store.ts: the script holds the store anyway, so no chunk to wait for.
export { getStore } from '../storage/open-store.js';
import { DraftVault, earlierRunsOnDevice, moodCheckIns } from '../storage/open-store.js';

export const loadDraftVault = () => Promise.resolve(DraftVault);
export const loadReceipts = () => Promise.resolve({ earlierRunsOnDevice, moodCheckIns });
