// What a source's GET returns (docs/protocol.md): apart from review-item.ts, so the review
// panel's first load, which fetches, does not carry the item logic (it loads with the views).

/** `GET {source}` returns an array, or `{ "entries": [...] }`. Null otherwise. */
export function entriesFromResponse(body: unknown): unknown[] | null {
  if (Array.isArray(body)) return body;
  if (typeof body === 'object' && body !== null && Array.isArray((body as { entries?: unknown }).entries)) {
    return (body as { entries: unknown[] }).entries;
  }
  return null;
}

/** Where the next page is, when a paged answer (`{ "entries": [...], "next": "<url>" }`) says. */
export function nextPageOf(body: unknown): string | null {
  const next = (body as { next?: unknown } | null | undefined)?.next;
  return typeof next === 'string' && next !== '' ? next : null;
}
