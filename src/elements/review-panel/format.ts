// How the panel writes times and numbers. Times are shown as they were on the client's
// clock (the offset each entry carries), not converted to the clinician's time zone: "8:00
// in the morning" should read as the client's morning.
import type { Localizer } from '../../i18n/catalogue.js';

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/;

/** Intl formatters are slow to create: one per Localizer and options. */
const cache = new WeakMap<Localizer, Map<string, Intl.DateTimeFormat>>();

function formatter(t: Localizer, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let forLocalizer = cache.get(t);
  if (!forLocalizer) cache.set(t, (forLocalizer = new Map()));
  const key = JSON.stringify(options);
  let format = forLocalizer.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(t.locale, { ...options, timeZone: 'UTC' });
    } catch {
      format = new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' });
    }
    forLocalizer.set(key, format);
  }
  return format;
}

/** A wall-clock ISO string (or YYYY-MM-DD) as the client saw it; the text itself when unreadable. */
export function clientTime(t: Localizer, iso: string | null, options: Intl.DateTimeFormatOptions): string {
  if (!iso) return '–';
  const match = WALL_CLOCK.exec(iso);
  if (!match) return iso;
  const [, y, mo, d, h = '12', mi = '00'] = match;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi));
  return Number.isNaN(ms) ? iso : formatter(t, options).format(ms);
}

export const dateTime = (t: Localizer, iso: string | null) =>
  clientTime(t, iso, { dateStyle: 'medium', timeStyle: 'short' });
export const dateOnly = (t: Localizer, iso: string | null) => clientTime(t, iso, { dateStyle: 'medium' });

/** "12 min", "1 h 5 min", "40 s". */
export function duration(t: Localizer, seconds: number): string {
  if (seconds < 60) return t.t('rp.seconds', { n: t.number(seconds) });
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return t.t('rp.minutes', { n: t.number(minutes) });
  return t.t('rp.hoursMinutes', { h: t.number(Math.floor(minutes / 60)), m: t.number(minutes % 60) });
}

/** A signed difference: "+10", "−20", "0". */
export function signed(t: Localizer, value: number | null): string {
  if (value === null) return '–';
  const rounded = Math.round(value * 10) / 10;
  return (rounded > 0 ? '+' : rounded < 0 ? '−' : '') + t.number(Math.abs(rounded));
}

/**
 * A mood's first rating: "Not rated" when the client did not rate it, and a version-1 50
 * (the old default) says it may not have been rated, so nobody reads an invented number.
 */
export function moodRating(t: Localizer, mood: { before: number | null; beforeUncertain: boolean }): string {
  if (mood.before === null) return t.t('rp.notRated');
  const value = t.number(mood.before);
  return mood.beforeUncertain ? t.t('rp.maybeNotRated', { value }) : value;
}

export const maybe = (t: Localizer, value: number | null | undefined, digits = 0) =>
  value === null || value === undefined ? '–' : t.number(Math.round(value * 10 ** digits) / 10 ** digits);

/** Exercise ids as words; anything unknown as written. */
export function exerciseName(t: Localizer, exercise: string | null): string {
  if (exercise === 'thought-record' || exercise === 'mood-tracker' || exercise === 'behavioural-experiment') {
    return t.t(`rp.exercise.${exercise}`);
  }
  return exercise ?? t.t('rp.exercise.unknown');
}

/** A distortion id as the thought record names it; a clinician's own label as written. */
export function distortionName(t: Localizer, label: string): string {
  const key = `distortion.${label}`;
  const text = t.t(key);
  return text === key ? label : text;
}

export function emotionName(t: Localizer, name: string): string {
  const key = `mood.emotion.${name}`;
  const text = t.t(key);
  return text === key ? name : text;
}
