// The "since last session" brief: what arrived since a date, and the state of each
// assignment the host names.
//
// The rule for an assignment's state (entries are matched by `assignmentId`, at any time,
// because an assignment id names one piece of homework):
// - completed: at least one entry finished the exercise (a behavioural experiment counts
//   once its outcome is recorded);
// - in progress: entries arrived but none finished it (an experiment sent as a plan alone);
// - not started: no entry for it.
// Drafts stay on the client's device until they submit, so the panel cannot see work begun
// and not sent: "not started" means "nothing received".
import type { Assignment } from '../core/assignment.js';
import type { Entry } from '../core/entry.js';
import { isDay } from './filters.js';
import { itemDay, type ReviewItem } from './review-item.js';
import { byTime } from './time-order.js';

export const ASSIGNMENT_STATES = ['not-started', 'in-progress', 'completed'] as const;
export type AssignmentState = (typeof ASSIGNMENT_STATES)[number];

export interface AssignmentProgress {
  assignment: Assignment;
  state: AssignmentState;
  /** Entries received for it (all time). */
  entries: number;
  /** Of those, since the brief's date. */
  entriesSince: number;
  /** The newest entry's time, or null. */
  lastAt: string | null;
}

export interface SinceBrief {
  /** YYYY-MM-DD, or null: the brief covers everything. */
  since: string | null;
  /** Items since the date (all kinds, so a damaged record is counted too). */
  items: number;
  byExercise: { exercise: Entry['exercise'] | 'other'; count: number }[];
  /** Records since the date that could not be read as an entry. */
  unreadable: number;
  assignments: AssignmentProgress[];
  /** Entries since the date for assignments the host did not list (or self-started). */
  unassigned: number;
}

/** Whether an entry finishes its exercise. */
export function finishes(entry: Entry): boolean {
  return entry.exercise !== 'behavioural-experiment' || entry.data.phaseCompleted === 'outcome';
}

export function isSince(item: ReviewItem, since: string | null): boolean {
  if (!since) return true;
  const day = itemDay(item);
  // An undated record may be new: it is counted rather than silently left out.
  return day === null || day >= since;
}

export function sinceBrief(
  items: readonly ReviewItem[],
  sinceInput: string | null | undefined,
  assignments: readonly Assignment[] = [],
): SinceBrief {
  const since = sinceInput && isDay(sinceInput.slice(0, 10)) ? sinceInput.slice(0, 10) : null;
  const recent = items.filter((item) => isSince(item, since));
  const order = ['thought-record', 'behavioural-experiment', 'mood-tracker', 'other'] as const;
  const counts = new Map<string, number>();
  for (const item of recent) {
    const exercise = item.kind === 'entry' ? item.entry.exercise : 'other';
    counts.set(exercise, (counts.get(exercise) ?? 0) + 1);
  }
  const listed = new Set(assignments.map((assignment) => assignment.id));
  return {
    since,
    items: recent.length,
    byExercise: order.filter((e) => counts.has(e)).map((exercise) => ({ exercise, count: counts.get(exercise)! })),
    unreadable: recent.filter((item) => item.kind !== 'entry').length,
    assignments: assignments.map((assignment) => progressOf(assignment, items, since)),
    unassigned: recent.filter(
      (item) => item.kind === 'entry' && !(item.entry.assignmentId && listed.has(item.entry.assignmentId)),
    ).length,
  };
}

function progressOf(assignment: Assignment, items: readonly ReviewItem[], since: string | null): AssignmentProgress {
  const entries = items.filter(
    (item): item is Extract<ReviewItem, { kind: 'entry' }> =>
      item.kind === 'entry' && item.entry.assignmentId === assignment.id,
  );
  const state: AssignmentState = !entries.length
    ? 'not-started'
    : entries.some((item) => finishes(item.entry))
      ? 'completed'
      : 'in-progress';
  const newest = entries.length
    ? byTime(entries, (item) => item.entry.completedAt, 'newest')[0].entry.completedAt
    : null;
  return {
    assignment,
    state,
    entries: entries.length,
    entriesSince: entries.filter((item) => isSince(item, since)).length,
    lastAt: newest,
  };
}
