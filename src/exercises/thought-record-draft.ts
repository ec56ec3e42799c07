// A thought record being filled in: its size, a saved draft brought back, and the client's
// edits (rows added and removed, the hot thought). Pure; apart from thought-record.ts, which
// the schemas and the review share, so only the element's own first load carries it.
import type { Schemas } from '../lazy/schemas.js';
import { emptyThoughtRecord, migrateThoughtRecordDraft, type Columns } from './thought-record.js';
import type { Mood, Thought, ThoughtRecordData } from './thought-record-schema.js';

/** The assignment's sizes as column counts. */
const SIZE_COLUMNS = { quick: 3, standard: 5, full: 7 } as const;

/** The column count in effect: the assignment's `columns` or `size`, else the widget's, else 7. */
export function columnsFor(
  assigned: { columns?: number; size?: keyof typeof SIZE_COLUMNS } | undefined,
  attribute: number | undefined,
): Columns {
  const chosen = assigned?.columns ?? (assigned?.size ? SIZE_COLUMNS[assigned.size] : undefined) ?? attribute ?? 7;
  return ([3, 5, 7] as const).includes(chosen as Columns) ? (chosen as Columns) : 7;
}

/** A saved draft, checked and migrated (null when it cannot be used), shown in `columns`. */
export function restoreThoughtRecord(
  saved: unknown,
  schemas: Schemas,
  schema: string | undefined,
  columns: Columns,
): ThoughtRecordData | null {
  if (!saved || typeof saved !== 'object') return null;
  const result = schemas.safeParse(schemas.thoughtRecordDataSchema, { ...emptyThoughtRecord(columns), ...saved });
  if (!result.success) return null;
  return { ...migrateThoughtRecordDraft(result.data, schema), columns };
}

/** The client's rows: moods, and automatic thoughts. */
export type RowKind = 'moods' | 'thoughts';

/** A new, empty row at the end; the first thought is the hot one until the client picks another. */
export function withRowAdded(data: ThoughtRecordData, kind: RowKind, id: string): ThoughtRecordData {
  if (kind === 'moods') return { ...data, moods: [...data.moods, { id, name: '' }] };
  return { ...data, thoughts: [...data.thoughts, { id, text: '', hot: data.thoughts.length === 0 }] };
}

/** Without the row at `index`; when the hot thought goes, the first one left becomes hot. */
export function withoutRow(data: ThoughtRecordData, kind: RowKind, index: number): ThoughtRecordData {
  if (kind === 'moods') return { ...data, moods: data.moods.filter((_, i) => i !== index) };
  const thoughts = data.thoughts.filter((_, i) => i !== index);
  if (thoughts.length && !thoughts.some((th) => th.hot)) thoughts[0] = { ...thoughts[0], hot: true };
  return { ...data, thoughts };
}

export function withMood(data: ThoughtRecordData, index: number, patch: Partial<Mood>): ThoughtRecordData {
  return { ...data, moods: data.moods.map((m, i) => (i === index ? { ...m, ...patch } : m)) };
}

export function withThought(data: ThoughtRecordData, index: number, patch: Partial<Thought>): ThoughtRecordData {
  return { ...data, thoughts: data.thoughts.map((th, i) => (i === index ? { ...th, ...patch } : th)) };
}

/** The thought at `index` becomes the hot one (there is one at most). */
export function withHot(data: ThoughtRecordData, index: number): ThoughtRecordData {
  return { ...data, thoughts: data.thoughts.map((th, i) => ({ ...th, hot: i === index })) };
}

/** The hot thought, once it has words. */
export function hotThought(data: ThoughtRecordData): Thought | undefined {
  return data.thoughts.find((th) => th.hot && th.text.trim());
}
