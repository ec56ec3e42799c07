// Old work on this device: drafts left untouched for weeks and entries the endpoint
// refused. Nothing expires on its own; after OLD_WORK_DAYS a host asks the client whether to
// keep or discard them, and discards only what the client chose.
import type { Exercise } from '../core/assignment.js';
import { getStore } from '../lazy/store.js';
import { OLD_WORK_DAYS } from './old-work-age.js';

export { OLD_WORK_DAYS };
const DAY_MS = 86_400_000;

export interface OldWork {
  /** Drafts last changed before the cut-off (sealed ones too: these fields stay readable). */
  drafts: { key: string; exercise: Exercise; updatedAt: string }[];
  /** Entries the endpoint refused (4xx), queued before the cut-off, with its reason. */
  refused: { id: string; exercise: Exercise; queuedAt: number; message?: string }[];
}

/** What is older than `days`: for the host to show the client, who decides what goes. */
export async function findOldWork(days = OLD_WORK_DAYS): Promise<OldWork> {
  const store = await getStore();
  const before = Date.now() - days * DAY_MS;
  const drafts = (await store.listDrafts())
    .filter((draft) => Date.parse(draft.updatedAt) < before)
    .map(({ key, exercise, updatedAt }) => ({ key, exercise, updatedAt }));
  const refused = (await store.listOutbox())
    .filter((item) => item.state === 'rejected' && item.queuedAt < before)
    .map(({ id, entry, queuedAt, lastError }) => ({ id, exercise: entry.exercise, queuedAt, message: lastError }));
  return { drafts, refused };
}

/**
 * Discard refused entries the client chose to let go. Only refused ones: an entry still
 * waiting to be sent is never removed here, whatever id is passed. Resolves how many went.
 */
export async function discardRefused(ids: readonly string[]): Promise<number> {
  const store = await getStore();
  let discarded = 0;
  for (const id of ids) if (await store.discardRejected(id)) discarded++;
  return discarded;
}
