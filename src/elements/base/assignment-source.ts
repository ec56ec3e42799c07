// Fetching an assignment from `assignment-src`: the same address rules, auth headers and
// credentials as deliveries, then the published schema. Failures become a message key
// with details (shown as the widget's configuration error), never an exception.
import type { Assignment } from '../../core/assignment.js';
import { checkEndpoint, type GetAuthHeaders } from '../../core/config.js';
import { describeIssues } from '../../core/issues.js';
import { loadSchemas } from '../../core/lazy-schemas.js';

export type AssignmentFetch = { ok: true; assignment: Assignment } | { ok: false; problem: string };

export interface AssignmentFetchOptions {
  credentials: RequestCredentials;
  timeout: number;
  getAuthHeaders?: GetAuthHeaders;
}

export async function fetchAssignment(src: string, options: AssignmentFetchOptions): Promise<AssignmentFetch> {
  const address = checkEndpoint(src, document.baseURI);
  if (!address.ok) return { ok: false, problem: `assignmentSrcInvalid:${address.problem}` };
  let response: Response;
  try {
    response = await request(address.url, options, false);
    // One fresh sign-in, as deliveries do after a 401/403.
    if ((response.status === 401 || response.status === 403) && options.getAuthHeaders) {
      response = await request(address.url, options, true);
    }
  } catch {
    return { ok: false, problem: 'assignmentSrcUnreachable:' };
  }
  if (!response.ok) return { ok: false, problem: `assignmentSrcRefused:${response.status}` };
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return { ok: false, problem: 'assignmentInvalid:not JSON' };
  }
  let schemas;
  try {
    schemas = await loadSchemas();
  } catch {
    return { ok: false, problem: 'assignmentSrcUnreachable:' };
  }
  const parsed = schemas.parseAssignment(body);
  if (!parsed.success)
    return { ok: false, problem: `assignmentInvalid:${describeIssues(parsed.error.issues).join('; ')}` };
  return { ok: true, assignment: parsed.data };
}

async function request(url: string, options: AssignmentFetchOptions, refresh: boolean): Promise<Response> {
  const auth = options.getAuthHeaders ? await options.getAuthHeaders({ refresh }) : {};
  return fetch(url, {
    headers: { Accept: 'application/json', ...auth },
    credentials: options.credentials,
    signal: AbortSignal.timeout(options.timeout),
  });
}
