// A refusal in FHIR's words: a FHIR client (an EHR's integration engine, a widget with
// format="fhir") reads OperationOutcome, not our JSON problem body. Same status, same text.

export const FHIR_CONTENT_TYPE = 'application/fhir+json';

/** The system of `issue.details.coding`: the problem body's machine-readable `code` (link-revoked ...). */
export const PROBLEM_CODE_SYSTEM = 'https://homework-elements.org/fhir/CodeSystem/problem';

/** FHIR's IssueType for each status we refuse with (http://hl7.org/fhir/issue-type). */
const ISSUE_TYPES = /** @type {Record<number, string>} */ ({
  400: 'invalid',
  401: 'login',
  403: 'forbidden',
  404: 'not-found',
  405: 'not-supported',
  409: 'conflict',
  410: 'deleted',
  413: 'too-long',
  415: 'not-supported',
  422: 'processing',
  429: 'throttled',
  503: 'transient',
});

/**
 * The OperationOutcome for a problem body `{ message, code?, problems? }`: one issue per
 * listed problem (each a reason a person can read), else one for the message.
 * @param {number} status
 * @param {string} message
 * @param {Record<string, unknown>} [extra]  the problem body's other fields: `code`, `problems`
 */
export function operationOutcome(status, message, extra = {}) {
  const type = ISSUE_TYPES[status] ?? (status >= 500 ? 'exception' : 'processing');
  const code = typeof extra.code === 'string' ? extra.code : null;
  const problems = Array.isArray(extra.problems) ? extra.problems.filter((p) => typeof p === 'string' && p) : [];
  const reasons = problems.length ? problems : [message];
  return {
    resourceType: 'OperationOutcome',
    issue: reasons.map((text) => ({
      severity: status >= 500 ? 'fatal' : 'error',
      code: problems.length ? 'invalid' : type,
      details: { ...(code ? { coding: [{ system: PROBLEM_CODE_SYSTEM, code }] } : {}), text },
      // With a list, the summary says what was being checked (the entry, or the response).
      ...(problems.length ? { diagnostics: message } : {}),
    })),
  };
}
