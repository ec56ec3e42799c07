// FHIR on the reference endpoint: a POSTed QuestionnaireResponse (application/fhir+json)
// is read back into an entry with the library's own mapping, so it is validated and
// stored like any entry (the review panel and GET keep working); GET can answer in FHIR.

import { FHIR_CONTENT_TYPE } from './operation-outcome.mjs';

export { FHIR_CONTENT_TYPE };

/** @typedef {typeof import('../dist/esm/fhir/index.js')} FhirModule */

/** @type {Promise<FhirModule> | undefined} */
let fhirModule;

/** The library's FHIR mapping from the build, loaded on the first FHIR request. */
export function loadFhir() {
  fhirModule ??= import('../dist/esm/fhir/index.js').catch((error) => {
    fhirModule = undefined;
    throw new Error(`Cannot load dist/esm/fhir/index.js; run \`npm run build\` first (${error.message})`);
  });
  return fhirModule;
}

/**
 * A FHIR conditional create's `If-None-Exist: identifier=<entry-id system>|<entry id>`: the
 * entry id it names, null when the header is absent, or a problem to answer with 400. Only
 * the entry identifier is searched: it is the one key the store has.
 * @param {import('node:http').IncomingMessage} req
 * @param {string} entryIdSystem
 * @returns {{ id: string | null } | { problem: string }}
 */
export function conditionalCreate(req, entryIdSystem) {
  const header = req.headers['if-none-exist'];
  if (header === undefined) return { id: null };
  const query = new URLSearchParams(String(header).trim().replace(/^\?/, ''));
  const [name, ...others] = [...query.keys()];
  const [system, value, ...rest] = (query.get('identifier') ?? '').split('|');
  if (name !== 'identifier' || others.length || rest.length || system !== entryIdSystem || !value) {
    return { problem: `If-None-Exist: only identifier=${entryIdSystem}|<entry id> is supported` };
  }
  return { id: value };
}

/**
 * The answer to a conditional create that found the entry: 200 and, instead of the stored
 * resource, an informational OperationOutcome (FHIR's Prefer: return=OperationOutcome),
 * since a client's link writes entries but never reads their content back.
 * @param {string} id
 */
export function alreadyStored(id) {
  return {
    resourceType: 'OperationOutcome',
    issue: [
      {
        severity: 'information',
        code: 'duplicate',
        diagnostics: `The response with identifier ${id} is already stored; it was not created again`,
      },
    ],
  };
}

/**
 * A FHIR request: its body is FHIR JSON, or (GET) it asks for FHIR. Its refusals are
 * OperationOutcomes; a native JSON request keeps the problem body.
 * @param {import('node:http').IncomingMessage} req
 * @param {URL} url
 */
export function isFhirRequest(req, url) {
  const mediaType = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (mediaType === FHIR_CONTENT_TYPE) return true;
  return req.method === 'GET' && wantsFhir(req, url);
}

/** @param {import('node:http').IncomingMessage} req */
export function wantsFhir(req, /** @type {URL} */ url) {
  if (url.searchParams.get('format') === 'fhir') return true;
  return (req.headers.accept ?? '').toLowerCase().includes(FHIR_CONTENT_TYPE);
}

/**
 * Stored entries as a FHIR searchset Bundle of QuestionnaireResponses. An entry the mapping
 * cannot express (stored by an older or a test validator) is counted in an OperationOutcome
 * instead of silently dropped.
 * @param {unknown[]} entries
 * @param {{ self: string, next: string | null }} links  this page, and the next one (FHIR search paging)
 */
export async function entriesAsBundle(entries, links) {
  const [fhir, core] = await Promise.all([loadFhir(), import('../dist/esm/core/index.js')]);
  /** @type {object[]} */
  const bundleEntries = [];
  let skipped = 0;
  for (const candidate of entries) {
    const checked = core.validateEntry(candidate);
    if (!checked.ok) {
      skipped += 1;
      continue;
    }
    bundleEntries.push({ resource: fhir.toQuestionnaireResponse(checked.value), search: { mode: 'match' } });
  }
  if (skipped) {
    bundleEntries.push({
      resource: {
        resourceType: 'OperationOutcome',
        issue: [
          {
            severity: 'warning',
            code: 'processing',
            diagnostics: `${skipped} stored entries are not valid entries and are not included`,
          },
        ],
      },
      search: { mode: 'outcome' },
    });
  }
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    link: [{ relation: 'self', url: links.self }, ...(links.next ? [{ relation: 'next', url: links.next }] : [])],
    entry: bundleEntries,
  };
}
