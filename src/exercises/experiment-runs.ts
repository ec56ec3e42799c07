// Linking repeats of a behavioural experiment: runs with the same target belief, found
// among the entries and receipts kept on the device. Pure; apart from the exercise's own
// module, so the widget's first load does not carry what only its stored history needs.
import type { BehaviouralExperimentData, EarlierRun } from './behavioural-experiment-schema.js';
import { BEHAVIOURAL_EXPERIMENT } from './behavioural-experiment.js';

/** Two wordings of a belief count as the same when they differ only in case and spacing. */
export function sameBelief(a: string, b: string): boolean {
  return normalBelief(a) !== '' && normalBelief(a) === normalBelief(b);
}

/** The form of a belief two wordings share when they are the same belief (see sameBelief). */
export function normalBelief(belief: string): string {
  return belief.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

interface StoredEntry {
  id: string;
  exercise: string;
  completedAt: string;
  data: unknown;
}

/** Earlier experiments with the same target belief among entries kept on the device, oldest first. */
export function earlierRuns(entries: readonly StoredEntry[], targetBelief: string): EarlierRun[] {
  const runs = new Map<string, EarlierRun>();
  for (const entry of entries) {
    if (entry.exercise !== BEHAVIOURAL_EXPERIMENT) continue;
    const data = entry.data as Partial<BehaviouralExperimentData> | null;
    if (typeof data?.targetBelief !== 'string' || !sameBelief(data.targetBelief, targetBelief)) continue;
    runs.set(entry.id, {
      entryId: entry.id,
      beliefBefore: data.targetBeliefBefore,
      beliefAfter: data.targetBeliefAfter,
      completedAt: entry.completedAt,
    });
  }
  return [...runs.values()].sort((a, b) => Date.parse(a.completedAt) - Date.parse(b.completedAt));
}
