// Which entries the review puts first: an entry the client marked "Please look at this", and
// a mood check-in at or below the threshold the clinician set (by default the scale's lowest
// step), each with the client's own words beside it. Flags come only from what the client
// marked or rated and what the clinician set: no free text is read for meaning (keyword lists
// give false reassurance in any language). Computed over every record, so "no flagged
// entries" is said only when every one could be checked. Pure and DOM-free.
import type { Assignment } from '../core/assignment.js';
import type { Entry } from '../core/entry.js';
import { helpThreshold, type MoodRating } from '../exercises/mood-tracker.js';
import type { ReviewItem, ValidItem } from './review-item.js';
import { byTime } from './time-order.js';

/** A piece of the client's writing, by the review panel's label for it. */
export interface ClientWords {
  label: string;
  text: string;
}

export interface FlaggedEntry {
  item: ValidItem;
  /** The client marked it: "Please look at this". */
  marked: boolean;
  /** The overall mood when it is at or below `threshold`; otherwise null. */
  low: { mood: MoodRating; threshold: number } | null;
  /** What the client wrote in the entry, in its order, blanks left out: shown, never read. */
  words: ClientWords[];
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
    if (item.kind !== 'entry') continue;
    const { entry } = item;
    const marked = entry.data.flagged === true;
    let low: FlaggedEntry['low'] = null;
    if (entry.exercise === 'mood-tracker') {
      const assigned = entry.assignmentId ? byId.get(entry.assignmentId)?.helpAtOrBelow : undefined;
      const threshold = helpThreshold(entry.data.mood.scale, assigned);
      if (entry.data.mood.value <= threshold) low = { mood: entry.data.mood, threshold };
    }
    if (!marked && !low) continue;
    flagged.push({ item, marked, low, words: wordsOf(entry).filter((words) => words.text.trim() !== '') });
  }
  return {
    flagged: byTime(flagged, (flag) => flag.item.entry.completedAt, 'newest'),
    unchecked: items.filter((item) => item.kind !== 'entry'),
  };
}

/** Every free-text answer of the entry with the panel's label key for it. */
function wordsOf(entry: Entry): ClientWords[] {
  const reflection = { label: 'rp.reflection', text: entry.engagement.selfReview.reflection };
  switch (entry.exercise) {
    case 'mood-tracker': {
      const { note, trigger, doing, withWhom } = entry.data;
      return [
        { label: 'rp.mood.note', text: note },
        { label: 'rp.mood.trigger', text: trigger },
        { label: 'rp.mood.doing', text: doing },
        { label: 'rp.mood.withWhom', text: withWhom },
        reflection,
      ];
    }
    case 'thought-record': {
      const { situation, thoughts, balancedThought } = entry.data;
      return [
        { label: 'rp.tr.situation', text: situation },
        ...thoughts.map((thought) => ({ label: thought.hot ? 'rp.tr.hot' : 'rp.tr.thoughts', text: thought.text })),
        { label: 'rp.tr.balanced', text: balancedThought },
        reflection,
      ];
    }
    case 'behavioural-experiment': {
      const { targetBelief, outcome, learned } = entry.data;
      return [
        { label: 'rp.be.targetBelief', text: targetBelief },
        { label: 'rp.be.outcome', text: outcome },
        { label: 'rp.be.learned', text: learned },
        reflection,
      ];
    }
  }
}
