// How the library asks the host's endpoints: the host's auth headers, asked for again once
// (`refresh: true`) after a 401/403; cookies only as the element allows; no redirects unless
// the caller says how (a redirect could carry the headers elsewhere); a timeout that also
// covers reading the body. The outbox makes its own refresh decision (once per endpoint per
// flush), so it calls `attempt` directly.
import type { AuthHeaders, GetAuthHeaders } from './config.js';

export interface AuthorizedRequest {
  getAuth?: GetAuthHeaders;
  credentials: RequestCredentials;
  timeoutMs: number;
  signal?: AbortSignal;
  /** The first attempt's headers, when the caller already asked for them (to name a cache). */
  firstAuth?: AuthHeaders;
}

/**
 * One request, headers as given. A timeout rejects with a `TimeoutError`; `o.signal` with its
 * own reason. (Not `AbortSignal.any`: the client widgets support browsers older than it.)
 */
export function attempt(url: string, init: RequestInit, o: AuthorizedRequest): Promise<Response> {
  const stop = new AbortController();
  const { signal } = o;
  const abort = () => stop.abort(signal!.reason);
  if (signal?.aborted) abort();
  signal?.addEventListener('abort', abort);
  // Never cleared: it also bounds reading the body, and aborting a finished request does nothing.
  setTimeout(() => stop.abort(new DOMException('', 'TimeoutError')), o.timeoutMs);
  return fetch(url, { redirect: 'error', ...init, credentials: o.credentials, signal: stop.signal });
}

/** JSON asked for, and asked once more with fresh headers when the first were refused. */
export async function fetchWithAuth(url: string, init: RequestInit, o: AuthorizedRequest): Promise<Response> {
  const send = (auth: AuthHeaders) =>
    attempt(url, { ...init, headers: { Accept: 'application/json', ...(init.headers as AuthHeaders), ...auth } }, o);
  const first = await send(o.firstAuth ?? (o.getAuth ? await o.getAuth({ refresh: false }) : {}));
  const refused = first.status === 401 || first.status === 403;
  return refused && o.getAuth ? send(await o.getAuth({ refresh: true })) : first;
}

/**
 * The server's own short explanation in a JSON answer, shown as text: our endpoint's
 * `message`, else a problem body's (RFC 9457) `detail`, else its `title`.
 */
export function serverMessage(body: unknown, max: number): string | undefined {
  const { message, detail, title } = (body ?? {}) as Record<string, unknown>;
  const text = [message, detail, title].find((value) => typeof value === 'string');
  return text === undefined ? undefined : (text as string).slice(0, max);
}
