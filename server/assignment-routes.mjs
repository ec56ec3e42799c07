// Assignments for `<hw-assignment-composer>` and a client widget's `assignment-src`:
//   POST /api/assignments        store (or replace, same id) an assignment: 201 new, 200 replaced
//   GET  /api/assignments/:id    one assignment, exactly as stored
//   GET  /api/assignments        all, oldest first; ?exercise= filters
// Validated with the library's own schema, like entries. A clinician writes and lists their
// own; a client's link reads only the assignments given to that client.
import { refuse } from './access/refusals.mjs';
import { isJson } from './homework-routes.mjs';
import { nestsTooDeep } from './json-depth.mjs';
import { allowCrossOrigin, sendJson, sendProblem } from './replies.mjs';
import { readBody } from './request-body.mjs';

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */
/** @typedef {import('./homework-routes.mjs').Validate} Validate */

export const ASSIGNMENTS_PATH = '/api/assignments';
const PROBLEMS_IN_MESSAGE = 3;

/**
 * @param {object} options
 * @param {import('./store/index.mjs').Store} options.store
 * @param {() => Promise<Validate>} options.loadValidate
 * @param {(req: Request) => Promise<import('./access/principal.mjs').Principal>} options.identify
 * @param {number} options.maxBodyBytes
 * @param {(overrides: Record<string, string>, exercise: string, framing?: string) => Promise<string[]>} [options.unknownWording]
 *   override keys the composer would not offer for this exercise
 */
export function createAssignmentRoutes({ store, loadValidate, identify, maxBodyBytes, unknownWording }) {
  /**
   * @param {Request} req
   * @param {Response} res
   * @param {URL} url
   */
  async function handle(req, res, url) {
    allowCrossOrigin(req, res, 'GET, POST, OPTIONS');
    const rest = url.pathname.slice(ASSIGNMENTS_PATH.length);
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    const principal = await identify(req);
    if (rest === '' || rest === '/') {
      if (req.method === 'POST' || req.method === 'GET') {
        if (principal.kind !== 'clinician' || (req.method === 'POST' && !principal.canWrite)) {
          req.resume();
          return refuse(res, principal, 'Only a signed-in clinician, from this server’s own pages, writes assignments');
        }
      }
      if (req.method === 'POST') return save(req, res, url, principal.clinicianId);
      if (req.method === 'GET') {
        return sendJson(res, 200, await store.assignments.list({ ...filterOf(url), clinician: principal.clinicianId }));
      }
    } else if (req.method === 'GET') {
      let id;
      try {
        id = decodeURIComponent(rest.slice(1));
      } catch {
        return sendProblem(res, 400, 'Malformed assignment id');
      }
      if (principal.kind === 'none' || principal.kind === 'refused') return refuse(res, principal);
      const row = await store.assignments.find(id);
      // Someone else's assignment answers like a missing one: ids are not confirmed to strangers.
      const mayRead =
        row &&
        (principal.kind === 'open' ||
          (principal.kind === 'clinician' && row.clinicianId === principal.clinicianId) ||
          (principal.kind === 'link' && row.clientId === principal.link.clientId));
      return mayRead ? sendJson(res, 200, row.body) : sendProblem(res, 404, 'No assignment with this id');
    }
    res.setHeader('Allow', rest === '' || rest === '/' ? 'GET, POST, OPTIONS' : 'GET, OPTIONS');
    sendProblem(res, 405, `Method ${req.method} is not allowed here`);
  }

  /**
   * @param {Request} req
   * @param {Response} res
   * @param {URL} url
   * @param {string} clinicianId
   */
  async function save(req, res, url, clinicianId) {
    if (!isJson(req)) return sendProblem(res, 415, 'Content-Type must be application/json');
    const raw = await readBody(req, maxBodyBytes);
    if (raw === null) return sendProblem(res, 413, `Assignment too large: at most ${maxBodyBytes} bytes`);
    /** @type {unknown} */
    let candidate;
    try {
      const text = raw.toString('utf8');
      if (nestsTooDeep(text)) return sendProblem(res, 400, 'Body nests objects or arrays too deeply');
      candidate = JSON.parse(text);
    } catch {
      return sendProblem(res, 400, 'Body is not valid JSON');
    }
    const result = await (await loadValidate())(candidate);
    if (!result.ok) {
      const message = `Assignment is not valid: ${result.problems.slice(0, PROBLEMS_IN_MESSAGE).join('; ')}`;
      return sendProblem(res, 422, message, { problems: result.problems.slice(0, 50) });
    }
    const assignment =
      /** @type {{ id: string, exercise: string, framing?: string, overrides?: Record<string, string> }} */ (
        result.value
      );
    if (assignment.overrides && unknownWording) {
      const unknown = await unknownWording(assignment.overrides, assignment.exercise, assignment.framing);
      // A status line or button label could otherwise be made to say something untrue.
      if (unknown.length) {
        return sendProblem(
          res,
          422,
          `Assignment is not valid: these wordings cannot be changed: ${unknown.slice(0, 5).join(', ')}`,
        );
      }
    }
    const existing = await store.assignments.find(assignment.id);
    if (existing && existing.clinicianId !== clinicianId) {
      return sendProblem(res, 409, 'This assignment id is taken; choose another');
    }
    const now = new Date().toISOString();
    // The validated value, not the raw body: unknown fields are not kept.
    const replaced = await store.assignments.save({
      id: assignment.id,
      exercise: assignment.exercise,
      createdAt: now,
      updatedAt: now,
      body: JSON.stringify(assignment),
      clinicianId,
      clientId: existing?.clientId ?? null,
    });
    const location = `${url.pathname.replace(/\/$/, '')}/${encodeURIComponent(assignment.id)}`;
    sendJson(res, replaced ? 200 : 201, { id: assignment.id, url: location }, { Location: location });
  }

  return { handle };
}

/** @param {URL} url */
function filterOf(url) {
  const exercise = url.searchParams.get('exercise');
  return exercise === null ? {} : { exercise };
}
