// Thought records at a glance: per record the moods before and after with the change, the
// hot thought and the balanced thought; across records, how often each thinking pattern was
// chosen. Counts and differences of what the client wrote; nothing is scored or interpreted.
import type { ThoughtRecordEntry } from '../core/entry.js';
import { mayNotHaveBeenRated } from '../exercises/thought-record.js';
import { byTime } from './time-order.js';

export interface MoodChange {
  name: string;
  /** Null when the client named the mood but did not rate it. */
  before: number | null;
  /** A version-1 rating of exactly 50, which may be the old default rather than the client's. */
  beforeUncertain: boolean;
  /** Null when the client did not re-rate it (3-column records, or left out). */
  after: number | null;
  /** after - before, or null. */
  change: number | null;
}

export interface ThoughtRecordRow {
  id: string;
  at: string;
  columns: 3 | 5 | 7;
  situation: string;
  moods: MoodChange[];
  /** The thought the client marked as hot; null when none was marked. */
  hotThought: string | null;
  /** Belief in the hot thought (0-100) when written and at the end; null where not rated. */
  hotBelief: { before: number | null; after: number | null; change: number | null };
  /** How many thoughts the client wrote. */
  thoughtCount: number;
  balancedThought: string;
  balancedBelief: number | null;
  distortions: string[];
}

export interface LabelCount {
  label: string;
  count: number;
}

export interface ThoughtRecordSummary {
  count: number;
  /** Newest first. */
  rows: ThoughtRecordRow[];
  /** Most frequent first; ties in alphabetical order, so the order is stable. */
  distortions: LabelCount[];
  /** Records with at least one mood re-rated. */
  rerated: number;
}

export function thoughtRecordRow(entry: ThoughtRecordEntry): ThoughtRecordRow {
  const { data } = entry;
  const hot = data.thoughts.find((thought) => thought.hot);
  return {
    id: entry.id,
    at: entry.completedAt,
    columns: data.columns,
    situation: data.situation,
    moods: data.moods.map((mood) => ({
      name: mood.name,
      before: mood.intensity ?? null,
      beforeUncertain: mayNotHaveBeenRated(entry.schema, mood.intensity),
      after: mood.rerated ?? null,
      change: mood.rerated === undefined || mood.intensity === undefined ? null : mood.rerated - mood.intensity,
    })),
    hotThought: hot ? hot.text : null,
    hotBelief: change(hot?.belief, data.hotBeliefAfter),
    thoughtCount: data.thoughts.filter((thought) => thought.text.trim()).length,
    balancedThought: data.balancedThought,
    balancedBelief: data.balancedBelief ?? null,
    distortions: data.distortions,
  };
}

function change(before: number | undefined, after: number | undefined) {
  return {
    before: before ?? null,
    after: after ?? null,
    change: before === undefined || after === undefined ? null : after - before,
  };
}

export function countLabels(lists: Iterable<readonly string[]>): LabelCount[] {
  const counts = new Map<string, number>();
  for (const list of lists) {
    // A label chosen twice in one record counts once for that record.
    for (const label of new Set(list)) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

export function summariseThoughtRecords(entries: readonly ThoughtRecordEntry[]): ThoughtRecordSummary {
  const rows = byTime(entries.map(thoughtRecordRow), (row) => row.at, 'newest');
  return {
    count: rows.length,
    rows,
    distortions: countLabels(rows.map((row) => row.distortions)),
    rerated: rows.filter((row) => row.moods.some((mood) => mood.after !== null)).length,
  };
}
