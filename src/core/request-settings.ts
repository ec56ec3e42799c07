// What a request from one of the clinician's elements (or the client's list) carries: the
// element's own auth headers and cookie setting over its <hw-provider>'s, and only to an
// origin it trusts (see originTrust); elsewhere neither. The provider's timeout.
import type { AuthorizedRequest } from './authorized-fetch.js';
import { DEFAULT_TIMEOUT_MS, type GetAuthHeaders, type HomeworkConfig } from './config.js';

/** The element's own settings (its properties); `inherited` is its provider's. */
export interface OwnRequestSettings {
  getAuthHeaders?: GetAuthHeaders;
  credentials?: RequestCredentials;
}

export function requestFor(
  own: OwnRequestSettings,
  inherited: HomeworkConfig | undefined,
  trusted: boolean | undefined,
): AuthorizedRequest {
  return {
    getAuth: trusted ? (own.getAuthHeaders ?? inherited?.getAuthHeaders) : undefined,
    credentials: trusted ? (own.credentials ?? inherited?.credentials ?? 'omit') : 'omit',
    timeoutMs: inherited?.timeout ?? DEFAULT_TIMEOUT_MS,
  };
}
