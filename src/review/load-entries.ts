// GET the entries of one client from the host's source (ARCHITECTURE.md: an array, or
// `{ "entries": [...] }`), with the host's auth headers. Failures become a reason the panel
// can show and a retry can fix; nothing here throws.
import type { GetAuthHeaders } from '../core/config.js';
import { entriesFromResponse } from './entries-response.js';

export type LoadProblem = 'network' | 'timeout' | 'auth' | 'status' | 'format';

export type LoadResult =
  { ok: true; records: unknown[] } | { ok: false; problem: LoadProblem; status?: number; message?: string };

export interface LoadOptions {
  credentials: RequestCredentials;
  timeout: number;
  getAuthHeaders?: GetAuthHeaders;
  signal?: AbortSignal;
}

/** The server's own words, when it sent a short problem message (shown as text). */
const MAX_MESSAGE = 300;

export async function loadEntries(url: string, options: LoadOptions): Promise<LoadResult> {
  let result = await attempt(url, options, false);
  // One fresh set of credentials after a refusal, as the client widgets do.
  if (!result.ok && result.problem === 'auth' && result.status && options.getAuthHeaders) {
    result = await attempt(url, options, true);
  }
  return result;
}

async function attempt(url: string, options: LoadOptions, refresh: boolean): Promise<LoadResult> {
  const timeout = AbortSignal.timeout(options.timeout);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let auth: Record<string, string> = {};
  try {
    if (options.getAuthHeaders) auth = await options.getAuthHeaders({ refresh });
  } catch {
    // The host could not provide credentials (e.g. the session ended): the clinician signs in again.
    return { ok: false, problem: 'auth' };
  }
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { ...auth, Accept: 'application/json' },
      credentials: options.credentials,
      cache: 'no-store',
      signal,
    });
  } catch {
    return { ok: false, problem: timeout.aborted ? 'timeout' : 'network' };
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.status === 401 || response.status === 403)
    return { ok: false, problem: 'auth', status: response.status };
  if (!response.ok) return { ok: false, problem: 'status', status: response.status, message: messageOf(body) };
  const records = entriesFromResponse(body);
  return records ? { ok: true, records } : { ok: false, problem: 'format' };
}

function messageOf(body: unknown): string | undefined {
  const message = (body as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message.slice(0, MAX_MESSAGE) : undefined;
}
