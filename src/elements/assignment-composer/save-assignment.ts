// Storing a checked assignment at the endpoint, and then, "for which client", asking for that
// client's private link (POST `{ client, assignmentId }`; the server also gives them the
// assignment). The link's secret rides in the URL fragment (#link=…), which browsers never
// send to a server. Loaded beside the composer's first render, so its first load stays small.
import type { Assignment } from '../../core/assignment.js';
import { fetchWithAuth, serverMessage, type AuthorizedRequest } from '../../core/authorized-fetch.js';
import { assignmentUrl } from '../../core/assignment-url.js';
import type { ComposerClient } from './for-client.js';
import type { Outcome } from './outcome-view.js';

export type ClientLinkResult = ({ ok: true; url: string } | { ok: false; message: string }) & {
  client: ComposerClient;
};

export interface SaveTarget {
  /** The checked endpoint; `request` carries auth only when it is trusted (see originTrust). */
  url: string;
  request: AuthorizedRequest;
  /** Where a chosen client's link is made, and the page it opens. */
  links?: { endpoint: string; page: string; client: ComposerClient };
}

export interface Saved {
  /** What the clinician is told; `saved` when the server stored it. */
  outcome: Outcome | { kind: 'redirected' };
  clientLink?: ClientLinkResult;
}

export async function saveAssignment(assignment: Assignment, target: SaveTarget): Promise<Saved> {
  let response: Response;
  try {
    response = await fetchWithAuth(
      target.url,
      // Not followed: nothing, auth headers least of all, goes on to another address.
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(assignment),
        redirect: 'manual',
      },
      target.request,
    );
  } catch {
    return { outcome: { kind: 'offline' } };
  }
  if (response.type === 'opaqueredirect') return { outcome: { kind: 'redirected' } };
  const reply = await response.json().catch(() => null);
  if (response.status === 401 || response.status === 403) return { outcome: { kind: 'auth' } };
  if (!response.ok) {
    const message = serverMessage(reply, 500) ?? response.statusText;
    return { outcome: { kind: 'refused', status: response.status, message } };
  }
  const url = assignmentUrl(target.url, assignment.id, reply?.url);
  const links = target.links;
  const clientLink =
    links && (await makeClientLink(links.endpoint, links.page, links.client, assignment.id, target.request));
  return { outcome: { kind: 'saved', url }, clientLink };
}

/**
 * Asks `linksEndpoint` for a link for `client` to `assignmentId`, and makes the address the
 * client opens: `page` with the secret in its fragment.
 */
async function makeClientLink(
  linksEndpoint: string,
  page: string,
  client: ComposerClient,
  assignmentId: string,
  request: AuthorizedRequest,
): Promise<ClientLinkResult> {
  try {
    const response = await fetchWithAuth(
      new URL(linksEndpoint, document.baseURI).href,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        // The link opens the client's whole list, so each of their assignments can be done through it.
        body: JSON.stringify({ client: client.id, assignmentId, scope: 'client' }),
      },
      request,
    );
    const reply = (await response.json().catch(() => null)) as { link?: unknown } | null;
    if (!response.ok || typeof reply?.link !== 'string')
      return { ok: false, message: serverMessage(reply, 300) ?? String(response.status), client };
    const url = new URL(page, document.baseURI);
    url.hash = `link=${encodeURIComponent(reply.link)}`;
    return { ok: true, url: url.href, client };
  } catch {
    return { ok: false, message: 'offline', client };
  }
}
