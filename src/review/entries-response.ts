// What a source's GET returns (ARCHITECTURE.md): apart from review-item.ts, so the review
// panel's first load, which fetches, does not carry the item logic (it loads with the views).

/** `GET {source}` returns an array, or `{ "entries": [...] }` (ARCHITECTURE.md). Null otherwise. */
export function entriesFromResponse(body: unknown): unknown[] | null {
  if (Array.isArray(body)) return body;
  if (typeof body === 'object' && body !== null && Array.isArray((body as { entries?: unknown }).entries)) {
    return (body as { entries: unknown[] }).entries;
  }
  return null;
}
