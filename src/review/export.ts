// Export of the entries the panel shows. JSON carries each record exactly as the source
// returned it; CSV has one row per record with the fields a spreadsheet user wants plus the
// whole data as JSON. Spreadsheet programs run cells that start with = + - @ (and tab or CR)
// as formulas, so such text cells are prefixed with an apostrophe (OWASP "CSV injection").
// Spreadsheets also skip leading spaces and read the full-width ＝ ＋ － ＠ as the ASCII
// ones (East Asian input methods type them), so those starts are caught too.
import type { ReviewItem } from './review-item.js';

export function exportJson(items: readonly ReviewItem[]): string {
  return JSON.stringify(
    items.map((item) => item.raw),
    null,
    2,
  );
}

export const CSV_COLUMNS = [
  'id',
  'exercise',
  'schema',
  'readable',
  'problems',
  'assignmentId',
  'subject',
  'locale',
  'at',
  'completedAt',
  'activeSeconds',
  'sittings',
  'edits',
  'fieldsFilled',
  'fieldsOffered',
  'effort',
  'usefulness',
  'difficulty',
  'obstacles',
  'reflection',
  'summary',
  'data',
] as const;
type Column = (typeof CSV_COLUMNS)[number];
type Cell = string | number | boolean | null | undefined;

// \s covers every Unicode space, including the no-break and ideographic ones.
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/** A text cell a spreadsheet will show as text, never run. Numbers we wrote ourselves pass as they are. */
export function neutralise(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** RFC 4180 quoting: a cell with a quote, comma or line break is wrapped in quotes, quotes doubled. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? neutralise(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly Cell[]): string {
  return cells.map(csvCell).join(',');
}

/** The whole file: a byte order mark (so spreadsheet programs read UTF-8), CRLF line ends. */
export function exportCsv(items: readonly ReviewItem[]): string {
  const lines = [
    csvRow(CSV_COLUMNS),
    ...items.map((item) => csvRow(CSV_COLUMNS.map((column) => cellOf(item, column)))),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function cellOf(item: ReviewItem, column: Column): Cell {
  const raw = (typeof item.raw === 'object' && item.raw !== null ? item.raw : {}) as Record<string, unknown>;
  const text = (value: unknown) =>
    typeof value === 'string' ? value : value === undefined ? null : JSON.stringify(value);
  switch (column) {
    case 'readable':
      return item.kind === 'entry' ? 'yes' : item.kind === 'newer' ? 'newer version' : 'invalid';
    case 'problems':
      return item.kind === 'invalid' ? item.problems.join('; ') : null;
    case 'at':
      return item.at;
    case 'summary':
      return item.kind === 'entry' ? gist(item) : null;
    case 'data':
      return raw.data === undefined ? null : JSON.stringify(raw.data);
    case 'id':
    case 'exercise':
    case 'schema':
    case 'assignmentId':
    case 'subject':
    case 'locale':
    case 'completedAt':
      return text(raw[column]);
  }
  if (item.kind !== 'entry') return null;
  const { engagement } = item.entry;
  const review = engagement.selfReview;
  switch (column) {
    case 'effort':
    case 'usefulness':
    case 'difficulty':
      return review[column];
    case 'obstacles':
      return review.obstacles.join('; ');
    case 'reflection':
      return review.reflection;
    default:
      return engagement[column];
  }
}

/** One line a person can read in a spreadsheet: the core of what the client wrote. */
export function gist(item: Extract<ReviewItem, { kind: 'entry' }>): string {
  const { entry } = item;
  switch (entry.exercise) {
    case 'thought-record':
      return entry.data.situation;
    case 'mood-tracker': {
      const { mood, activity } = entry.data;
      return `${mood.value} (${mood.scale})${activity?.name ? `; ${activity.name}` : ''}`;
    }
    case 'behavioural-experiment':
      return entry.data.targetBelief;
  }
}
