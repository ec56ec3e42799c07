// What the review panel makes of each thing a source returned. A valid entry is an entry;
// anything else still becomes an item, so one bad record never hides the rest:
// - `invalid`: a known exercise and schema version that fails validation, with what is wrong;
// - `newer`: a schema version (or exercise) this library does not know yet, shown generically.
// Pure and DOM-free. The entry check is passed in (see parse-items.ts for the ready-made
// one), so the panel can load zod and the schemas after its first render.
import type { Entry } from '../core/entry.js';
import type { ValidationResult } from '../core/issues.js';
import { BEHAVIOURAL_EXPERIMENT_SCHEMA } from '../exercises/behavioural-experiment.js';
import { MOOD_TRACKER_SCHEMA } from '../exercises/mood-tracker.js';
import { THOUGHT_RECORD_SCHEMA } from '../exercises/thought-record.js';
import type { HwReviewReadyDetail } from '../events.js';

/** The exercises and the schema major version this library reads. */
export const KNOWN_SCHEMAS: Record<string, number> = Object.fromEntries(
  [THOUGHT_RECORD_SCHEMA, MOOD_TRACKER_SCHEMA, BEHAVIOURAL_EXPERIMENT_SCHEMA].map((schema) => {
    const [exercise, major] = schema.split('/');
    return [exercise, Number(major)];
  }),
);

interface ItemBase {
  /** Unique within one list, stable across re-parses of the same data. */
  key: string;
  /** Exercise as the record names it (may be unknown or missing). */
  exercise: string | null;
  /** When it happened, as written (ISO with the client's offset), or null when unreadable. */
  at: string | null;
  /** `at` as epoch ms for sorting; NaN when unknown. */
  atMs: number;
  /** What the source returned, untouched: exported as is. */
  raw: unknown;
}

export interface ValidItem extends ItemBase {
  kind: 'entry';
  entry: Entry;
}

export interface InvalidItem extends ItemBase {
  kind: 'invalid';
  /** Readable "path: message" lines. */
  problems: string[];
}

/** One readable line of an entry the library cannot interpret: where it sits and its text. */
export interface GenericField {
  path: string;
  value: string;
}

export interface NewerItem extends ItemBase {
  kind: 'newer';
  schema: string;
  fields: GenericField[];
}

export type ReviewItem = ValidItem | InvalidItem | NewerItem;

/** The entry schema's check: the core's `validateEntry`. */
export type ValidateEntry = (record: unknown) => ValidationResult<Entry>;

const SCHEMA_ID = /^([a-z][a-z0-9-]*)\/(\d+)$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
/** A generic view shows this much; the export still carries everything. */
const MAX_GENERIC_FIELDS = 60;
const MAX_GENERIC_TEXT = 2000;

/** Two records with one id (a host's copy, a bad export) both show, with distinct keys. */
export function distinctKeys(items: ReviewItem[]): ReviewItem[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const count = seen.get(item.key) ?? 0;
    seen.set(item.key, count + 1);
    return count ? { ...item, key: `${item.key}#${count}` } : item;
  });
}

/**
 * Indexes of `records`, newest first by the time each one claims (not yet validated), so
 * the entries a clinician sees first are checked first. Cheap: no schema is run.
 */
export function newestFirst(records: readonly unknown[]): number[] {
  const claimed = records.map((record) => {
    const fields = isRecord(record) ? record : {};
    const at = firstTimestamp(isRecord(fields.data) ? fields.data.at : undefined, fields.completedAt);
    return at === null ? Number.NaN : Date.parse(at);
  });
  return records
    .map((_, index) => index)
    .sort((a, b) => {
      const x = claimed[a];
      const y = claimed[b];
      if (Number.isNaN(x) || Number.isNaN(y)) return Number(Number.isNaN(x)) - Number(Number.isNaN(y)) || a - b;
      return y - x || a - b;
    });
}

export function itemFrom(record: unknown, index: number, validate: ValidateEntry): ReviewItem {
  const fields = isRecord(record) ? record : {};
  const exercise = typeof fields.exercise === 'string' ? fields.exercise : null;
  const key = typeof fields.id === 'string' && fields.id ? fields.id : `record-${index}`;
  const base = { key, exercise, raw: record };
  const schema = typeof fields.schema === 'string' ? SCHEMA_ID.exec(fields.schema) : null;
  if (schema && isNewer(schema[1], Number(schema[2]))) {
    const at = firstTimestamp(fields.completedAt, fields.updatedAt, fields.createdAt);
    return { ...base, ...timeOf(at), kind: 'newer', schema: schema[0], fields: genericFields(fields.data) };
  }
  const check = validate(record);
  if (check.ok) {
    const entry = check.value;
    const at = entry.exercise === 'mood-tracker' ? entry.data.at : entry.completedAt;
    return { ...base, ...timeOf(at), kind: 'entry', entry };
  }
  const at = firstTimestamp(isRecord(fields.data) ? fields.data.at : undefined, fields.completedAt);
  return {
    ...base,
    ...timeOf(at),
    kind: 'invalid',
    problems: isRecord(record) ? check.problems : ['The record is not an object'],
  };
}

/** A newer major version of an exercise we know, or an exercise we do not know at all. */
function isNewer(exercise: string, major: number): boolean {
  const known = KNOWN_SCHEMAS[exercise];
  return known === undefined || major > known;
}

function timeOf(at: string | null): { at: string | null; atMs: number } {
  return { at, atMs: at === null ? Number.NaN : Date.parse(at) };
}

function firstTimestamp(...candidates: unknown[]): string | null {
  for (const value of candidates) {
    if (typeof value === 'string' && TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value))) return value;
  }
  return null;
}

/** Every text, number and yes/no in `data`, with its path: readable without knowing the schema. */
export function genericFields(data: unknown): GenericField[] {
  const fields: GenericField[] = [];
  const walk = (value: unknown, path: string) => {
    if (fields.length >= MAX_GENERIC_FIELDS) return;
    if (typeof value === 'string') {
      if (value.trim()) fields.push({ path, value: value.slice(0, MAX_GENERIC_TEXT) });
    } else if (typeof value === 'number' || typeof value === 'boolean') {
      fields.push({ path, value: String(value) });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, `${path}[${index + 1}]`));
    } else if (isRecord(value)) {
      for (const [name, item] of Object.entries(value)) walk(item, path ? `${path}.${name}` : name);
    }
  };
  walk(data, '');
  return fields;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The client's calendar day of an item (YYYY-MM-DD as written with its offset), or null. */
export function itemDay(item: ReviewItem): string | null {
  return item.at ? item.at.slice(0, 10) : null;
}

/** What `hw-review-ready` tells the host: how many records, and how many it could not show as usual. */
export function readyDetail(items: readonly ReviewItem[]): HwReviewReadyDetail {
  const count = (kind: ReviewItem['kind']) => items.filter((item) => item.kind === kind).length;
  return { records: items.length, invalid: count('invalid'), newer: count('newer') };
}
