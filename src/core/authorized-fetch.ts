// How the caseload and the client's list ask their endpoint: the host's auth headers, asked
// for again once (`refresh: true`) after a 401/403; cookies only as the element allows; no
// redirects (a redirect could carry the headers elsewhere); a timeout.
import type { GetAuthHeaders } from './config.js';

export interface AuthorizedRequest {
  getAuth?: GetAuthHeaders;
  credentials: RequestCredentials;
  timeoutMs: number;
  signal?: AbortSignal;
  /** The first attempt's headers, when the caller already asked for them (to name a cache). */
  firstAuth?: Record<string, string>;
}

export async function fetchWithAuth(url: string, init: RequestInit, o: AuthorizedRequest): Promise<Response> {
  const attempt = (auth: Record<string, string>) =>
    fetch(url, {
      ...init,
      headers: { Accept: 'application/json', ...(init.headers as Record<string, string>), ...auth },
      credentials: o.credentials,
      redirect: 'error',
      signal: AbortSignal.any([AbortSignal.timeout(o.timeoutMs), ...(o.signal ? [o.signal] : [])]),
    });
  const first = await attempt(o.firstAuth ?? (o.getAuth ? await o.getAuth({ refresh: false }) : {}));
  const refused = first.status === 401 || first.status === 403;
  return refused && o.getAuth ? attempt(await o.getAuth({ refresh: true })) : first;
}
