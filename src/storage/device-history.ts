// What the widgets read back from this device: the mood history's check-ins and an
// experiment's earlier runs. Each reads the outbox (what is still waiting, a bounded set)
// and one exercise's receipts through the (exercise, time) index, never every receipt.
import type { EarlierRun } from '../exercises/behavioural-experiment-schema.js';
import { BEHAVIOURAL_EXPERIMENT } from '../exercises/behavioural-experiment.js';
import { earlierRuns } from '../exercises/experiment-runs.js';
import { beliefKey, readReceipt } from './receipts.js';
import type { HomeworkStore } from './records.js';

/** A check-in as stored, for the history view to check and place (its moodPoint). */
export interface StoredCheckIn {
  entry: { id: string; exercise: string; data: unknown };
  /** Delivered (a receipt) or still waiting in the outbox. */
  sent: boolean;
}

/**
 * Check-ins of `subject` since `since` (epoch ms). One browser profile may serve several
 * clients (a shared family computer): each sees only their own.
 */
export async function moodCheckIns(store: HomeworkStore, subject: string | null, since: number) {
  const byId = new Map<string, StoredCheckIn>();
  try {
    // Outbox first: an entry delivered between the two reads then shows once, as sent.
    for (const { entry } of await store.listOutbox()) {
      if (entry.exercise === 'mood-tracker' && (entry.subject ?? null) === subject)
        byId.set(entry.id, { entry, sent: false });
    }
    // Only receipts delivered in the window can hold a check-in from it (at <= delivery).
    for (const { id, exercise, ...receipt } of await store.listReceipts('mood-tracker', since)) {
      const details = await readReceipt(store, { id, exercise, ...receipt });
      if (!details?.mood || details.subject !== subject) continue;
      const { at, value, scale } = details.mood;
      byId.set(id, { entry: { id, exercise, data: { at, mood: { value, scale } } }, sent: true });
    }
  } catch {
    // Storage trouble is shown by the check-in itself; the history shows what it could read.
  }
  return [...byId.values()];
}

/** Earlier runs of an experiment with the same target belief, oldest first. */
export async function earlierRunsOnDevice(store: HomeworkStore, target: string): Promise<EarlierRun[]> {
  // Outbox first: an entry delivered between the two reads is then found as a receipt.
  const queued = await store.listOutbox();
  const runs = new Map(
    earlierRuns(
      queued.map((item) => item.entry),
      target,
    ).map((run) => [run.entryId, run]),
  );
  // Their age is bounded by pruning (RECEIPT_AGES), so this read stays small.
  const delivered = await store.listReceipts(BEHAVIOURAL_EXPERIMENT, -Infinity);
  const key = delivered.length && target.trim() ? await beliefKey(store, target) : null;
  for (const receipt of key ? delivered : []) {
    const details = await readReceipt(store, receipt);
    const run = details?.experiment;
    if (!run || run.beliefKey !== key) continue;
    runs.set(receipt.id, {
      entryId: receipt.id,
      beliefBefore: run.before,
      beliefAfter: run.after,
      completedAt: details.completedAt,
    });
  }
  return [...runs.values()].sort((a, b) => Date.parse(a.completedAt) - Date.parse(b.completedAt));
}
