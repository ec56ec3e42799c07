// Test-only control of the endpoint (enabled by `faults`): queue misbehaviour for the next
// POSTs, and see what arrived, so browser tests can assert on the server's side of a failure.
import { randomUUID } from 'node:crypto';
import { TOKEN_PREFIX } from './access/principal.mjs';
import { hashPassword, hashSecret, newSecret } from './access/secrets.mjs';
import { allowCrossOrigin, sendJson, sendProblem, sendText } from './replies.mjs';
import { readBody } from './request-body.mjs';

/**
 * One misbehaviour, consumed by one POST /api/homework.
 * @typedef {object} Fault
 * @property {number} [status]        answer with this status without storing
 * @property {unknown} [body]         object (sent as JSON) or string (sent as text) for `status`
 * @property {string} [retryAfter]    Retry-After header for `status`
 * @property {number} [delayMs]       wait first (holding the key in flight when handling normally)
 * @property {boolean} [hang]         never answer; the socket stays open until someone closes it
 * @property {boolean} [dropAfterCommit] store, then destroy the socket without a response
 * @property {boolean} [malformed]    store, then answer 200 with an HTML body
 * @property {boolean} [hideRetryAfter] with `status`: leave Retry-After out of Access-Control-Expose-Headers,
 *   like a host that forgot to expose it (a cross-origin widget then cannot read the header)
 */

/**
 * @typedef {object} LoggedRequest
 * @property {string | null} key
 * @property {number | null} status  null while unanswered, and forever when no response was sent
 * @property {Fault | null} fault
 * @property {string} at
 */

/** @typedef {ReturnType<typeof createFaultLab>} FaultLab */

const FAULT_FIELDS = new Set([
  'status',
  'body',
  'retryAfter',
  'delayMs',
  'hang',
  'dropAfterCommit',
  'malformed',
  'hideRetryAfter',
]);
const MAX_CONTROL_BODY = 64 * 1024;

/** @param {import('./store/index.mjs').Store} store */
export function createFaultLab(store) {
  /** @type {Fault[]} */
  let queue = [];
  /** @type {LoggedRequest[]} */
  let log = [];

  /**
   * Called once per POST /api/homework: hands out the next fault and logs the request.
   * @param {import('node:http').IncomingMessage} _req
   * @param {import('node:http').ServerResponse} res
   * @param {string | null} key
   */
  function take(_req, res, key) {
    const fault = queue.shift() ?? null;
    /** @type {LoggedRequest} */
    const logged = { key, status: null, fault, at: new Date().toISOString() };
    log.push(logged);
    res.on('finish', () => {
      logged.status = res.statusCode;
    });
    return fault;
  }

  /**
   * @param {import('node:http').ServerResponse} res
   * @param {Fault} fault
   */
  function answer(res, fault) {
    const status = /** @type {number} */ (fault.status);
    /** @type {Record<string, string>} */
    const headers = fault.retryAfter === undefined ? {} : { 'Retry-After': fault.retryAfter };
    if (fault.hideRetryAfter) res.removeHeader('Access-Control-Expose-Headers');
    if (typeof fault.body === 'string') return sendText(res, status, fault.body, headers);
    sendJson(res, status, fault.body ?? { message: `Simulated ${status}` }, headers);
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {URL} url
   */
  async function handle(req, res, url) {
    // A test page on another origin drives these too, DELETE included.
    allowCrossOrigin(req, res, 'GET, POST, DELETE, OPTIONS');
    const route = `${req.method} ${url.pathname}`;
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    if (route === 'POST /__test/faults') return enqueue(req, res);
    if (route === 'GET /__test/faults') return sendJson(res, 200, { queue });
    if (route === 'DELETE /__test/faults') {
      queue = [];
      return sendJson(res, 200, { queued: 0 });
    }
    if (route === 'GET /__test/requests') return sendJson(res, 200, log);
    if (route === 'GET /__test/count') return sendJson(res, 200, { count: await store.entries.count() });
    if (route === 'GET /__test/entries') return sendJson(res, 200, await everyEntry(store));
    if (route === 'POST /__test/clinician') return fixtureClinician(req, res);
    if (route === 'POST /__test/reset') {
      await store.clear();
      queue = [];
      log = [];
      return sendJson(res, 200, { count: 0, queued: 0 });
    }
    sendProblem(res, 404, 'Not found');
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async function enqueue(req, res) {
    const raw = await readBody(req, MAX_CONTROL_BODY);
    if (raw === null) return sendProblem(res, 413, `At most ${MAX_CONTROL_BODY} bytes`);
    /** @type {any} */
    let body;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      return sendProblem(res, 400, 'Body is not valid JSON');
    }
    if (!Array.isArray(body?.queue)) return sendProblem(res, 400, 'Expected { "queue": [fault, ...] }');
    const problems = body.queue.flatMap(faultProblems);
    // Refusing typos ("delay") beats a test that silently runs without its fault.
    if (problems.length) return sendProblem(res, 400, `Invalid fault: ${problems.join('; ')}`, { problems });
    queue.push(...body.queue);
    sendJson(res, 200, { queued: queue.length });
  }

  /**
   * A clinician for tests, owning the given clients, with a bearer token that may also write
   * (test pages on another origin cannot use the sign-in cookie). Only in the fault lab.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async function fixtureClinician(req, res) {
    const raw = await readBody(req, MAX_CONTROL_BODY);
    /** @type {any} */
    let body = {};
    try {
      body = raw && raw.length ? JSON.parse(raw.toString('utf8')) : {};
    } catch {
      return sendProblem(res, 400, 'Body is not valid JSON');
    }
    const username = typeof body.username === 'string' ? body.username : `fixture-${randomUUID()}`;
    const clients = Array.isArray(body.clients) ? body.clients.filter((c) => typeof c === 'string') : [];
    let account = await store.clinicians.findByUsername(username);
    if (!account) {
      const passwordHash = await hashPassword(typeof body.password === 'string' ? body.password : newSecret());
      await store.clinicians.add({ id: randomUUID(), username, passwordHash });
      account = await store.clinicians.findByUsername(username);
    }
    const clinicianId = /** @type {{ id: string }} */ (account).id;
    for (const client of clients) await store.clinicians.claimClient(clinicianId, client);
    const token = newSecret(TOKEN_PREFIX);
    await store.tokens.add({
      id: randomUUID(),
      tokenHash: hashSecret(token),
      clinicianId,
      label: 'test fixture',
      scope: 'clinician',
      revokedAt: null,
    });
    sendJson(res, 201, { clinicianId, username, token });
  }

  return { take, answer, handle };
}

