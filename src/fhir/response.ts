// A FHIR R4 QuestionnaireResponse -> the completed entry it came from. The other way is
// to-response.ts, kept apart so a widget loads only the writer. Reading back gives the
// same entry (see fhir-text.ts for the two lossy cases).
import { EXERCISES, type Exercise } from '../core/assignment.js';
import { validateEntry, type Entry, type ValidationResult } from '../core/entry.js';
import { EXERCISE_FIELDS } from './exercise-fields.js';
import { readEngagement, readEntryExtension } from './extensions.js';
import { readItems } from './response-items.js';
import type { QuestionnaireResponse, Reference } from './types.js';
import { ENTRY_ID_SYSTEM, schemaFromCanonical } from './urls.js';

export { subjectReference, toQuestionnaireResponse } from './to-response.js';

/** The reverse of subjectReference. */
function subjectFromReference(reference: Reference | undefined): string | null {
  return reference?.reference ?? reference?.identifier?.value ?? null;
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
