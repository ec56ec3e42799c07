// A FHIR R4 QuestionnaireResponse -> the completed entry it came from. The other way is
// to-response.ts, kept apart so a widget loads only the writer. Reading back our own output
// gives the same entry (see fhir-text.ts for the two lossy cases). Responses from other
// renderers and servers are read too where nothing has to be made up:
//   no identifier of ours     the id the caller knows (options.id: the Idempotency-Key)
//   `amended`                 read like `completed`; `in-progress` only for an experiment's
//                             plan sent alone (what the writer sends for one)
//   unversioned canonical     the current Questionnaire version
//   no entry extension        locale = `language` (else the Questionnaire's, English),
//                             createdAt = updatedAt = `authored`, no assignment
//   no hidden row ids         rows numbered in order (they only tell rows apart)
// A response without the engagement extension is refused: time, sittings and edits are
// measured by the widget, and inventing them would skew every summary.
import { EXERCISES, type Exercise } from '../core/assignment.js';
import { validateEntry, type Entry, type ValidationResult } from '../core/entry.js';
import { EXERCISE_FIELDS, SELF_REVIEW_FIELD } from './exercise-fields.js';
import { hasExtension, readEngagement, readEntryExtension } from './extensions.js';
import { readItems } from './response-items.js';
import { subjectFromReference, type SubjectOptions } from './subject.js';
import type { QuestionnaireResponse, ResponseItem } from './types.js';
import { ENGAGEMENT_EXTENSION, ENTRY_EXTENSION, ENTRY_ID_SYSTEM, schemaFromCanonical } from './urls.js';

import { isPlanOnly } from './to-response.js';

export { subjectReference, toQuestionnaireResponse } from './to-response.js';

export interface ReadOptions extends SubjectOptions {
  /** The entry id when the response carries no identifier of ours (e.g. the Idempotency-Key). */
  id?: string;
}

/** The language our Questionnaires are written in: what a response without `language` was filled in. */
const QUESTIONNAIRE_LANGUAGE = 'en';
const READ_STATUSES: readonly string[] = ['completed', 'amended'];

/** Read a response back into an entry, then check it with the entry schema. */
export function entryFromQuestionnaireResponse(candidate: unknown, options: ReadOptions = {}): ValidationResult<Entry> {
  const response = candidate as Partial<QuestionnaireResponse> | null;
  if (typeof response !== 'object' || response === null || response.resourceType !== 'QuestionnaireResponse') {
    return { ok: false, problems: ['resourceType: expected QuestionnaireResponse'] };
  }
  const problems: string[] = [];
  const schema = typeof response.questionnaire === 'string' ? schemaFromCanonical(response.questionnaire) : null;
  const exercise = schema?.split('/')[0] as Exercise | undefined;
  if (!schema || !exercise || !EXERCISES.includes(exercise)) {
    problems.push('questionnaire: not a homework-elements Questionnaire');
    return { ok: false, problems };
  }
  const ours = response.identifier?.system === ENTRY_ID_SYSTEM ? response.identifier.value : undefined;
  const id = ours ?? options.id;
  if (!id) problems.push(`identifier: no entry id (an identifier with system ${ENTRY_ID_SYSTEM})`);
  const envelope = hasExtension(response.extension, ENTRY_EXTENSION)
    ? readEntryExtension(response.extension, problems)
    : {
        assignmentId: null,
        locale: typeof response.language === 'string' ? response.language : QUESTIONNAIRE_LANGUAGE,
        createdAt: response.authored,
        updatedAt: response.authored,
      };
  const measured = hasExtension(response.extension, ENGAGEMENT_EXTENSION);
  if (!measured) {
    problems.push(
      `extension ${ENGAGEMENT_EXTENSION}: missing; the time, sittings and edits it records are measured by ` +
        'the homework-elements widget and are not made up for a response filled in elsewhere',
    );
  }
  const engagement = measured ? readEngagement(response.extension, problems) : undefined;
  const items = Array.isArray(response.item) ? response.item : [];
  // The self-review items repeat what the engagement extension carries: the extension is read.
  const exerciseItems = items.filter((item: ResponseItem) => item?.linkId !== SELF_REVIEW_FIELD.key);
  const data = readItems(EXERCISE_FIELDS[exercise], exerciseItems, problems);
  const status = String(response.status);
  if (!READ_STATUSES.includes(status) && !(status === 'in-progress' && isPlanOnly(exercise, data))) {
    problems.push(
      `status: expected completed or amended (in-progress only for an experiment's plan sent alone), not ${status} ` +
        '(only finished responses are entries)',
    );
  }
  if (problems.length) return { ok: false, problems };
  return validateEntry({
    id,
    exercise,
    schema,
    subject: subjectFromReference(response.subject, options),
    status: 'completed',
    completedAt: response.authored,
    ...envelope,
    data,
    engagement,
  });
}
