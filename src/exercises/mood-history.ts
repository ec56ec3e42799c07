// The client's own mood history: check-ins grouped by day, time of day and day of week
// over the last 7 or 30 days. Pure and DOM-free; it counts and averages, never interprets.
import { isMoodScale, moodLevel, SCALE_RANGE, type MoodRating } from './mood-tracker.js';

/** One check-in as the history sees it. Times are the wall-clock time where the client was. */
export interface MoodPoint {
  id: string;
  /** ISO 8601 with the offset of the device at the time. */
  at: string;
  mood: MoodRating;
  /** Delivered (a receipt) or still waiting in the outbox. */
  sent: boolean;
}

/** A point placed in a window: which day (0 = first) and what hour of that day. */
export interface PlacedPoint extends MoodPoint {
  dayIndex: number;
  hour: number;
  level: number;
}

export interface Average {
  count: number;
  /** Mean level 0..1, or null when there is nothing to average. */
  mean: number | null;
}

export interface DaySummary extends Average {
  /** YYYY-MM-DD */
  day: string;
  min: number | null;
  max: number | null;
  unsent: number;
}

export const TIMES_OF_DAY = ['night', 'morning', 'afternoon', 'evening'] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];

export interface MoodHistory {
  /** Every day of the window, oldest first, empty days included. */
  days: DaySummary[];
  points: PlacedPoint[];
  overall: DaySummary;
  /** In TIMES_OF_DAY order: 0-6, 6-12, 12-18, 18-24 h. */
  timesOfDay: Average[];
  /** Monday first. */
  weekdays: Average[];
}

const DAY_MS = 86_400_000;
const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

/** A receipt's or queued entry's check-in, or null for anything else (other exercises, damaged data). */
export function moodPoint(entry: { id: string; exercise: string; data: unknown }, sent: boolean): MoodPoint | null {
  if (entry.exercise !== 'mood-tracker') return null;
  // Checked by hand, as the mood rating's schema would (an integer within its scale): the
  // history renders with the widget, before the schemas (and zod) have loaded.
  const data = entry.data as { at?: unknown; mood?: { value?: unknown; scale?: unknown } } | null;
  if (typeof data !== 'object' || data === null || typeof data.at !== 'string' || !LOCAL_TIME.test(data.at))
    return null;
  const { value, scale } = (typeof data.mood === 'object' && data.mood) || {};
  if (!isMoodScale(scale) || !Number.isSafeInteger(value)) return null;
  const rating = value as number;
  if (rating < SCALE_RANGE[scale][0] || rating > SCALE_RANGE[scale][1]) return null;
  return { id: entry.id, at: data.at, mood: { value: rating, scale }, sent };
}

/** Days since 1970-01-01 of a YYYY-MM-DD date, ignoring time zones (it is a calendar date). */
function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS;
}

function dayString(dayNum: number): string {
  return new Date(dayNum * DAY_MS).toISOString().slice(0, 10);
}

/** The device's local calendar date of an instant, YYYY-MM-DD. */
export function localDay(epochMs: number): string {
  const d = new Date(epochMs);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

class Tally {
  count = 0;
  private sum = 0;
  min: number | null = null;
  max: number | null = null;
  unsent = 0;

  add(point: PlacedPoint): void {
    this.count++;
    this.sum += point.level;
    this.min = Math.min(this.min ?? 1, point.level);
    this.max = Math.max(this.max ?? 0, point.level);
    if (!point.sent) this.unsent++;
  }

  summary(day: string): DaySummary {
    const { count, min, max, unsent } = this;
    return { day, count, mean: count ? this.sum / count : null, min, max, unsent };
  }

  average(): Average {
    return { count: this.count, mean: this.count ? this.sum / this.count : null };
  }
}

/**
 * The last `windowDays` calendar days up to and including `today` (YYYY-MM-DD). A check-in
 * counts on the day and at the hour shown on the client's clock when it happened.
 */
export function summariseMood(points: readonly MoodPoint[], today: string, windowDays: number): MoodHistory {
  const last = dayNumber(today);
  const first = last - windowDays + 1;
  const dayTallies = Array.from({ length: windowDays }, () => new Tally());
  const overall = new Tally();
  const times = TIMES_OF_DAY.map(() => new Tally());
  const weekdays = Array.from({ length: 7 }, () => new Tally());
  const placed: PlacedPoint[] = [];
  for (const point of points) {
    const [, y, mo, d, h, mi] = LOCAL_TIME.exec(point.at)!;
    const dayNum = dayNumber(`${y}-${mo}-${d}`);
    if (dayNum < first || dayNum > last) continue;
    const hour = Number(h) + Number(mi) / 60;
    const item: PlacedPoint = { ...point, dayIndex: dayNum - first, hour, level: moodLevel(point.mood) };
    placed.push(item);
    dayTallies[item.dayIndex].add(item);
    overall.add(item);
    times[Math.floor(Number(h) / 6)].add(item);
    // 1970-01-01 was a Thursday: day 0 is weekday 3 counting from Monday.
    weekdays[(((dayNum + 3) % 7) + 7) % 7].add(item);
  }
  return {
    days: dayTallies.map((tally, index) => tally.summary(dayString(first + index))),
    points: placed,
    overall: overall.summary(today),
    timesOfDay: times.map((tally) => tally.average()),
    weekdays: weekdays.map((tally) => tally.average()),
  };
}
