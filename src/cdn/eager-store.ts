// The classic script holds everything anyway: the store without the lazy chunk's wrapper
// (see src/storage/lazy-store.ts, which this replaces in that build only).
export { getStore } from '../storage/open-store.js';
import { DraftVault, earlierRunsOnDevice, moodCheckIns } from '../storage/open-store.js';

export const loadDraftVault = () => Promise.resolve(DraftVault);
export const loadReceipts = () => Promise.resolve({ earlierRunsOnDevice, moodCheckIns });
