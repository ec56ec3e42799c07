// A one-event calendar file (iCalendar, RFC 5545), made on the device so a reminder
// needs no server. Pure: values in, the file's text out.

export interface CalendarReminder {
  /** Stable per experiment, so downloading again updates the event instead of adding one. */
  uid: string;
  /** Epoch ms of the start; written in UTC, so every calendar shows the client's own local time. */
  start: number;
  minutes: number;
  /** Epoch ms the file was made (DTSTAMP). */
  stamp: number;
  summary: string;
  description?: string;
  location?: string;
  /** A display alarm this many minutes before the start (0: at the start). */
  alarmMinutesBefore?: number;
  /** Repeats: e.g. daily, 7 times, for a week of check-ins (RRULE). */
  repeat?: CalendarRepeat;
}

export interface CalendarRepeat {
  frequency: 'DAILY' | 'WEEKLY';
  /** How many occurrences in all, the first included (at least 1). */
  count: number;
}

export function calendarFile(r: CalendarReminder): string {
  const optional = (name: string, value?: string) => (value?.trim() ? [`${name}:${escapeText(value)}`] : []);
  const alarm =
    r.alarmMinutesBefore === undefined
      ? []
      : [
          'BEGIN:VALARM',
          'ACTION:DISPLAY',
          `TRIGGER:-PT${r.alarmMinutesBefore}M`,
          `DESCRIPTION:${escapeText(r.summary)}`,
          'END:VALARM',
        ];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    // Neutral: the file may sit in a shared calendar, so it names no exercise.
    'PRODID:-//homework-elements//reminder//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(r.uid)}`,
    `DTSTAMP:${utcDateTime(r.stamp)}`,
    `DTSTART:${utcDateTime(r.start)}`,
    `DURATION:PT${r.minutes}M`,
    ...(r.repeat ? [`RRULE:FREQ=${r.repeat.frequency};COUNT=${Math.max(1, Math.trunc(r.repeat.count))}`] : []),
    `SUMMARY:${escapeText(r.summary)}`,
    ...optional('DESCRIPTION', r.description),
    ...optional('LOCATION', r.location),
    ...alarm,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** TEXT values: backslash, semicolon and comma escaped, line breaks as `\n`, other controls dropped. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/[\\;,]/g, (c) => `\\${c}`)
      .replace(/\r\n|\r|\n/g, '\\n')
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

/** `20261201T124500Z` */
export function utcDateTime(epochMs: number): string {
  return new Date(epochMs)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * Lines longer than 75 octets continue on the next line after one space (RFC 5545 3.1).
 * Counted in UTF-8 octets and cut only between characters, never inside one.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    // The first line holds 75 octets; a continuation holds its leading space and 74 more.
    if (octets + size > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}
