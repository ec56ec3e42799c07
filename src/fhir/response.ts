// A completed entry <-> a FHIR R4 QuestionnaireResponse. The entry stays the library's
// own record; the response is the same content in FHIR, and reading it back gives the
// same entry (see fhir-text.ts for the two lossy cases).
import { EXERCISES, type Exercise } from '../core/assignment.js';
import { validateEntry, type Entry, type ValidationResult } from '../core/entry.js';
import { EXERCISE_FIELDS } from './exercise-fields.js';
import { readEngagement, readEntryExtension, writeEngagement, writeEntryExtension } from './extensions.js';
import { readItems, writeItems } from './response-items.js';
import { fhirString } from './fhir-text.js';
import type { QuestionnaireResponse, Reference } from './types.js';
import { ENTRY_ID_SYSTEM, questionnaireCanonical, schemaFromCanonical } from './urls.js';

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

function subjectFromReference(reference: Reference | undefined): string | null {
  return reference?.reference ?? reference?.identifier?.value ?? null;
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

/** Read a response back into an entry, then check it with the entry schema. */
export function entryFromQuestionnaireResponse(candidate: unknown): ValidationResult<Entry> {
  const response = candidate as Partial<QuestionnaireResponse> | null;
  if (typeof response !== 'object' || response === null || response.resourceType !== 'QuestionnaireResponse') {
    return { ok: false, problems: ['resourceType: expected QuestionnaireResponse'] };
  }
  const problems: string[] = [];
  if (response.status !== 'completed') problems.push('status: expected completed');
  const schema = typeof response.questionnaire === 'string' ? schemaFromCanonical(response.questionnaire) : null;
  const exercise = schema?.split('/')[0] as Exercise | undefined;
  if (!schema || !exercise || !EXERCISES.includes(exercise)) {
    problems.push('questionnaire: not a homework-elements Questionnaire');
    return { ok: false, problems };
  }
  if (response.identifier?.system !== ENTRY_ID_SYSTEM || !response.identifier.value) {
    problems.push(`identifier: expected the entry id with system ${ENTRY_ID_SYSTEM}`);
  }
  const envelope = readEntryExtension(response.extension, problems);
  const engagement = readEngagement(response.extension, problems);
  const data = readItems(EXERCISE_FIELDS[exercise], Array.isArray(response.item) ? response.item : [], problems);
  if (problems.length) return { ok: false, problems };
  return validateEntry({
    id: response.identifier?.value,
    exercise,
    schema,
    subject: subjectFromReference(response.subject),
    status: 'completed',
    completedAt: response.authored,
    ...envelope,
    data,
    engagement,
  });
}
