// Who a response, Observation or Task is about, as a FHIR Reference an EHR can route.
// The host gives the client as a string; its shape says what it is:
//   Patient/123, RelatedPerson/7          relative reference       -> reference (+ type)
//   https://ehr.example/fhir/Patient/123  absolute reference       -> reference (+ type)
//   urn:uuid:..., urn:oid:...             bundle-local reference   -> reference
//   https://ehr.example/mrn|000123        system|value identifier  -> identifier, type Patient
//   anything else                         the host's own client id -> identifier with the
//                                         subject system (CLIENT_ID_SYSTEM unless given)
import { fhirString } from './fhir-text.js';
import type { Reference } from './types.js';
import { CLIENT_ID_SYSTEM } from './urls.js';

export interface SubjectOptions {
  /**
   * The identifier system of plain client ids (`client-7`): the host's own namespace, e.g.
   * `https://ehr.example/client-id`. Defaults to CLIENT_ID_SYSTEM.
   */
  subjectSystem?: string;
}

const FHIR_ID = '[A-Za-z0-9.-]{1,64}';
const RELATIVE = new RegExp(`^([A-Z][A-Za-z]{1,63})/${FHIR_ID}$`);
const ABSOLUTE = new RegExp(`^https?://[^\\s|]+/([A-Z][A-Za-z]{1,63})/${FHIR_ID}$`);
const URN = /^urn:(uuid|oid):[A-Za-z0-9.:-]{1,100}$/;
const URI = /^[a-z][a-z0-9+.-]*:\S+$/i;

/** The client as a FHIR Reference, or undefined when nothing meaningful was given. */
export function subjectReference(subject: string, options: SubjectOptions = {}): Reference | undefined {
  const typed = RELATIVE.exec(subject) ?? ABSOLUTE.exec(subject);
  if (typed) return { reference: subject, type: typed[1] };
  if (URN.test(subject)) return { reference: subject };
  const bar = subject.indexOf('|');
  const system = bar > 0 ? subject.slice(0, bar) : '';
  if (URI.test(system)) {
    const value = fhirString(subject.slice(bar + 1));
    if (value !== undefined) return { type: 'Patient', identifier: { system, value } };
  }
  const value = fhirString(subject);
  if (value === undefined) return undefined;
  return { type: 'Patient', identifier: { system: options.subjectSystem ?? CLIENT_ID_SYSTEM, value } };
}

/** The reverse of subjectReference: the string the entry had. */
export function subjectFromReference(reference: Reference | undefined, options: SubjectOptions = {}): string | null {
  if (typeof reference?.reference === 'string') return reference.reference;
  const { system, value } = reference?.identifier ?? {};
  if (typeof value !== 'string') return null;
  return !system || system === (options.subjectSystem ?? CLIENT_ID_SYSTEM) ? value : `${system}|${value}`;
}

/**
 * Who entered the answers and who gave them: the client themselves, when the subject is
 * a person who can be an author (a Patient or RelatedPerson, or a reference whose type
 * cannot be told, such as urn:uuid). A Group or Device subject gets neither.
 */
export function patientReported(subject: Reference | undefined): { author?: Reference; source?: Reference } {
  if (!subject) return {};
  const type = subject.type;
  return type === undefined || type === 'Patient' || type === 'RelatedPerson'
    ? { author: subject, source: subject }
    : {};
}
