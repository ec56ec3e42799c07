// Assignments for `<hw-assignment-composer>` and a client widget's `assignment-src`:
//   POST /api/assignments        store (or replace, same id) an assignment: 201 new, 200 replaced
//   GET  /api/assignments/:id    one assignment, exactly as stored
//   GET  /api/assignments        all, oldest first; ?exercise= filters
// Validated with the library's own schema, like entries. Same bearer token as entries.
import { isAuthorised, isJson, refuseAuth } from './homework-routes.mjs';
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
 * @param {string | undefined} options.token
 * @param {number} options.maxBodyBytes
 */
export function createAssignmentRoutes({ store, loadValidate, token, maxBodyBytes }) {
  /**
   * @param {Request} req
   * @param {Response} res
   * @param {URL} url
   */
  async function handle(req, res, url) {
    allowCrossOrigin(req, res, 'GET, POST, OPTIONS');
    const rest = url.pathname.slice(ASSIGNMENTS_PATH.length);
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    if (!isAuthorised(req, token)) return refuseAuth(res);
    if (rest === '' || rest === '/') {
      if (req.method === 'POST') return save(req, res, url);
      if (req.method === 'GET') return sendJson(res, 200, await store.assignments.list(filterOf(url)));
    } else if (req.method === 'GET') {
      let id;
      try {
        id = decodeURIComponent(rest.slice(1));
      } catch {
        return sendProblem(res, 400, 'Malformed assignment id');
      }
      const row = await store.assignments.find(id);
      return row ? sendJson(res, 200, row.body) : sendProblem(res, 404, 'No assignment with this id');
    }
    res.setHeader('Allow', rest === '' || rest === '/' ? 'GET, POST, OPTIONS' : 'GET, OPTIONS');
    sendProblem(res, 405, `Method ${req.method} is not allowed here`);
  }

  /**
   * @param {Request} req
   * @param {Response} res
   * @param {URL} url
   */
  async function save(req, res, url) {
    if (!isJson(req)) return sendProblem(res, 415, 'Content-Type must be application/json');
    const raw = await readBody(req, maxBodyBytes);
    if (raw === null) return sendProblem(res, 413, `Assignment too large: at most ${maxBodyBytes} bytes`);
    /** @type {unknown} */
    let candidate;
    try {
      candidate = JSON.parse(raw.toString('utf8'));
    } catch {
      return sendProblem(res, 400, 'Body is not valid JSON');
    }
    const result = await (await loadValidate())(candidate);
    if (!result.ok) {
      const message = `Assignment is not valid: ${result.problems.slice(0, PROBLEMS_IN_MESSAGE).join('; ')}`;
      return sendProblem(res, 422, message, { problems: result.problems.slice(0, 50) });
    }
    const assignment = /** @type {{ id: string, exercise: string }} */ (result.value);
    const now = new Date().toISOString();
    // The validated value, not the raw body: unknown fields are not kept.
    const replaced = await store.assignments.save({
      id: assignment.id,
      exercise: assignment.exercise,
      createdAt: now,
      updatedAt: now,
      body: JSON.stringify(assignment),
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
