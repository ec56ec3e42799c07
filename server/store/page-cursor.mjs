// The position after the last entry of a page, handed to the client as an opaque token:
// (received_at, idempotency_key) of that entry, base64url JSON. Keyset paging, so a page
// costs the same at entry 100,000 as at entry 1 and an entry arriving meanwhile is neither
// skipped nor shown twice.

/** @typedef {{ receivedAt: string, key: string }} PagePosition */

/** @param {PagePosition} position */
export function encodeCursor({ receivedAt, key }) {
  return Buffer.from(JSON.stringify([receivedAt, key]), 'utf8').toString('base64url');
}

/**
 * @param {string} token
 * @returns {PagePosition | null}  null when the token is not one we made
 */
export function decodeCursor(token) {
  if (token.length > 1000 || !/^[A-Za-z0-9_-]+$/.test(token)) return null;
  try {
    const value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [receivedAt, key] = value;
    if (typeof receivedAt !== 'string' || typeof key !== 'string') return null;
    return { receivedAt, key };
  } catch {
    return null;
  }
}
