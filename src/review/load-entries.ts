// GET the entries of one client from the host's source (an array, or `{ "entries": [...] }`,
// paged by `next` on the same origin), with the host's auth headers; a redirect is refused. Failures become a reason the panel can
// show and a retry can fix; nothing here throws.
import { fetchWithAuth, serverMessage } from '../core/authorized-fetch.js';
import type { GetAuthHeaders } from '../core/config.js';
import { entriesFromResponse, nextPageOf } from './entries-response.js';

export type LoadProblem = 'network' | 'timeout' | 'auth' | 'status' | 'format' | 'redirect';

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
/** A source that keeps answering `next` (a loop, say) is cut off here: 2,000 pages of 500. */
const MAX_PAGES = 2000;

type PageResult = { ok: true; records: unknown[]; next: string | null } | Exclude<LoadResult, { ok: true }>;

/** Every page: summaries are only true when computed over all of a client's entries. */
export async function loadEntries(url: string, options: LoadOptions): Promise<LoadResult> {
  const records: unknown[] = [];
  const seen = new Set<string>();
  let pageUrl: string | null = url;
  while (pageUrl !== null) {
    if (seen.has(pageUrl) || seen.size >= MAX_PAGES) return { ok: false, problem: 'format' };
    seen.add(pageUrl);
    const page = await loadPage(pageUrl, options);
    if (!page.ok) return page;
    // Spread in chunks would be no faster; push keeps a 10,000-entry client off the stack limit.
    for (const record of page.records) records.push(record);
    pageUrl = page.next === null ? null : sameOriginUrl(page.next, pageUrl);
    if (page.next !== null && pageUrl === null) return { ok: false, problem: 'format' };
  }
  return { ok: true, records };
}

/**
 * The next page, resolved against the page that named it, and only on the same origin: the
 * host's auth headers never follow a link to somebody else's server.
 */
function sameOriginUrl(next: string, current: string): string | null {
  try {
    const resolved = new URL(next, new URL(current, document.baseURI));
    return resolved.origin === new URL(current, document.baseURI).origin ? resolved.href : null;
  } catch {
    return null;
  }
}

async function loadPage(url: string, options: LoadOptions): Promise<PageResult> {
  const { getAuthHeaders } = options;
  let hostFailed = false;
  const getAuth: GetAuthHeaders | undefined =
    getAuthHeaders &&
    (async (o) => {
      try {
        return await getAuthHeaders(o);
      } catch (error) {
        hostFailed = true;
        throw error;
      }
    });
  let response: Response;
  try {
    // One fresh set of credentials after a refusal, as the client widgets do.
    response = await fetchWithAuth(
      url,
      // Not followed: the auth headers must not travel on to wherever the server points.
      { cache: 'no-store', redirect: 'manual' },
      { getAuth, credentials: options.credentials, timeoutMs: options.timeout, signal: options.signal },
    );
  } catch (error) {
    // The host could not provide credentials (e.g. the session ended): the clinician signs in again.
    if (hostFailed) return { ok: false, problem: 'auth' };
    return { ok: false, problem: (error as Error)?.name === 'TimeoutError' ? 'timeout' : 'network' };
  }
  if (response.type === 'opaqueredirect') return { ok: false, problem: 'redirect' };
  const body: unknown = await response.json().catch(() => undefined);
  if (response.status === 401 || response.status === 403)
    return { ok: false, problem: 'auth', status: response.status };
  if (!response.ok)
    return { ok: false, problem: 'status', status: response.status, message: serverMessage(body, MAX_MESSAGE) };
  const records = entriesFromResponse(body);
  return records ? { ok: true, records, next: nextPageOf(body) } : { ok: false, problem: 'format' };
}
