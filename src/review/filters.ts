// Which items the panel shows and in what order. Dates are the client's calendar days
// (as written with their offset), so "1 March" means 1 March where the client was.
import { itemDay, type ReviewItem } from './review-item.js';

/** `all`, one exercise, or `other` (records the library could not read as an exercise it knows). */
export type ExerciseFilter = 'all' | 'thought-record' | 'mood-tracker' | 'behavioural-experiment' | 'other';

export const SORT_ORDERS = ['newest', 'oldest', 'exercise'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export interface ReviewFilter {
  exercise: ExerciseFilter;
  /** YYYY-MM-DD, inclusive; empty: no bound. */
  from: string;
  /** YYYY-MM-DD, inclusive; empty: no bound. */
  to: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function matchesFilter(item: ReviewItem, filter: ReviewFilter): boolean {
  if (filter.exercise !== 'all') {
    const exercise = item.kind === 'entry' ? item.entry.exercise : 'other';
    if (exercise !== filter.exercise) return false;
  }
  const from = DAY.test(filter.from) ? filter.from : '';
  const to = DAY.test(filter.to) ? filter.to : '';
  if (!from && !to) return true;
  const day = itemDay(item);
  // A record without a readable date cannot be placed in a range, but it must not vanish:
  // it stays visible, so a damaged entry is never hidden by a date filter.
  if (day === null) return item.kind !== 'entry';
  return (!from || day >= from) && (!to || day <= to);
}

export function filterItems(items: readonly ReviewItem[], filter: ReviewFilter): ReviewItem[] {
  return items.filter((item) => matchesFilter(item, filter));
}

const EXERCISE_ORDER: Record<string, number> = {
  'thought-record': 0,
  'behavioural-experiment': 1,
  'mood-tracker': 2,
};

/** Stable; undated records go last in either direction. */
export function sortItems(items: readonly ReviewItem[], order: SortOrder): ReviewItem[] {
  const byTime = (a: ReviewItem, b: ReviewItem) => {
    const x = a.atMs;
    const y = b.atMs;
    if (Number.isNaN(x) || Number.isNaN(y)) return Number(Number.isNaN(x)) - Number(Number.isNaN(y));
    return order === 'oldest' ? x - y : y - x;
  };
  const rank = (item: ReviewItem) => (item.kind === 'entry' ? EXERCISE_ORDER[item.entry.exercise] : 3);
  return [...items].sort(order === 'exercise' ? (a, b) => rank(a) - rank(b) || byTime(a, b) : byTime);
}

export function isDay(value: string): boolean {
  return DAY.test(value);
}