/**
 * Every stored entry, oldest first, however many pages: what tests compare with what they sent.
 * @param {import('./store/index.mjs').Store} store
 */
async function everyEntry(store) {
  const entries = [];
  /** @type {import('./store/page-cursor.mjs').PagePosition | undefined} */
  let after;
  for (;;) {
    const page = await store.entries.page({ after });
    entries.push(...page.entries);
    if (!page.next) return entries.reverse();
    after = page.next;
  }
}

/**
 * @param {unknown} fault
 * @param {number} index
 * @returns {string[]}
 */
function faultProblems(fault, index) {
  if (typeof fault !== 'object' || fault === null || Array.isArray(fault)) return [`[${index}] is not an object`];
  const f = /** @type {Record<string, unknown>} */ (fault);
  const problems = Object.keys(f)
    .filter((name) => !FAULT_FIELDS.has(name))
    .map((name) => `[${index}].${name} is not a known fault field`);
  const { status, delayMs, retryAfter, body } = f;
  if (status !== undefined && !(Number.isInteger(status) && Number(status) >= 200 && Number(status) <= 599)) {
    problems.push(`[${index}].status must be an integer 200-599`);
  }
  if (delayMs !== undefined && !(typeof delayMs === 'number' && delayMs >= 0 && delayMs <= 600_000)) {
    problems.push(`[${index}].delayMs must be a number of milliseconds 0-600000`);
  }
  if (retryAfter !== undefined && typeof retryAfter !== 'string')
    problems.push(`[${index}].retryAfter must be a string`);
  if (body !== undefined && typeof body !== 'string' && (typeof body !== 'object' || body === null)) {
    problems.push(`[${index}].body must be an object or a string`);
  }
  for (const flag of ['hang', 'dropAfterCommit', 'malformed', 'hideRetryAfter']) {
    if (f[flag] !== undefined && typeof f[flag] !== 'boolean') problems.push(`[${index}].${flag} must be a boolean`);
  }
  return problems;
}
