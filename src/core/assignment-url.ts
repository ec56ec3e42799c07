// Where a client widget fetches an assignment the composer stored. Pure and DOM-free.

/** Where a stored assignment is fetched from: `{endpoint}/{id}`, unless the server named a URL. */
export function assignmentUrl(endpoint: string, id: string, serverUrl?: unknown): string {
  // The server's own address for it, but only on the endpoint's origin: a client widget asks it.
  const url = typeof serverUrl === 'string' && serverUrl && new URL(serverUrl, endpoint);
  if (url && url.origin === new URL(endpoint).origin) return url.href;
  return `${endpoint.replace(/\/+$/, '')}/${encodeURIComponent(id)}`;
}
