// Refuses deeply nested JSON before JSON.parse sees it: a body nested 100,000 levels deep is
// valid JSON, but parsing, validating or serialising it recurses until something breaks.

export const MAX_JSON_DEPTH = 64;

/**
 * Whether `text` nests objects and arrays deeper than `limit` (strings are skipped, so a
 * bracket inside one does not count).
 * @param {string} text
 * @param {number} [limit]
 */
export function nestsTooDeep(text, limit = MAX_JSON_DEPTH) {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
