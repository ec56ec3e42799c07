// Ratings as FHIR R4 Observations (category `survey`), for EHRs that chart scores rather
// than read forms. Only numbers the client gave; nothing is computed or interpreted. The
// mood's scale is part of the code, so ratings on different scales are never charted as one.
// Not extracted: the thought record's per-mood intensities (the mood is a free word).
import type { Entry } from '../core/entry.js';
import { patientReported, subjectReference, type SubjectOptions } from './subject.js';
import type { CodeableConcept, Identifier, Reference } from './types.js';
import { CODE_SYSTEM_BASE, ENTRY_ID_SYSTEM, FHIR_BASE } from './urls.js';

export interface Quantity {
  value: number;
  unit: string;
  system: string;
  code: string;
}

export interface Observation {
  resourceType: 'Observation';
  identifier: Identifier[];
  status: 'final';
  category: CodeableConcept[];
  code: CodeableConcept;
  subject?: Reference;
  effectiveDateTime: string;
  /** The client: every value is self-rated. */
  performer?: Reference[];
  valueInteger?: number;
  valueQuantity?: Quantity;
  derivedFrom: Reference[];
}

export const OBSERVATION_CODE_SYSTEM = CODE_SYSTEM_BASE + 'observation';
const OBSERVATION_ID_SYSTEM = `${FHIR_BASE}/observation-id`;

export const OBSERVATION_DISPLAY: Record<string, string> = {
  'mood-0-10': 'Mood, self-rated 0-10',
  'mood-0-100': 'Mood, self-rated 0-100',
  'mood-valence': 'Mood, self-rated from -3 (very unpleasant) to +3 (very pleasant)',
  'sleep-hours': 'Hours of sleep last night',
  'sleep-quality': 'Sleep quality, self-rated 0 (very badly) - 4 (very well)',
  'activity-mastery': 'Activity mastery, self-rated 0-10',
  'activity-pleasure': 'Activity pleasure, self-rated 0-10',
  'balanced-belief': 'Belief in the balanced thought, 0-100',
  'target-belief-before': 'Belief in the target belief before the experiment, 0-100',
  'target-belief-after': 'Belief in the target belief after the experiment, 0-100',
  'alternative-belief-before': 'Belief in the alternative belief before the experiment, 0-100',
  'alternative-belief-after': 'Belief in the alternative belief after the experiment, 0-100',
};

/** LOINC's own code where one means exactly what the widget asked: hours slept (in `h`). */
export const SLEEP_DURATION = { system: 'http://loinc.org', code: '93832-4', display: 'Sleep duration' } as const;

type Rating = [code: string, value: number | undefined, at: string];

function ratingsOf(entry: Entry): Rating[] {
  const done = entry.completedAt;
  switch (entry.exercise) {
    case 'mood-tracker': {
      const { at, mood, sleep, activity } = entry.data;
      return [
        [`mood-${mood.scale}`, mood.value, at],
        ['sleep-hours', sleep?.hours, at],
        ['sleep-quality', sleep?.quality, at],
        ['activity-mastery', activity?.mastery, at],
        ['activity-pleasure', activity?.pleasure, at],
      ];
    }
    case 'thought-record':
      return [['balanced-belief', entry.data.balancedBelief, done]];
    case 'behavioural-experiment': {
      const data = entry.data;
      const before = data.planCompletedAt ?? done;
      const after = data.outcomeRecordedAt ?? done;
      return [
        ['target-belief-before', data.targetBeliefBefore, before],
        ['alternative-belief-before', data.alternativeBeliefBefore, before],
        ['target-belief-after', data.targetBeliefAfter, after],
        ['alternative-belief-after', data.alternativeBeliefAfter, after],
      ];
    }
  }
}

/** One Observation per rating the client gave in this entry (none for unrated ones). */
export function entryObservations(entry: Entry, options: SubjectOptions = {}): Observation[] {
  const subject = entry.subject === null ? undefined : subjectReference(entry.subject, options);
  const performer = patientReported(subject).author;
  const source: Reference = {
    type: 'QuestionnaireResponse',
    identifier: { system: ENTRY_ID_SYSTEM, value: entry.id },
  };
  return ratingsOf(entry)
    .filter((rating): rating is [string, number, string] => rating[1] !== undefined)
    .map(([code, value, at]) => ({
      resourceType: 'Observation',
      identifier: [{ system: OBSERVATION_ID_SYSTEM, value: `${entry.id}/${code}` }],
      status: 'final',
      category: [
        {
          coding: [
            { system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey', display: 'Survey' },
          ],
        },
      ],
      code: {
        coding: [
          { system: OBSERVATION_CODE_SYSTEM, code, display: OBSERVATION_DISPLAY[code] },
          ...(code === 'sleep-hours' ? [SLEEP_DURATION] : []),
        ],
        text: OBSERVATION_DISPLAY[code],
      },
      ...(subject ? { subject } : {}),
      effectiveDateTime: at,
      ...(performer ? { performer: [performer] } : {}),
      ...(code === 'sleep-hours'
        ? { valueQuantity: { value, unit: 'h', system: 'http://unitsofmeasure.org', code: 'h' } }
        : { valueInteger: value }),
      derivedFrom: [source],
    }));
}
