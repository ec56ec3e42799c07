// A completed entry -> a FHIR R4 QuestionnaireResponse. The entry stays the library's own
// record; the response is the same content in FHIR (response.ts reads it back).
import type { Entry } from '../core/entry.js';
import { EXERCISE_FIELDS, SELF_REVIEW_FIELD } from './exercise-fields.js';
import { writeEngagement, writeEntryExtension } from './extensions.js';
import { responseLanguage } from './response-language.js';
import { writeItems } from './response-items.js';
import { patientReported, subjectReference, type SubjectOptions } from './subject.js';
import type { QuestionnaireResponse } from './types.js';
import { ENTRY_ID_SYSTEM, questionnaireCanonical } from './urls.js';

export { subjectReference, type SubjectOptions } from './subject.js';

export type ResponseOptions = SubjectOptions;

export function toQuestionnaireResponse(entry: Entry, options: ResponseOptions = {}): QuestionnaireResponse {
  const subject = entry.subject === null ? undefined : subjectReference(entry.subject, options);
  // The client's language where the library ships it (response-language.ts says the rule).
  const { language, words } = responseLanguage(entry.locale);
  const item = [
    ...writeItems(EXERCISE_FIELDS[entry.exercise], entry.data as Record<string, unknown>, words),
    // The self-review as items too, for tools that know only the Questionnaire; none when empty.
    ...writeItems([SELF_REVIEW_FIELD], { selfReview: entry.engagement.selfReview }, words).filter((one) => one.item),
  ];
  return {
    resourceType: 'QuestionnaireResponse',
    ...(language ? { language } : {}),
    extension: [writeEntryExtension(entry), writeEngagement(entry.engagement, words.displays)],
    // The entry id: the same value as the Idempotency-Key the response is sent with, and what
    // a FHIR server's conditional create (If-None-Exist) matches on.
    identifier: { system: ENTRY_ID_SYSTEM, value: entry.id },
    questionnaire: questionnaireCanonical(entry.schema),
    status: isPlanOnly(entry.exercise, entry.data) ? 'in-progress' : 'completed',
    ...(subject ? { subject } : {}),
    authored: entry.completedAt,
    // The client filled it in on their own device: patient-reported, not clinician-entered.
    ...patientReported(subject),
    ...(item.length ? { item } : {}),
  };
}

/**
 * A behavioural experiment sent with its plan alone: the client finished the plan, not the
 * experiment (the outcome comes days later, in a later entry), so the response is
 * `in-progress`, as the review panel calls such an assignment.
 */
export function isPlanOnly(exercise: string, data: unknown): boolean {
  return exercise === 'behavioural-experiment' && (data as { phaseCompleted?: unknown }).phaseCompleted === 'plan';
}

/** The If-None-Exist search that finds this entry's response on a FHIR server. */
export function ifNoneExist(entryId: string): string {
  return `identifier=${ENTRY_ID_SYSTEM}|${encodeURIComponent(entryId)}`;
}

/**
 * What an EHR would want that this response lacks (SDC's `sdcqr-1`: a subject SHOULD be
 * present). Empty when it can be filed as it is. The reference endpoint needs none of it:
 * it takes the client from the link.
 */
export function filingProblems(response: QuestionnaireResponse): string[] {
  return response.subject
    ? []
    : [
        'subject: no client is named, so an EHR cannot file this response to a patient (SDC sdcqr-1); ' +
          'give the widget a subject (Patient/<id>, a system|value identifier or your own client id)',
      ];
}
