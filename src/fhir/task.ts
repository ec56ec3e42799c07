// An assignment as a FHIR R4 Task, the way SDC asks a patient to fill in a form: code
// `complete-questionnaire`, the Questionnaire's canonical as an input. The whole
// assignment (sizing, overrides ...) rides along as a second input, so an EHR that keeps
// only the Task can hand the exact assignment back to the widget.
import { parseAssignment, type Assignment } from '../core/assignment.js';
import { describeIssues, type ValidationResult } from '../core/entry.js';
import { QUESTIONNAIRE_VERSION } from './questionnaire.js';
import { subjectReference } from './to-response.js';
import type { Task } from './types.js';
import { ASSIGNMENT_ID_SYSTEM, CODE_SYSTEM_BASE, questionnaireCanonical, SDC_TEMP_SYSTEM } from './urls.js';
import { fhirString } from './fhir-text.js';

export interface TaskOptions {
  /** The client, by the same rule as an entry's subject (`Patient/...` or the host's reference). */
  subject?: string;
  /** When the clinician made the assignment (FHIR dateTime). */
  authoredOn?: string;
}

export const TASK_INPUT_SYSTEM = CODE_SYSTEM_BASE + 'task-input';
const ASSIGNMENT_INPUT = { system: TASK_INPUT_SYSTEM, code: 'assignment' };

/** FHIR dateTime as a due date may be given: a day, or a time with seconds and an offset. */
const FHIR_DUE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2}))?$/;

export function assignmentToTask(assignment: Assignment, options: TaskOptions = {}): Task {
  const forClient = options.subject ? subjectReference(options.subject) : undefined;
  const description = fhirString([assignment.title, assignment.instructions].filter(Boolean).join('\n\n'));
  const note = assignment.note ? fhirString(assignment.note) : undefined;
  // restriction.period is "when the work is wanted"; executionPeriod would claim it was done then.
  const due = assignment.dueDate && FHIR_DUE.test(assignment.dueDate) ? assignment.dueDate : undefined;
  return {
    resourceType: 'Task',
    ...(assignment.locale ? { language: assignment.locale } : {}),
    identifier: [{ system: ASSIGNMENT_ID_SYSTEM, value: assignment.id }],
    status: 'requested',
    intent: 'order',
    code: { coding: [{ system: SDC_TEMP_SYSTEM, code: 'complete-questionnaire', display: 'Complete Questionnaire' }] },
    ...(description ? { description } : {}),
    ...(forClient ? { for: forClient } : {}),
    ...(options.authoredOn ? { authoredOn: options.authoredOn } : {}),
    ...(due ? { restriction: { period: { end: due } } } : {}),
    ...(note ? { note: [{ text: note }] } : {}),
    input: [
      {
        type: { coding: [{ system: SDC_TEMP_SYSTEM, code: 'questionnaire', display: 'Questionnaire' }] },
        valueCanonical: questionnaireCanonical(`${assignment.exercise}/${QUESTIONNAIRE_VERSION}`),
      },
      {
        type: { coding: [ASSIGNMENT_INPUT], text: 'homework-elements assignment (JSON)' },
        valueString: JSON.stringify(assignment),
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
