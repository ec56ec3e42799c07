// Path segments as routes read them.

/**
 * A path segment, percent-decoded; malformed encoding is treated as no match (404), never
 * as an error.
 * @param {string | undefined} segment
 */
export function decoded(segment) {
  if (segment === undefined) return undefined;
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
