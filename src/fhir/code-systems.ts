// Our code systems as FHIR R4 CodeSystem resources, published beside the Questionnaires so
// an EHR can resolve every code a response, Observation or Task carries.
import { EXERCISES } from '../core/assignment.js';
import { CODE_DEFINITIONS, emotionDefinition } from './code-definitions.js';
import { CODES, codeSystems, EXERCISE_FIELDS, obstacleDisplay } from './exercise-fields.js';
import type { Field } from './fields.js';
import { OBSERVATION_CODE_SYSTEM, OBSERVATION_DISPLAY } from './observations.js';
import { computerName } from './questionnaire.js';
import { TASK_INPUT_SYSTEM } from './task.js';
import type { Coding } from './types.js';
import { CODE_SYSTEM_BASE, PROBLEM_CODE_SYSTEM } from './urls.js';
import { CODE_SYSTEM_RELEASES, releaseOf } from './versions.js';

export interface CodeSystem {
  resourceType: 'CodeSystem';
  id: string;
  url: string;
  version: string;
  date: string;
  name: string;
  status: 'active';
  content: 'complete';
  caseSensitive: true;
  publisher: string;
  concept: { code: string; display: string; definition: string }[];
}

function choices(fields: readonly Field[], into: Map<string, Coding[]>): void {
  for (const field of fields) {
    if (field.type === 'group') choices(field.items, into);
    if (field.type === 'choice')
      into.set(
        field.system,
        field.codes.map((code) => ({ code, display: field.display(code) })),
      );
  }
}

/** The machine-readable `code` of the reference endpoint's refusals (server/access). */
const PROBLEM_DISPLAY = {
  'credential-required': 'No credential was sent: sign in, or send a link or token',
  'credential-invalid': 'The credential is missing or not valid',
  'link-revoked': "The client's link was withdrawn: the client needs a new one",
  'link-expired': "The client's link expired: the client needs a new one",
  'token-revoked': 'The API token was revoked',
  forbidden: 'This credential is not allowed to do this',
  throttled: 'Too many attempts: try again later',
};

function definitionOf(system: string, code: string): string {
  const definition = CODE_DEFINITIONS[system]?.[code];
  if (!definition) throw new Error(`No definition for ${system}#${code}: add it to src/fhir/code-definitions.ts`);
  return definition;
}

export function allCodeSystems(): CodeSystem[] {
  const systems = new Map<string, Coding[]>();
  for (const exercise of EXERCISES) choices(EXERCISE_FIELDS[exercise], systems);
  systems.set(
    codeSystems.obstacle,
    CODES.obstacles.map((code) => ({ code, display: obstacleDisplay(code) })),
  );
  systems.set(
    OBSERVATION_CODE_SYSTEM,
    Object.entries(OBSERVATION_DISPLAY).map(([code, display]) => ({ code, display })),
  );
  systems.set(TASK_INPUT_SYSTEM, [
    { code: 'assignment', display: 'homework-elements assignment (JSON)' },
    { code: 'wording', display: "The clinician's wording for one prompt, hint or example" },
  ]);
  // The reference endpoint's reasons, in a refusal's OperationOutcome issue.details.coding.
  systems.set(
    PROBLEM_CODE_SYSTEM,
    Object.entries(PROBLEM_DISPLAY).map(([code, display]) => ({ code, display })),
  );
  return [...systems].map(([url, concepts]) => {
    const id = url.slice(CODE_SYSTEM_BASE.length);
    return {
      resourceType: 'CodeSystem',
      id,
      url,
      ...releaseOf(CODE_SYSTEM_RELEASES, id),
      name: computerName(id),
      status: 'active',
      content: 'complete',
      caseSensitive: true,
      publisher: 'homework-elements',
      concept: concepts.map(({ code, display }) => ({
        code: code!,
        display: display ?? code!,
        definition: id === 'emotion' ? emotionDefinition(display ?? code!) : definitionOf(id, code!),
      })),
    };
  });
}
