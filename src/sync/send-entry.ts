// One delivery attempt: POST the entry (or the body fixed at queue time, e.g. FHIR), read just enough of the answer to decide what
// happens next. Never throws: every failure is an outcome.
import { attempt } from '../core/authorized-fetch.js';
import { now } from '../core/clock.js';
import type { AuthHeaders } from '../core/config.js';
import type { OutboxEntry } from '../storage/records.js';
import { classifyStatus, parseRetryAfter, type Outcome } from './retry-policy.js';

export interface AttemptResult {
  outcome: Outcome;
  status: number | null;
  /** The server's explanation (rejections), or what went wrong; plain text, bounded. */
  message?: string;
  /** For a 401/403: the server's machine-readable reason, when it is one the widget explains. */
  code?: AuthCode;
}

/** Reasons a client's link stopped working: the client needs a new link, not a sign-in. */
export type AuthCode = 'link-revoked' | 'link-expired';

export interface AttemptOptions {
  headers: AuthHeaders;
  credentials: RequestCredentials;
  timeoutMs: number;
}

const MAX_MESSAGE_LENGTH = 500;

export async function sendEntry(item: OutboxEntry, options: AttemptOptions): Promise<AttemptResult> {
  try {
    const response = await attempt(
      item.endpoint,
      {
        method: 'POST',
        headers: {
          ...options.headers,
          'Content-Type': item.body?.contentType ?? 'application/json',
          // Same key on every attempt: the server's dedupe is what makes "exactly once" true.
          'Idempotency-Key': item.id,
          ...(item.body?.ifNoneExist ? { 'If-None-Exist': item.body.ifNoneExist } : {}),
        },
        body: item.body?.text ?? JSON.stringify(item.entry),
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
        // Deliveries have always followed a redirect; unchanged here.
        redirect: 'follow',
      },
      options,
    );
    const retryAfter = parseRetryAfter(response.headers.get('Retry-After'), now());
    const outcome = classifyStatus(response.status, retryAfter);
    const message = outcome.kind === 'rejected' ? await readMessage(response) : undefined;
    const code = outcome.kind === 'auth' ? await readCode(response) : undefined;
    return { outcome, status: response.status, message, code };
  } catch (error) {
    const timedOut = (error as Error)?.name === 'TimeoutError';
    return { outcome: classifyStatus(null), status: null, message: timedOut ? 'timeout' : 'network' };
  }
}

/**
 * The `code` of a refusal, when it is one the widget explains: a problem body's `code`, or a
 * FHIR request's OperationOutcome's `details.coding[].code`. Matched in the JSON text rather
 * than parsed (fewer bytes in every widget): `"code":"link-revoked"` is what both say, and
 * inside a JSON string the quotes would be escaped, so a message quoting it does not match.
 */
async function readCode(response: Response): Promise<AuthCode | undefined> {
  try {
    return /"code":\s*"(link-revoked|link-expired)"/.exec((await response.text()).slice(0, 20_000))?.[1] as
      AuthCode | undefined;
  } catch {
    return undefined;
  }
}

/** A FHIR server's reasons: each issue's details.text, else its diagnostics. */
function outcomeText(parsed: Record<string, unknown>): unknown {
  if (parsed.resourceType !== 'OperationOutcome' || !Array.isArray(parsed.issue)) return undefined;
  return (parsed.issue as { details?: { text?: unknown }; diagnostics?: unknown }[])
    .map((issue) => issue?.details?.text ?? issue?.diagnostics)
    .filter((text) => typeof text === 'string' && text.trim())
    .join('; ');
}

/** The server's reason for a rejection: `{message}`, `{error}`, a FHIR OperationOutcome or plain text. */
async function readMessage(response: Response): Promise<string> {
  let body = '';
  try {
    body = (await response.text()).slice(0, 20_000);
  } catch {
    return `HTTP ${response.status}`;
  }
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed && typeof parsed === 'object') {
      const { message, error, detail } = parsed as Record<string, unknown>;
      const outcome = outcomeText(parsed as Record<string, unknown>);
      const text = [message, error, detail, outcome].find((v): v is string => typeof v === 'string' && !!v.trim());
      if (text) return text.slice(0, MAX_MESSAGE_LENGTH);
    }
  } catch {
    // not JSON: use the text itself
  }
  return body.trim().slice(0, MAX_MESSAGE_LENGTH) || `HTTP ${response.status}`;
}
