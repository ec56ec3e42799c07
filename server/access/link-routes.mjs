// What a signed-in clinician does about access:
//   POST   /api/links                  a link for one client (optionally one assignment)
//   DELETE /api/links/:id              withdraw it
//   DELETE /api/clients/:id/entries    erase a client's entries (tombstones stay)
import { nestsTooDeep } from '../json-depth.mjs';
import { allowCrossOrigin, sendJson, sendProblem } from '../replies.mjs';
import { readBody } from '../request-body.mjs';
import { issueLink } from './links.mjs';
import { refuse } from './refusals.mjs';
import { decoded } from '../path-segment.mjs';

const DEFAULT_DAYS = 14;
const MAX_DAYS = 90;
const CLIENT_ID = /^[\w.:-]{1,100}$/;

/**
 * @param {object} options
 * @param {import('../store/index.mjs').Store} options.store
 * @param {(req: import('node:http').IncomingMessage) => Promise<import('./principal.mjs').Principal>} options.identify
 */
export function createLinkRoutes({ store, identify }) {
  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {URL} url
   * @returns {Promise<boolean>} whether this was one of these routes
   */
  async function handle(req, res, url) {
    const linkId = decoded(/^\/api\/links\/([^/]+)$/.exec(url.pathname)?.[1]);
    const erasedClient = decoded(/^\/api\/clients\/([^/]+)\/entries$/.exec(url.pathname)?.[1]);
    if (url.pathname !== '/api/links' && !linkId && !erasedClient) return false;
    // A composer on an origin the practice configured makes links with its header credential.
    allowCrossOrigin(req, res, 'POST, DELETE, OPTIONS');
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return true;
    }
    const principal = await identify(req);
    if (principal.kind !== 'clinician' || !principal.canWrite) {
      req.resume();
      refuse(res, principal, 'Only a signed-in clinician, from this server’s own pages, manages links');
      return true;
    }
    if (url.pathname === '/api/links' && req.method === 'POST') await create(req, res, principal.clinicianId);
    else if (linkId && req.method === 'DELETE') {
      const revoked = await store.links.revoke(linkId, principal.clinicianId);
      if (revoked) res.writeHead(204).end();
      else sendProblem(res, 404, 'No link of yours with this id, or it was already withdrawn');
    } else if (erasedClient && req.method === 'DELETE') {
      const clientId = erasedClient;
      if (!(await store.clinicians.ownsClient(principal.clinicianId, clientId))) {
        sendProblem(res, 404, 'No client of yours with this id');
      } else {
        sendJson(res, 200, { erased: await store.tombstones.eraseClient(clientId, principal.actor) });
      }
    } else {
      req.resume();
      sendProblem(res, 405, `Method ${req.method} is not allowed here`);
    }
    return true;
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {string} clinicianId
   */
  async function create(req, res, clinicianId) {
    const raw = await readBody(req, 4096);
    if (raw === null) return sendProblem(res, 413, 'Too large');
    const text = raw.toString('utf8');
    /** @type {any} */
    let body;
    try {
      body = nestsTooDeep(text) ? null : JSON.parse(text);
    } catch {
      body = null;
    }
    const client = body?.client;
    const assignmentId = body?.assignmentId ?? null;
    const days = body?.expiresInDays ?? DEFAULT_DAYS;
    // "client": the assignment is given, and the link opens the client's whole list (each of
    // their assignments can be done through it); by default the link is for that one assignment.
    const scope = body?.scope ?? 'assignment';
    if (typeof client !== 'string' || !CLIENT_ID.test(client)) {
      return sendProblem(res, 400, 'client must be 1-100 letters, digits or . _ : -');
    }
    if (assignmentId !== null && typeof assignmentId !== 'string')
      return sendProblem(res, 400, 'assignmentId must be a string');
    if (scope !== 'assignment' && scope !== 'client')
      return sendProblem(res, 400, 'scope must be "assignment" or "client"');
    if (typeof days !== 'number' || !(days > 0 && days <= MAX_DAYS)) {
      return sendProblem(res, 400, `expiresInDays must be more than 0 and at most ${MAX_DAYS}`);
    }
    if (!(await store.clinicians.claimClient(clinicianId, client))) {
      return sendProblem(res, 403, 'This client belongs to another clinician', { code: 'forbidden' });
    }
    if (assignmentId !== null) {
      const assignment = await store.assignments.find(assignmentId);
      if (!assignment || assignment.clinicianId !== clinicianId) {
        return sendProblem(res, 404, 'No assignment of yours with this id');
      }
      await store.assignments.giveTo(assignmentId, client);
    }
    const link = await issueLink(store, {
      clinicianId,
      clientId: client,
      assignmentId: scope === 'client' ? null : assignmentId,
      days,
    });
    // The secret is shown this once; the page puts it in the URL fragment (#link=…).
    sendJson(res, 201, {
      id: link.id,
      link: link.secret,
      client,
      assignmentId,
      expiresAt: new Date(link.expiresMs).toISOString(),
    });
  }

  return { handle };
}
