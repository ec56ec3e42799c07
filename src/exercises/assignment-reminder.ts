// "Add to my calendar" for an assignment: one event, or a repeating one (daily at 20:00 for a
// week, say), with an alarm at its time. The file carries only the summary the client chose
// (by default a neutral "Reminder"): no exercise, no instructions, no address, no link, since
// calendars are often shared or synced. Pure: choices in, the file's text out.
import { MAX_REMINDER_DAYS } from './assignment-reminder-limits.js';
import { calendarFile } from './calendar-file.js';

export interface ReminderChoice {
  /** YYYY-MM-DD: the first (or only) day, in the device's time zone. */
  date: string;
  /** HH:MM, 24-hour, in the device's time zone. */
  time: string;
  /** 1 for once; more repeats it daily, this many days in all. */
  days: number;
  /** What the calendar shows; the client may change the neutral default. */
  summary: string;
}

/** The calendar file, or null when the date or time is not a real one. */
export function reminderFile(assignmentId: string, choice: ReminderChoice, stamp: number): string | null {
  const start = localInstant(choice.date, choice.time);
  if (start === null) return null;
  const days = Math.min(MAX_REMINDER_DAYS, Math.max(1, Math.trunc(choice.days) || 1));
  return calendarFile({
    // Stable per assignment, so downloading again updates the event; a hash, so not even
    // the assignment's id is in the file.
    uid: `reminder-${fnv1a(assignmentId)}@homework-elements`,
    start,
    minutes: 15,
    stamp,
    summary: choice.summary.trim() || 'Reminder',
    alarmMinutesBefore: 0,
    repeat: days > 1 ? { frequency: 'DAILY', count: days } : undefined,
  });
}

/** Epoch ms of a local date and time, or null unless both are real (no 30 February). */
export function localInstant(date: string, time: string): number | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const [year, month, day, hours, minutes] = [d[1], d[2], d[3], t[1], t[2]].map(Number);
  const at = new Date(year, month - 1, day, hours, minutes);
  const real =
    at.getFullYear() === year && at.getMonth() === month - 1 && at.getDate() === day && hours < 24 && minutes < 60;
  return real ? at.getTime() : null;
}

/** 32-bit FNV-1a, hex: a short stable name that does not reveal what it names. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
