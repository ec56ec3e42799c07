// The thought record (Greenberger & Padesky's 7 columns; 3- and 5-column sizes for
// clients who are starting out). Pure and DOM-free: steps, defaults, checks. The schema
// is in thought-record-schema.ts, loaded apart (zod is not in an element's first load).
import type { ThoughtRecordData } from './thought-record-schema.js';

export type { Mood, Thought, ThoughtRecordData } from './thought-record-schema.js';

export const THOUGHT_RECORD = 'thought-record';
/** Version 2: a mood's rating is optional, absent until the client sets it. */
export const THOUGHT_RECORD_SCHEMA = 'thought-record/2';
/** Version 1 gave every new mood 50 before the client rated it. */
export const THOUGHT_RECORD_SCHEMA_V1 = 'thought-record/1';

export type Columns = 3 | 5 | 7;

/** The steps in order. Which ones a client sees depends on the column count. */
export const THOUGHT_RECORD_STEPS = [
  'situation',
  'moods',
  'automaticThoughts',
  'evidenceFor',
  'evidenceAgainst',
  'balancedThought',
  'rerateMoods',
] as const;
export type ThoughtRecordStep = (typeof THOUGHT_RECORD_STEPS)[number];

const STEPS_BY_COLUMNS: Record<Columns, readonly ThoughtRecordStep[]> = {
  // Beck's classic three: what happened, what I felt, what went through my mind.
  3: ['situation', 'moods', 'automaticThoughts'],
  // The five-column record adds the balanced response and the outcome (re-rating).
  5: ['situation', 'moods', 'automaticThoughts', 'balancedThought', 'rerateMoods'],
  7: THOUGHT_RECORD_STEPS,
};

export function stepsFor(columns: Columns): readonly ThoughtRecordStep[] {
  return STEPS_BY_COLUMNS[columns];
}

/** Burns's ten cognitive distortions: the default optional labels. */
export const BURNS_DISTORTIONS = [
  'all-or-nothing',
  'overgeneralisation',
  'mental-filter',
  'disqualifying-the-positive',
  'jumping-to-conclusions',
  'magnification-minimisation',
  'emotional-reasoning',
  'should-statements',
  'labelling',
  'personalisation',
] as const;

export function emptyThoughtRecord(columns: Columns): ThoughtRecordData {
  return {
    columns,
    situation: '',
    moods: [],
    thoughts: [],
    distortions: [],
    evidenceFor: '',
    evidenceAgainst: '',
    balancedThought: '',
  };
}

/**
 * A draft saved before version 2 (no schema recorded) may hold a 50 the widget put there
 * when the mood was added: it becomes unrated, so the client sees "not rated" and rates it
 * again rather than sending a number they may never have chosen.
 */
export function migrateThoughtRecordDraft(data: ThoughtRecordData, schema: string | undefined): ThoughtRecordData {
  if (schema === THOUGHT_RECORD_SCHEMA) return data;
  return {
    ...data,
    moods: data.moods.map(({ intensity, ...mood }) => (intensity === 50 ? mood : { ...mood, intensity })),
  };
}

/** A stored version-1 rating of exactly 50 may be that default rather than the client's. */
export function mayNotHaveBeenRated(schema: string, value: number | undefined): boolean {
  return schema === THOUGHT_RECORD_SCHEMA_V1 && value === 50;
}

/** What still stops a submit, as message keys. Empty when the record can be sent. */
export type ThoughtRecordProblem = 'situationMissing' | 'moodNameMissing' | 'thoughtTextMissing';

export function submitProblems(data: ThoughtRecordData): ThoughtRecordProblem[] {
  // Quick capture is welcome: only the situation is needed, and rows the client added
  // must not be left blank (a nameless mood means nothing to the clinician).
  const problems: ThoughtRecordProblem[] = [];
  if (!data.situation.trim()) problems.push('situationMissing');
  if (data.moods.some((m) => !m.name.trim())) problems.push('moodNameMissing');
  if (data.thoughts.some((t) => !t.text.trim())) problems.push('thoughtTextMissing');
  return problems;
}

/** How many of the offered steps hold something: an engagement measure, not a score. */
export function filledSteps(data: ThoughtRecordData): { filled: number; offered: number } {
  const steps = stepsFor(data.columns);
  const isFilled: Record<ThoughtRecordStep, boolean> = {
    situation: data.situation.trim() !== '',
    moods: data.moods.length > 0,
    automaticThoughts: data.thoughts.some((t) => t.text.trim() !== ''),
    evidenceFor: data.evidenceFor.trim() !== '',
    evidenceAgainst: data.evidenceAgainst.trim() !== '',
    balancedThought: data.balancedThought.trim() !== '',
    rerateMoods: data.moods.some((m) => m.rerated !== undefined),
  };
  return { filled: steps.filter((s) => isFilled[s]).length, offered: steps.length };
}
