// Widget configuration: what a host sets by attribute, property or <hw-provider>.
// Bad configuration becomes a list of readable problems, never an exception, and a
// widget with problems sends nothing.
import type { CrisisHelpByLanguage } from './crisis-help.js';

export type AuthHeaders = Record<string, string>;
export type GetAuthHeaders = (options: { refresh: boolean }) => AuthHeaders | Promise<AuthHeaders>;

export interface HomeworkConfig {
  /** Where completed entries are POSTed. */
  endpoint?: string;
  /** The host's reference for the client; never a name unless the host chooses one. */
  subject?: string;
  /** `omit` (default) or `include` cookies on requests to the endpoint. */
  credentials?: RequestCredentials;
  /** Per-request timeout in milliseconds. */
  timeout?: number;
  /** Called for auth headers before each send; `{ refresh: true }` after a 401/403. */
  getAuthHeaders?: GetAuthHeaders;
  /** Encrypt drafts at rest (AES-GCM, a non-extractable key kept on the device). */
  encryptDrafts?: boolean;
  /**
   * The host knows this client left work on this device before (its own records of
   * `hw-draft-saved` / `hw-entry-queued` without a later `hw-entry-delivered`). If the
   * device's database turns out to be new, the widget warns that unsent work may be gone.
   */
  expectSavedWork?: boolean;
  /** What is POSTed: the library's entry (`native`, default) or a FHIR R4 QuestionnaireResponse (`fhir`). */
  format?: DeliveryFormat;
  /**
   * Origins besides the endpoint's that `assignment-src` may fetch from, space-separated
   * (`https://cdn.practice.example https://other.example`). They never get auth headers or cookies.
   */
  allowedOrigins?: string;
  /** The practice's crisis help by language (see crisis-help.ts); never a reason to send nothing. */
  crisisHelp?: CrisisHelpByLanguage;
}

export const DELIVERY_FORMATS = ['native', 'fhir'] as const;
export type DeliveryFormat = (typeof DELIVERY_FORMATS)[number];

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export type EndpointCheck = { ok: true; url: string } | { ok: false; problem: string };

/**
 * Accept https anywhere, plain http only on the loopback (development), relative URLs
 * against the page. Everything else (javascript:, data:, http to a remote host) is refused,
 * because client entries must never leave the device unencrypted or to a script URL.
 */
export function checkEndpoint(raw: string, baseUrl: string): EndpointCheck {
  let url: URL;
  try {
    url = new URL(raw, baseUrl);
  } catch {
    return { ok: false, problem: 'endpointInvalid' };
  }
  // A user name or password in the address would travel with every request and sit in
  // the page's markup: credentials belong in getAuthHeaders.
  if (url.username || url.password) return { ok: false, problem: 'endpointCredentials' };
  if (url.protocol === 'https:') return { ok: true, url: url.href };
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return { ok: true, url: url.href };
  if (url.protocol === 'http:') return { ok: false, problem: 'endpointInsecure' };
  return { ok: false, problem: 'endpointScheme' };
}

/**
 * Whether a clinician element (review panel, composer) may ask `url`: `true` with its auth
 * headers and cookies as configured (the page's own origin, or one the host listed on the
 * element itself), `false` without them (an origin only in the provider's site-wide
 * `allowed-origins`, as for `assignment-src`), `null` not at all.
 */
export function originTrust(url: string, own?: string, siteWide?: string): boolean | null {
  const { origin } = new URL(url);
  const listed = (list?: string) =>
    !!list?.split(/\s+/).some((item) => {
      try {
        return new URL(item).origin === origin;
      } catch {
        return false; // not an address: allows nothing
      }
    });
  if (origin === 'null') return null;
  if (origin === location.origin || listed(own)) return true;
  return listed(siteWide) ? false : null;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * What an element's own properties say (a widget's or a provider's). A switch that is off
 * counts as unsaid, so a provider's `encrypt-drafts` is not undone by a widget without it.
 */
export function ownConfig(p: HomeworkConfig): HomeworkConfig {
  return {
    endpoint: p.endpoint,
    subject: p.subject,
    credentials: p.credentials,
    timeout: p.timeout,
    getAuthHeaders: p.getAuthHeaders,
    encryptDrafts: p.encryptDrafts || undefined,
    expectSavedWork: p.expectSavedWork || undefined,
    format: p.format,
  };
}

export interface ResolvedConfig {
  endpoint: string | null;
  subject: string | null;
  credentials: RequestCredentials;
  timeout: number;
  getAuthHeaders?: GetAuthHeaders;
  encryptDrafts: boolean;
  expectSavedWork: boolean;
  format: DeliveryFormat;
}

export type ConfigCheck = { ok: true; config: ResolvedConfig } | { ok: false; problems: string[] };

/** Merge element settings over provider settings, then check the result. */
export function resolveConfig(
  own: HomeworkConfig,
  inherited: HomeworkConfig | undefined,
  baseUrl: string,
): ConfigCheck {
  const merged: HomeworkConfig = { ...inherited, ...definedOnly(own) };
  const problems: string[] = [];
  let endpoint: string | null = null;
  if (merged.endpoint) {
    const check = checkEndpoint(merged.endpoint, baseUrl);
    if (check.ok) endpoint = check.url;
    else problems.push(check.problem);
  }
  const credentials = merged.credentials ?? 'omit';
  if (credentials !== 'omit' && credentials !== 'include' && credentials !== 'same-origin') {
    problems.push('credentialsInvalid');
  }
  const timeout = merged.timeout ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isFinite(timeout) || timeout < 1000) problems.push('timeoutInvalid');
  if (merged.getAuthHeaders !== undefined && typeof merged.getAuthHeaders !== 'function') {
    problems.push('authInvalid');
  }
  const format = merged.format ?? 'native';
  if (!DELIVERY_FORMATS.includes(format)) problems.push('formatInvalid');
  // WebCrypto exists only in secure contexts (https, localhost).
  if (merged.encryptDrafts && typeof crypto?.subtle === 'undefined') problems.push('encryptionUnavailable');
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    config: {
      endpoint,
      subject: merged.subject || null,
      credentials,
      timeout,
      getAuthHeaders: merged.getAuthHeaders,
      encryptDrafts: !!merged.encryptDrafts,
      expectSavedWork: !!merged.expectSavedWork,
      format,
    },
  };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as Partial<T>;
}
