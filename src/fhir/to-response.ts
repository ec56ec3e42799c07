// A completed entry -> a FHIR R4 QuestionnaireResponse. The entry stays the library's own
// record; the response is the same content in FHIR (response.ts reads it back).
import type { Entry } from '../core/entry.js';
import { EXERCISE_FIELDS } from './exercise-fields.js';
import { writeEngagement, writeEntryExtension } from './extensions.js';
import { fhirString } from './fhir-text.js';
import { writeItems } from './response-items.js';
import type { QuestionnaireResponse, Reference } from './types.js';
import { ENTRY_ID_SYSTEM, questionnaireCanonical } from './urls.js';

/**
 * The subject rule: a subject shaped like a FHIR reference to a patient (`Patient/123`)
 * becomes `subject.reference`; anything else is the host's own client reference and becomes
 * `subject.identifier.value` (no system: only the host knows what its references mean).
 */
const PATIENT_REFERENCE = /^Patient\/[A-Za-z0-9.-]{1,64}$/;

export function subjectReference(subject: string): Reference | undefined {
  if (PATIENT_REFERENCE.test(subject)) return { reference: subject };
  const value = fhirString(subject);
  return value === undefined ? undefined : { identifier: { value } };
}

export function toQuestionnaireResponse(entry: Entry): QuestionnaireResponse {
  const subject = entry.subject === null ? undefined : subjectReference(entry.subject);
  const item = writeItems(EXERCISE_FIELDS[entry.exercise], entry.data as Record<string, unknown>);
  return {
    resourceType: 'QuestionnaireResponse',
    extension: [writeEntryExtension(entry), writeEngagement(entry.engagement)],
    // The entry id: the same value as the Idempotency-Key the response is sent with.
    identifier: { system: ENTRY_ID_SYSTEM, value: entry.id },
    questionnaire: questionnaireCanonical(entry.schema),
    status: 'completed',
    ...(subject ? { subject } : {}),
    authored: entry.completedAt,
    ...(item.length ? { item } : {}),
  };
}
