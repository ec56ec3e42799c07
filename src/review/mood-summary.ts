// Mood check-ins over the whole range shown: per day and per week, by time of day, by day
// of week (the client's wall clock), and by activity with mastery and pleasure. Built on the
// client history's grouping (exercises/mood-history.ts). Means and counts only.
import type { MoodTrackerEntry } from '../core/entry.js';
import { summariseMood, type Average, type DaySummary, type MoodHistory } from '../exercises/mood-history.js';
import { moodLevel, type MoodScale } from '../exercises/mood-tracker.js';

export interface WeekSummary extends Average {
  /** The Monday that starts the week, YYYY-MM-DD. */
  week: string;
  min: number | null;
  max: number | null;
}

export interface ActivitySummary {
  /** As the client first wrote it. */
  name: string;
  count: number;
  /** Mean mood level 0..1 at check-ins with this activity. */
  mood: number | null;
  /** Mean 0-10 ratings over the check-ins that rated them; null when none did. */
  mastery: number | null;
  pleasure: number | null;
}

export interface MoodSummary {
  count: number;
  /** The scale most check-ins were given on: what levels are shown on. */
  scale: MoodScale;
  /** First and last calendar day with a check-in, YYYY-MM-DD; null when there are none. */
  first: string | null;
  last: string | null;
  history: MoodHistory | null;
  weeks: WeekSummary[];
  /** Most check-ins first. */
  activities: ActivitySummary[];
  /** Check-ins older than the longest range drawn (years back), counted but not placed. */
  outside: number;
}

const DAY_MS = 86_400_000;
/** About ten years: a wrong clock must not make the chart a million days wide. */
export const MAX_MOOD_DAYS = 3660;

const dayNumber = (day: string) =>
  Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS;
const dayString = (dayNum: number) => new Date(dayNum * DAY_MS).toISOString().slice(0, 10);

export function summariseMoodEntries(entries: readonly MoodTrackerEntry[]): MoodSummary {
  const points = entries.map((entry) => ({ id: entry.id, at: entry.data.at, mood: entry.data.mood, sent: true }));
  const days = points.map((point) => point.at.slice(0, 10)).sort();
  const scale = mostCommonScale(entries);
  if (!points.length) {
    return { count: 0, scale, first: null, last: null, history: null, weeks: [], activities: [], outside: 0 };
  }
  const last = days[days.length - 1];
  const span = Math.min(MAX_MOOD_DAYS, dayNumber(last) - dayNumber(days[0]) + 1);
  const history = summariseMood(points, last, span);
  return {
    count: points.length,
    scale,
    first: history.days.find((day) => day.count)?.day ?? days[0],
    last,
    history,
    weeks: weeksOf(history.days),
    activities: byActivity(entries),
    outside: points.length - history.points.length,
  };
}

function mostCommonScale(entries: readonly MoodTrackerEntry[]): MoodScale {
  const counts = new Map<MoodScale, number>();
  for (const entry of entries) counts.set(entry.data.mood.scale, (counts.get(entry.data.mood.scale) ?? 0) + 1);
  let best: MoodScale = '0-10';
  for (const [scale, count] of counts) if (count > (counts.get(best) ?? 0)) best = scale;
  return best;
}

/** Monday-started weeks from the day summaries, with the daily means weighted by count. */
export function weeksOf(days: readonly DaySummary[]): WeekSummary[] {
  const weeks = new Map<string, { sum: number; count: number; min: number | null; max: number | null }>();
  for (const day of days) {
    const dayNum = dayNumber(day.day);
    // 1970-01-01 was a Thursday: (dayNum + 3) % 7 is days since Monday.
    const monday = dayString(dayNum - ((((dayNum + 3) % 7) + 7) % 7));
    let week = weeks.get(monday);
    if (!week) weeks.set(monday, (week = { sum: 0, count: 0, min: null, max: null }));
    if (!day.count || day.mean === null) continue;
    week.sum += day.mean * day.count;
    week.count += day.count;
    week.min = Math.min(week.min ?? 1, day.min ?? 1);
    week.max = Math.max(week.max ?? 0, day.max ?? 0);
  }
  return [...weeks].map(([week, { sum, count, min, max }]) => ({
    week,
    count,
    mean: count ? sum / count : null,
    min,
    max,
  }));
}

function byActivity(entries: readonly MoodTrackerEntry[]): ActivitySummary[] {
  const groups = new Map<
    string,
    { name: string; count: number; mood: number[]; mastery: number[]; pleasure: number[] }
  >();
  for (const entry of entries) {
    const activity = entry.data.activity;
    const name = activity?.name.trim();
    if (!activity || !name) continue;
    const key = name.replace(/\s+/g, ' ').toLocaleLowerCase();
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { name, count: 0, mood: [], mastery: [], pleasure: [] }));
    group.count++;
    group.mood.push(moodLevel(entry.data.mood));
    if (activity.mastery !== undefined) group.mastery.push(activity.mastery);
    if (activity.pleasure !== undefined) group.pleasure.push(activity.pleasure);
  }
  return [...groups.values()]
    .map((group) => ({
      name: group.name,
      count: group.count,
      mood: mean(group.mood),
      mastery: mean(group.mastery),
      pleasure: mean(group.pleasure),
    }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/**
 * Averages by time of day and by weekday say something only from enough check-ins spread
 * over enough days: below this, each cell is one or two check-ins and reads like a pattern
 * that is not there. A week of daily check-ins is the least that can show one.
 */
export const PATTERN_MIN_CHECK_INS = 7;
export const PATTERN_MIN_DAYS = 3;

/** Whether the time-of-day and weekday tables are shown (see PATTERN_MIN_CHECK_INS). */
export function showsPatterns(summary: MoodSummary): boolean {
  const days = summary.history?.days.filter((day) => day.count).length ?? 0;
  return summary.count >= PATTERN_MIN_CHECK_INS && days >= PATTERN_MIN_DAYS;
}

export function mean(values: readonly number[]): number | null {
  return values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null;
}
