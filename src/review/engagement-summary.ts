// How the client engaged, beside what they completed: active
// time, sittings, the fields they filled, their own 0-4 ratings, obstacles they named and
// what they take from it. Counts, sums and a median of what was recorded; no score.
import type { SelfReview } from '../core/engagement-schema.js';
import { OBSTACLES } from '../core/self-review.js';
import type { Entry } from '../core/entry.js';
import { byTime } from './time-order.js';

export const SELF_RATINGS = ['effort', 'usefulness', 'difficulty'] as const;
export type SelfRating = (typeof SELF_RATINGS)[number];

/** Something the client wrote in their own words about an entry. */
export interface Reflection {
  entryId: string;
  exercise: Entry['exercise'];
  at: string;
  text: string;
  /** Their "what I take from this" line, or the free note of a mood check-in. */
  source: 'reflection' | 'note';
}

export interface EngagementSummary {
  entries: number;
  activeSeconds: number;
  /** Median active time per entry, in seconds; null without entries. */
  medianActiveSeconds: number | null;
  sittings: number;
  /** Entries the client came back to (more than one sitting). */
  returnedTo: number;
  fieldsFilled: number;
  fieldsOffered: number;
  /** For each self-rating: how many entries gave 0, 1, 2, 3, 4; and how many gave none. */
  ratings: Record<SelfRating, { counts: number[]; unrated: number }>;
  /** Every obstacle, in the order the client is offered them, with how often it was named. */
  obstacles: { obstacle: SelfReview['obstacles'][number]; count: number }[];
  /** Reflections and mood notes, newest first, non-empty only. */
  reflections: Reflection[];
}

export function summariseEngagement(entries: readonly Entry[]): EngagementSummary {
  const ratings = Object.fromEntries(
    SELF_RATINGS.map((rating) => [rating, { counts: [0, 0, 0, 0, 0], unrated: 0 }]),
  ) as EngagementSummary['ratings'];
  const obstacleCounts = new Map<string, number>();
  const active: number[] = [];
  const summary = { activeSeconds: 0, sittings: 0, returnedTo: 0, fieldsFilled: 0, fieldsOffered: 0 };
  const reflections: Reflection[] = [];
  for (const entry of entries) {
    const { engagement } = entry;
    const review = engagement.selfReview;
    active.push(engagement.activeSeconds);
    summary.activeSeconds += engagement.activeSeconds;
    summary.sittings += engagement.sittings;
    if (engagement.sittings > 1) summary.returnedTo++;
    summary.fieldsFilled += engagement.fieldsFilled;
    summary.fieldsOffered += engagement.fieldsOffered;
    for (const rating of SELF_RATINGS) {
      const value = review[rating];
      if (value === undefined) ratings[rating].unrated++;
      else ratings[rating].counts[value]++;
    }
    for (const obstacle of new Set(review.obstacles))
      obstacleCounts.set(obstacle, (obstacleCounts.get(obstacle) ?? 0) + 1);
    const about = { entryId: entry.id, exercise: entry.exercise, at: entry.completedAt };
    if (review.reflection.trim()) reflections.push({ ...about, text: review.reflection, source: 'reflection' });
    if (entry.exercise === 'mood-tracker' && entry.data.note.trim()) {
      reflections.push({ ...about, text: entry.data.note, source: 'note' });
    }
  }
  return {
    entries: entries.length,
    ...summary,
    medianActiveSeconds: median(active),
    ratings,
    obstacles: OBSTACLES.map((obstacle) => ({ obstacle, count: obstacleCounts.get(obstacle) ?? 0 })),
    reflections: byTime(reflections, (r) => r.at, 'newest'),
  };
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
