// Which entries the review puts first: a mood check-in at or below the threshold the
// clinician set (by default the scale's lowest step), with the client's own words beside it.
// Flags come only from what the client rated and what the clinician set: no free text is
// read for meaning (keyword lists give false reassurance in any language). Computed over
// every record, so "no flagged entries" is said only when every one could be checked.
// Pure and DOM-free.
import type { Assignment } from '../core/assignment.js';
import type { MoodTrackerEntry } from '../core/entry.js';
import { helpThreshold } from '../exercises/mood-tracker.js';
import type { ReviewItem, ValidItem } from './review-item.js';
import { byTime } from './time-order.js';

export interface FlaggedEntry {
  item: ValidItem;
  /** The overall mood as rated, on its scale. */
  mood: { value: number; scale: MoodTrackerEntry['data']['mood']['scale'] };
  /** At or below this the entry is flagged (on the entry's scale). */
  threshold: number;
  /** What the client wrote in the entry, in its order, blanks left out: shown, never read. */
  words: { field: 'note' | 'trigger' | 'doing' | 'withWhom' | 'reflection'; text: string }[];
}

export interface FlagReview {
  /** Newest first. */
  flagged: FlaggedEntry[];
  /** Records that could not be checked (not valid, or a version this library does not know). */
  unchecked: ReviewItem[];
}

export function reviewFlags(items: readonly ReviewItem[], assignments: readonly Assignment[] = []): FlagReview {
  const byId = new Map(assignments.map((assignment) => [assignment.id, assignment]));
  const flagged: FlaggedEntry[] = [];
  for (const item of items) {
    if (item.kind !== 'entry' || item.entry.exercise !== 'mood-tracker') continue;
    const { data, assignmentId, engagement } = item.entry;
    const assigned = assignmentId ? byId.get(assignmentId)?.helpAtOrBelow : undefined;
    const threshold = helpThreshold(data.mood.scale, assigned);
    if (data.mood.value > threshold) continue;
    const words: FlaggedEntry['words'] = [
      ...(['note', 'trigger', 'doing', 'withWhom'] as const).map((field) => ({ field, text: data[field] })),
      { field: 'reflection', text: engagement.selfReview.reflection },
    ];
    flagged.push({
      item,
      mood: data.mood,
      threshold,
      words: words.filter((word) => word.text.trim() !== ''),
    });
  }
  return {
    flagged: byTime(flagged, (flag) => flag.item.entry.completedAt, 'newest'),
    unchecked: items.filter((item) => item.kind !== 'entry'),
  };
}
