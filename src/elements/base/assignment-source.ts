// Fetching an assignment from `assignment-src`: the same address rules, auth headers and
// credentials as deliveries, then the published schema. Only the endpoint's origin (or one
// the host allows) is asked, and auth headers and cookies go to the endpoint's origin only.
// Failures become a message key with details (shown as the widget's configuration error),
// never an exception. Loaded on demand by the widget, which hands in what it already holds
// (address check, schemas, issue wording): importing them here would split them into extra
// chunks in every widget's first load.
import type { Assignment } from '../../core/assignment.js';
import type { checkEndpoint, GetAuthHeaders, HomeworkConfig } from '../../core/config.js';
import type { describeIssues } from '../../core/issues.js';
import type { loadSchemas } from '../../lazy/schemas.js';
import type { addEnglishMessages } from '../../i18n/catalogue.js';
import { fetchWithAuth } from '../../core/authorized-fetch.js';
import { assignmentFetch } from '../../i18n/en/assignment-fetch.js';

export type AssignmentFetch = { ok: true; assignment: Assignment } | { ok: false; problem: string };

export interface AssignmentFetchOptions {
  credentials: RequestCredentials;
  timeout: number;
  getAuthHeaders?: GetAuthHeaders;
  /** The configured endpoint; without one, the page's own origin is the trusted one. */
  endpoint?: string;
  /** Other origins the host allows, space-separated: asked without auth headers or cookies. */
  allowedOrigins?: string;
}

/** What the widget's first load already holds, passed in (see the top of this file). */
export interface AssignmentFetchTools {
  checkEndpoint: typeof checkEndpoint;
  loadSchemas: typeof loadSchemas;
  describeIssues: typeof describeIssues;
  addEnglishMessages: typeof addEnglishMessages;
}

type Settings = Pick<HomeworkConfig, 'endpoint' | 'allowedOrigins' | 'credentials' | 'timeout' | 'getAuthHeaders'>;
type OwnSettings = Omit<Settings, 'allowedOrigins'>;

/**
 * The widget's own settings over its provider's. Auth and credentials as configured, even
 * while the rest of the configuration is wrong (that is reported on its own).
 */
function optionsFrom(own: OwnSettings, inherited: Settings = {}): AssignmentFetchOptions {
  const getAuthHeaders = own.getAuthHeaders ?? inherited.getAuthHeaders;
  return {
    endpoint: own.endpoint ?? inherited.endpoint,
    // A site-wide policy: set on <hw-provider> only.
    allowedOrigins: inherited.allowedOrigins,
    credentials: own.credentials ?? inherited.credentials ?? 'omit',
    timeout: own.timeout ?? inherited.timeout ?? 30_000,
    getAuthHeaders: typeof getAuthHeaders === 'function' ? getAuthHeaders : undefined,
  };
}

export async function fetchAssignment(
  src: string,
  own: OwnSettings,
  inherited: Settings | undefined,
  { checkEndpoint, loadSchemas, describeIssues, addEnglishMessages }: AssignmentFetchTools,
  /** Aborted when the address changes: the answer is not wanted any more. */
  signal?: AbortSignal,
): Promise<AssignmentFetch> {
  addEnglishMessages(assignmentFetch); // what the widget may show from here on
  const options = optionsFrom(own, inherited);
  const address = checkEndpoint(src, document.baseURI);
  if (!address.ok) return { ok: false, problem: `assignmentSrcInvalid:${address.problem}` };
  const origin = new URL(address.url).origin;
  const endpoint = options.endpoint ? checkEndpoint(options.endpoint, document.baseURI) : undefined;
  const trusted = new URL(endpoint?.ok ? endpoint.url : document.baseURI).origin;
  const sameOrigin = origin === trusted;
  if (!sameOrigin && !allowedOrigins(options.allowedOrigins).has(origin))
    return { ok: false, problem: `assignmentSrcOrigin:${origin}` };
  // Elsewhere: no auth headers, no cookies, whatever the widget's settings say.
  const settings = sameOrigin ? options : { ...options, credentials: 'omit' as const, getAuthHeaders: undefined };
  let response: Response;
  try {
    // One fresh sign-in after a 401/403, as deliveries do. A redirect is not followed (the
    // headers must not reach another origin): it comes back as an opaque redirect.
    response = await fetchWithAuth(
      address.url,
      { redirect: 'manual' },
      { getAuth: settings.getAuthHeaders, credentials: settings.credentials, timeoutMs: settings.timeout, signal },
    );
  } catch {
    return { ok: false, problem: 'assignmentSrcUnreachable:' };
  }
  if (response.type === 'opaqueredirect') return { ok: false, problem: `assignmentSrcOrigin:${origin}` };
  if (!response.ok) return { ok: false, problem: `assignmentSrcRefused:${response.status}` };
  // The schemas first: their chunk brings the English of "assignmentInvalid" (en/form.ts).
  let schemas;
  try {
    schemas = await loadSchemas();
  } catch {
    return { ok: false, problem: 'assignmentSrcUnreachable:' };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return { ok: false, problem: 'assignmentInvalid:not JSON' };
  }
  const parsed = schemas.parseAssignment(body);
  if (!parsed.success)
    return { ok: false, problem: `assignmentInvalid:${describeIssues(parsed.error.issues).join('; ')}` };
  return { ok: true, assignment: parsed.data };
}

/** The host's list, each entry reduced to its origin; what does not parse allows nothing. */
function allowedOrigins(list: string | undefined): Set<string> {
  const origins = new Set<string>();
  for (const item of list?.split(/\s+/) ?? []) {
    try {
      const { origin } = new URL(item);
      if (origin !== 'null') origins.add(origin);
    } catch {
      // not an address: allows nothing
    }
  }
  return origins;
}
