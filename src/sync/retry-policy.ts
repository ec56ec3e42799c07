// When to try again, and whether to. Pure: given a response (or its absence), decide.
// The table is the delivery protocol of docs/protocol.md.

export const BASE_DELAY_MS = 2_000;
export const MAX_BACKOFF_MS = 15 * 60_000;
/** A Retry-After beyond this is treated as this: a day is long enough to wait. */
export const MAX_RETRY_AFTER_MS = 24 * 60 * 60_000;

export type Outcome =
  { kind: 'delivered' } | { kind: 'retry'; retryAfterMs: number | null } | { kind: 'auth' } | { kind: 'rejected' };

const RETRYABLE_STATUSES = new Set([408, 409, 425, 429, 500, 502, 503, 504]);

/** Classify an HTTP status; `null` means no response (network error, timeout). */
export function classifyStatus(status: number | null, retryAfterMs: number | null = null): Outcome {
  if (status === null) return { kind: 'retry', retryAfterMs: null };
  if (status >= 200 && status < 300) return { kind: 'delivered' };
  if (status === 401 || status === 403) return { kind: 'auth' };
  if (RETRYABLE_STATUSES.has(status) || status >= 500) return { kind: 'retry', retryAfterMs };
  return { kind: 'rejected' };
}

/**
 * Exponential backoff with full jitter (a random delay between 0 and the capped
 * exponential), so many devices coming back online do not stampede the server.
 * A server's Retry-After is a floor: we never come back sooner than it asked.
 */
export function retryDelay(
  attempt: number,
  retryAfterMs: number | null = null,
  random: () => number = Math.random,
): number {
  const exponential = Math.min(MAX_BACKOFF_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.round(random() * exponential);
  const floor = retryAfterMs === null ? 0 : Math.min(MAX_RETRY_AFTER_MS, Math.max(0, retryAfterMs));
  // Full jitter can pick ~0; keep a small minimum so a failing server is never hammered.
  return Math.max(floor, jittered, 500);
}

/** Parse a Retry-After header: delta-seconds or an HTTP-date. Null when absent or unusable. */
export function parseRetryAfter(header: string | null, nowMs: number): number | null {
  if (header === null) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - nowMs);
}
