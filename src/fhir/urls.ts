// Where our FHIR artefacts live. These are names (canonical URLs), not addresses anything
// fetches: an EHR matches a QuestionnaireResponse to its Questionnaire by them.
import type { Exercise } from '../core/assignment.js';
import { QUESTIONNAIRE_RELEASES } from './versions.js';

export const FHIR_BASE = 'https://homework-elements.org/fhir';

export const QUESTIONNAIRE_BASE = `${FHIR_BASE}/Questionnaire/`;

/** Complex extension on the response: assignment id, locale, variant, draft times. */
export const ENTRY_EXTENSION = `${FHIR_BASE}/StructureDefinition/entry`;

/** Complex extension on the response: active time, sittings, edits, the client's self-review. */
export const ENGAGEMENT_EXTENSION = `${FHIR_BASE}/StructureDefinition/engagement`;

/** The system of QuestionnaireResponse.identifier: its value is the entry id (= Idempotency-Key). */
export const ENTRY_ID_SYSTEM = `${FHIR_BASE}/entry-id`;

/**
 * The identifier system of a plain client id (`client-7`, not a FHIR reference): "the client
 * as the host that embeds the widgets names them". A host can name its own (SubjectOptions).
 */
export const CLIENT_ID_SYSTEM = `${FHIR_BASE}/client-id`;

/** The system of Task.identifier: its value is the assignment id. */
export const ASSIGNMENT_ID_SYSTEM = `${FHIR_BASE}/assignment-id`;

/** Our code systems (distortions, emotions, scales ...): `${CODE_SYSTEM_BASE}<name>`. */
export const CODE_SYSTEM_BASE = `${FHIR_BASE}/CodeSystem/`;

/**
 * The system of a refusal's `OperationOutcome.issue.details.coding`: the reference endpoint's
 * machine-readable reason (`link-revoked`, `link-expired`, `credential-required` ...), which
 * its JSON problem bodies carry as `code`.
 */
export const PROBLEM_CODE_SYSTEM = `${CODE_SYSTEM_BASE}problem`;

/** SDC's temporary code system: Task.code `complete-questionnaire`, Task.input type `questionnaire`. */
export const SDC_TEMP_SYSTEM = 'http://hl7.org/fhir/uv/sdc/CodeSystem/temp';

export function questionnaireUrl(exercise: Exercise): string {
  return QUESTIONNAIRE_BASE + exercise;
}

/**
 * The canonical a response to an entry of `schema` (`thought-record/2`) names: the current
 * Questionnaire's full version (`...|2.1.0`) when it describes that schema, else the schema's
 * major alone (`...|1` for a `thought-record/1` entry, whose Questionnaire is not published
 * any more).
 */
export function questionnaireCanonical(schema: string): string {
  const [exercise, major] = schema.split('/');
  const current = QUESTIONNAIRE_RELEASES[exercise as Exercise]?.version;
  return `${QUESTIONNAIRE_BASE}${exercise}|${current && majorOf(current) === major ? current : major}`;
}

const majorOf = (version: string) => version.split('.')[0];

/**
 * The entry schema id (`thought-record/2`) a canonical names, or null when it is not ours.
 * The version's major is the schema's (`|2.1.0`, `|2`, and `|1` from before semantic
 * versions); a canonical without a version (`.../Questionnaire/thought-record`, as other
 * renderers and servers often write it) means the current Questionnaire.
 */
export function schemaFromCanonical(canonical: string): string | null {
  if (!canonical.startsWith(QUESTIONNAIRE_BASE)) return null;
  const match = /^([a-z-]+)(?:\|(\d+)(?:\.\d+){0,2})?$/.exec(canonical.slice(QUESTIONNAIRE_BASE.length));
  if (!match) return null;
  const current = QUESTIONNAIRE_RELEASES[match[1] as Exercise]?.version;
  const major = match[2] ?? (current && majorOf(current));
  return major ? `${match[1]}/${major}` : null;
}
