// An assignment as a FHIR R4 Task, the way SDC asks a patient to fill in a form: code
// `complete-questionnaire`, the Questionnaire's canonical as an input, `for` and `owner` the
// client, `requester` the clinician. The whole assignment (sizing, overrides ...) rides along
// as a further input, so an EHR that keeps only the Task can hand the exact assignment back
// to the widget; the clinician's own wording is also given as plain text inputs.
import { parseAssignment, type Assignment } from '../core/assignment.js';
import { describeIssues, type ValidationResult } from '../core/entry.js';
import { fhirString } from './fhir-text.js';
import { subjectReference, type SubjectOptions } from './subject.js';
import { fhirDue } from './task-due.js';
import type { QuestionnaireResponse, Reference, Task } from './types.js';
import { ASSIGNMENT_ID_SYSTEM, CODE_SYSTEM_BASE, questionnaireUrl, SDC_TEMP_SYSTEM } from './urls.js';
import { QUESTIONNAIRE_RELEASES } from './versions.js';

export interface TaskOptions extends SubjectOptions {
  /** The client, by the same rule as an entry's subject (`Patient/...`, `system|value`, your id). */
  subject?: string;
  /** Who asks: the clinician, as a reference (`Practitioner/9`) or `system|value`. SDC expects one. */
  requester?: string;
  /** Who is to do it; by default the client (`subject`). */
  owner?: string;
  /** When the clinician made the assignment (FHIR dateTime); by default, now. */
  authoredOn?: string;
}

export const TASK_INPUT_SYSTEM = CODE_SYSTEM_BASE + 'task-input';
const ASSIGNMENT_INPUT = { system: TASK_INPUT_SYSTEM, code: 'assignment' };
const WORDING_INPUT = { system: TASK_INPUT_SYSTEM, code: 'wording' };

/** A person or role by reference; `system|value` and plain ids become identifiers. */
function personReference(value: string | undefined, type: string, options: SubjectOptions): Reference | undefined {
  const reference = value ? subjectReference(value, options) : undefined;
  return reference && !reference.reference ? { ...reference, type } : reference;
}

export function assignmentToTask(assignment: Assignment, options: TaskOptions = {}): Task {
  const forClient = options.subject ? subjectReference(options.subject, options) : undefined;
  const owner = options.owner ? personReference(options.owner, 'Patient', options) : forClient;
  const requester = personReference(options.requester, 'Practitioner', options);
  const description = fhirString([assignment.title, assignment.instructions].filter(Boolean).join('\n\n'));
  const due = fhirDue(assignment.dueDate);
  const notes = [assignment.note, due.note]
    .map((text) => (text ? fhirString(text) : undefined))
    .filter((text): text is string => text !== undefined);
  return {
    resourceType: 'Task',
    ...(assignment.locale ? { language: assignment.locale } : {}),
    identifier: [{ system: ASSIGNMENT_ID_SYSTEM, value: assignment.id }],
    status: 'requested',
    intent: 'order',
    code: { coding: [{ system: SDC_TEMP_SYSTEM, code: 'complete-questionnaire', display: 'Complete Questionnaire' }] },
    ...(description ? { description } : {}),
    ...(forClient ? { for: forClient } : {}),
    authoredOn: options.authoredOn ?? new Date().toISOString(),
    ...(requester ? { requester } : {}),
    ...(owner ? { owner } : {}),
    // restriction.period is "when the work is wanted"; executionPeriod would claim it was done then.
    ...(due.end ? { restriction: { period: { end: due.end } } } : {}),
    ...(notes.length ? { note: notes.map((text) => ({ text })) } : {}),
    input: [
      {
        type: { coding: [{ system: SDC_TEMP_SYSTEM, code: 'questionnaire', display: 'Questionnaire' }] },
        // The version the widget will fill in: the current one.
        valueCanonical: `${questionnaireUrl(assignment.exercise)}|${QUESTIONNAIRE_RELEASES[assignment.exercise].version}`,
      },
      {
        type: { coding: [ASSIGNMENT_INPUT], text: 'homework-elements assignment (JSON)' },
        valueString: JSON.stringify(assignment),
      },
      // The clinician's wording as text any renderer can show (the JSON above is for the widget).
      ...Object.entries(assignment.overrides ?? {}).flatMap(([key, wording]) => {
        const text = fhirString(wording);
        return text === undefined
          ? []
          : [{ type: { coding: [WORDING_INPUT], text: `Wording: ${key}` }, valueString: text }];
      }),
    ],
  };
}

/**
 * The Task done: `completed`, with the response as its `output` (SDC), by the response's
 * server id when it has one, else by its identifier (the entry id).
 */
export function completeTask(task: Task, response: QuestionnaireResponse & { id?: string }): Task {
  const valueReference: Reference = response.id
    ? { reference: `QuestionnaireResponse/${response.id}` }
    : { type: 'QuestionnaireResponse', ...(response.identifier ? { identifier: response.identifier } : {}) };
  return {
    ...task,
    status: 'completed',
    // When the Task changed (now), not when the response was authored: FHIR's inv-1 wants it
    // no earlier than authoredOn.
    lastModified: new Date().toISOString(),
    output: [
      {
        type: {
          coding: [{ system: SDC_TEMP_SYSTEM, code: 'questionnaire-response', display: 'QuestionnaireResponse' }],
        },
        valueReference,
      },
    ],
  };
}

/** The assignment a Task made by assignmentToTask carries, checked by the assignment schema. */
export function assignmentFromTask(task: Task): ValidationResult<Assignment> {
  const input = task?.input?.find((one) =>
    one.type?.coding?.some((c) => c.system === ASSIGNMENT_INPUT.system && c.code === ASSIGNMENT_INPUT.code),
  );
  if (typeof input?.valueString !== 'string')
    return { ok: false, problems: ['input: no homework-elements assignment'] };
  let candidate: unknown;
  try {
    candidate = JSON.parse(input.valueString);
  } catch {
    return { ok: false, problems: ['input: the assignment is not valid JSON'] };
  }
  const parsed = parseAssignment(candidate);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, problems: describeIssues(parsed.error.issues) };
}
