// An exercise's `data` <-> QuestionnaireResponse items, driven by the field table. Reading
// is strict: an unknown linkId, a wrong value type or a missing required answer is a
// problem, never silently dropped data.
import type { Field, MessageLookup } from './fields.js';
import { linkIdOf, wordIn } from './fields.js';
import { fhirString } from './fhir-text.js';
import type { Answer, ResponseItem } from './types.js';

type Data = Record<string, unknown>;

/**
 * The words a response copies from its Questionnaire, in the response's language: each
 * item's text (none where the Questionnaire has no wording in that language) and whether
 * codings carry their code system's display (English, as the CodeSystems are).
 */
export interface Words {
  text: (field: Field) => string | undefined;
  displays: boolean;
}

export const ENGLISH_WORDS: Words = { text: (field) => field.text, displays: true };

/**
 * In a translated catalogue: text only where the item is worded by the catalogue and every
 * message it needs is translated; no English displays.
 */
export const wordsIn = (message: MessageLookup): Words => ({
  text: (field) => (field.wording ? wordIn(message, field.wording) : undefined),
  displays: false,
});

export function writeItems(fields: readonly Field[], data: Data, words = ENGLISH_WORDS, prefix = ''): ResponseItem[] {
  const items: ResponseItem[] = [];
  for (const field of fields) {
    const value = data[field.key];
    if (value === undefined || value === null) continue;
    const linkId = linkIdOf(prefix, field);
    if (field.type === 'group') {
      const rows = field.repeats ? (value as Data[]) : [value as Data];
      for (const row of rows) {
        const children = writeItems(field.items, row, words, linkId);
        // A row whose single choice FHIR cannot carry (an emotion named only by spaces) names
        // nothing: written without it, the response would lack a required answer and be refused.
        if (field.repeats && lacksItsChoice(field.items, children, linkId)) continue;
        // An optional group that is present but empty (e.g. sleep: {}) stays as a bare group.
        items.push({ linkId, ...textOf(field, words), ...(children.length ? { item: children } : {}) });
      }
      continue;
    }
    const values = field.type === 'choice' && field.repeats ? (value as unknown[]) : [value];
    const answer = values.map((one) => writeAnswer(field, one, words)).filter((a): a is Answer => a !== undefined);
    if (answer.length) items.push({ linkId, ...textOf(field, words), answer });
  }
  return items;
}

function textOf(field: Field, words: Words): { text?: string } {
  const text = words.text(field);
  return text === undefined ? {} : { text };
}

function lacksItsChoice(fields: readonly Field[], written: readonly ResponseItem[], prefix: string): boolean {
  return fields.some(
    (field) =>
      field.type === 'choice' && !field.repeats && !written.some((item) => item.linkId === linkIdOf(prefix, field)),
  );
}

function writeAnswer(field: Exclude<Field, { type: 'group' }>, value: unknown, words: Words): Answer | undefined {
  switch (field.type) {
    case 'string':
    case 'text': {
      const text = fhirString(String(value));
      return text === undefined ? undefined : { valueString: text };
    }
    case 'integer':
      return { valueInteger: value as number };
    case 'decimal':
      return { valueDecimal: value as number };
    case 'boolean':
      return { valueBoolean: value as boolean };
    case 'dateTime':
      return { valueDateTime: value as string };
    case 'choice': {
      const code = String(value);
      if (field.codes.includes(code)) {
        const display = words.displays ? { display: field.display(code) } : {};
        return { valueCoding: { system: field.system, code, ...display } };
      }
      // The clinician's own word (open choice), kept as the client saw it.
      const text = fhirString(code);
      return text === undefined
        ? undefined
        : field.open
          ? { valueString: text }
          : { valueCoding: { system: field.system, code: text } };
    }
  }
}

export function readItems(
  fields: readonly Field[],
  items: readonly ResponseItem[],
  problems: string[],
  prefix = '',
): Data {
  const known = new Set(fields.map((field) => linkIdOf(prefix, field)));
  for (const item of items) {
    if (!known.has(item?.linkId)) problems.push(`item ${String(item?.linkId)}: not in the questionnaire`);
  }
  const data: Data = {};
  for (const field of fields) {
    const linkId = linkIdOf(prefix, field);
    const found = items.filter((item) => item?.linkId === linkId);
    if (field.type === 'group') {
      const rows = found.map((item) => readItems(field.items, item.item ?? [], problems, linkId));
      if (field.repeats) data[field.key] = numberUnnamedRows(field.items, rows);
      else if (rows.length > 1) problems.push(`item ${linkId}: given more than once`);
      else if (rows.length === 1) data[field.key] = rows[0];
      else if (!field.optional) data[field.key] = readItems(field.items, [], problems, linkId);
      continue;
    }
    if (found.length > 1) problems.push(`item ${linkId}: given more than once`);
    const answers = found.flatMap((item) => item.answer ?? []);
    if (field.type === 'choice' && field.repeats) {
      data[field.key] = answers.map((answer) => readAnswer(field, answer, linkId, problems));
    } else if (answers.length > 1) {
      problems.push(`item ${linkId}: more than one answer`);
    } else if (answers.length === 1) {
      data[field.key] = readAnswer(field, answers[0], linkId, problems);
    } else if ((field.type === 'string' || field.type === 'text') && !field.optional) {
      data[field.key] = '';
    } else if (!field.optional) {
      problems.push(`item ${linkId}: an answer is required`);
    }
  }
  return data;
}

/**
 * A renderer that does not carry hidden items (most do not) leaves a row's `id` out. The id
 * only tells rows apart, so such rows are numbered in order ("row-1" ...), skipping any id
 * another row already has. Hidden ids that point elsewhere (an entry id) are not made up.
 */
function numberUnnamedRows(fields: readonly Field[], rows: Data[]): Data[] {
  const rowId = fields.find((field) => field.key === 'id' && field.type === 'string' && field.hidden);
  if (!rowId) return rows;
  const taken = new Set(rows.map((row) => row.id));
  let next = 1;
  return rows.map((row) => {
    if (row.id !== '') return row;
    while (taken.has(`row-${next}`)) next += 1;
    taken.add(`row-${next}`);
    return { ...row, id: `row-${next}` };
  });
}

const VALUE_PROPERTY = {
  string: 'valueString',
  text: 'valueString',
  integer: 'valueInteger',
  decimal: 'valueDecimal',
  boolean: 'valueBoolean',
  dateTime: 'valueDateTime',
} as const;

function readAnswer(
  field: Exclude<Field, { type: 'group' }>,
  answer: Answer,
  linkId: string,
  problems: string[],
): unknown {
  if (field.type === 'choice') {
    const coding = answer?.valueCoding;
    if (coding && coding.system === field.system && typeof coding.code === 'string') return coding.code;
    if (field.open && typeof answer?.valueString === 'string') return answer.valueString;
    problems.push(`item ${linkId}: expected valueCoding from ${field.system}${field.open ? ' or valueString' : ''}`);
    return undefined;
  }
  const property = VALUE_PROPERTY[field.type];
  const value = answer?.[property];
  if (value === undefined) problems.push(`item ${linkId}: expected ${property}`);
  return value;
}
