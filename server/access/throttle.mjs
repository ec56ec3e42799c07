// Failed credentials, counted per account and per address in a sliding window: past the
// limit, attempts are refused (429) before any password is even checked.

/**
 * @param {{ windowMs: number, limitFor: (key: string) => number }} options  keys are
 *   "account:<name>" or "address:<ip>", each kind with its own limit
 */
export function createThrottle({ windowMs, limitFor }) {
  /** @type {Map<string, number[]>} failure times per key */
  const failures = new Map();

  /** @param {string} key */
  const recent = (key) => {
    const since = Date.now() - windowMs;
    const kept = (failures.get(key) ?? []).filter((at) => at > since);
    if (kept.length) failures.set(key, kept);
    else failures.delete(key);
    return kept;
  };

  return {
    /**
     * Seconds until `key` may try again, or 0 when it may now.
     * @param {string} key
     */
    retryAfter(key) {
      const limit = limitFor(key);
      const kept = recent(key);
      if (kept.length < limit) return 0;
      return Math.max(1, Math.ceil((kept[kept.length - limit] + windowMs - Date.now()) / 1000));
    },
    /** @param {string} key */
    fail(key) {
      const kept = recent(key);
      kept.push(Date.now());
      failures.set(key, kept.slice(-limitFor(key)));
      // Bounded memory however many addresses fail: forget the oldest keys first.
      if (failures.size > 100_000) failures.delete(/** @type {string} */ (failures.keys().next().value));
    },
    /** @param {string} key */
    succeed(key) {
      failures.delete(key);
    },
  };
}
