// The practice's loop, on the server (docs/practice-loop.md):
//   GET   /api/clients                    the signed-in clinician's clients
//   POST  /api/clients                    add one: { label, language? } (the server makes the id)
//   PATCH /api/clients/:id                rename, set the language or the last session's date
//   GET   /api/clients/:id/assignments    the assignments given to that client (for the panel)
//   GET   /api/caseload                   every client: assignment states, last entry, flags
//   GET   /api/my/assignments             a client's link: their assignments' states, no content
// A clinician's credential reads their own clients only; a client's link reads only its own
// client's assignment states, never entries, labels or the caseload.
import { randomUUID } from 'node:crypto';
import { refuse } from './access/refusals.mjs';
import { calendarDate, lastEntryAt, progressOf } from './caseload.mjs';
import { isJson } from './homework-routes.mjs';
import { nestsTooDeep } from './json-depth.mjs';
import { allowCrossOrigin, sendJson, sendProblem } from './replies.mjs';
import { readBody } from './request-body.mjs';
import { MAX_PAGE } from './store/index.mjs';
import { decoded } from './path-segment.mjs';

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */
/** @typedef {import('./access/principal.mjs').Principal} Principal */
/**
 * @typedef {(entries: unknown[], assignments: unknown[]) => { flagged: number, unchecked: number }} CountFlags
 */

const MAX_BODY = 4096;
const MAX_LABEL = 100;
/** Enough for any practice; it bounds what one caseload read does. */
export const MAX_CLIENTS = 2000;
const LANGUAGE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * @param {object} options
 * @param {import('./store/index.mjs').Store} options.store
 * @param {(req: Request) => Promise<Principal>} options.identify
 * @param {() => number} options.now  the server's clock (tests set it)
 * @param {() => Promise<CountFlags>} options.loadCountFlags  the review panel's flag rule
 */
export function createClientRoutes({ store, identify, now, loadCountFlags }) {
  /**
   * @param {Request} req
   * @param {Response} res
   * @param {URL} url
   * @returns {Promise<boolean>} whether this was one of these routes
   */
  async function handle(req, res, url) {
    const path = url.pathname;
    const match = /^\/api\/clients\/([^/]+)(\/assignments)?$/.exec(path);
    if (path !== '/api/clients' && !match && path !== '/api/caseload' && path !== '/api/my/assignments') return false;
    await route(req, res, path, match);
    return true;
  }

  /**
   * @param {Request} req @param {Response} res @param {string} path
   * @param {RegExpExecArray | null} match  /api/clients/:id(/assignments)
   */
  async function route(req, res, path, match) {
    // A widget on an origin the practice configured may ask (with a header credential).
    allowCrossOrigin(req, res, path === '/api/clients' || !match ? 'GET, POST, OPTIONS' : 'GET, PATCH, OPTIONS');
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    const principal = await identify(req);
    // Only create and update read a body; the others are done with it.
    if (req.method !== 'POST' && req.method !== 'PATCH') req.resume();
    if (path === '/api/my/assignments') {
      if (req.method !== 'GET') return methodNotAllowed(req, res, 'GET');
      if (principal.kind !== 'link') return refuse(res, principal, 'This is a client’s own list; it needs their link');
      return myAssignments(res, principal.link.clientId);
    }
    if (principal.kind !== 'clinician') {
      req.resume();
      return refuse(res, principal, 'Only the clinician reads and changes their list of clients');
    }
    if (req.method !== 'GET' && !principal.canWrite) {
      req.resume();
      return refuse(res, principal, 'Only a signed-in clinician, from this server’s own pages, changes clients');
    }
    const { clinicianId } = principal;
    if (path === '/api/caseload') {
      return req.method === 'GET' ? caseload(res, clinicianId, principal.actor) : methodNotAllowed(req, res, 'GET');
    }
    if (path === '/api/clients') {
      if (req.method === 'GET') return sendJson(res, 200, { clients: await store.clients.list(clinicianId) });
      if (req.method === 'POST') return create(req, res, clinicianId);
      req.resume();
      return methodNotAllowed(req, res, 'GET, POST');
    }
    const clientId = decoded(match?.[1]);
    const client = clientId === undefined ? null : await store.clients.find(clinicianId, clientId);
    if (!client) {
      req.resume();
      // Another clinician's client answers like a missing one.
      return sendProblem(res, 404, 'No client of yours with this id');
    }
    if (match?.[2]) {
      if (req.method !== 'GET') return methodNotAllowed(req, res, 'GET');
      const given = await store.clients.assignments(clinicianId, client.id);
      return sendJson(res, 200, { assignments: given.map((row) => JSON.parse(row.body)) });
    }
    if (req.method === 'PATCH') return update(req, res, clinicianId, client.id);
    methodNotAllowed(req, res, 'PATCH');
  }

  /** @param {Response} res @param {string} clinicianId @param {string} actor */
  async function caseload(res, clinicianId, actor) {
    const today = calendarDate(now());
    const [clients, given, progress, countFlags] = await Promise.all([
      store.clients.list(clinicianId),
      store.clients.assignments(clinicianId),
      store.clients.progress(clinicianId),
      loadCountFlags(),
    ]);
    const rows = [];
    /** @type {{ actor: string, action: string, clientId: string, entries: number }[]} */
    const reads = [];
    for (const client of clients) {
      const ownGiven = given.filter((row) => row.clientId === client.id);
      const ownProgress = progress.filter((row) => row.clientId === client.id);
      const assignments = progressOf(ownGiven, ownProgress, today);
      // Flags, like the panel's, over the entries since the last session (read here, counted,
      // and not sent: the clinician opens the client to see them).
      const page = await store.entries.page({
        subject: client.id,
        clinician: clinicianId,
        since: client.since ? startOfDay(client.since) : undefined,
        limit: MAX_PAGE,
      });
      const counted = countFlags(
        page.entries,
        ownGiven.map((row) => JSON.parse(row.body)),
      );
      reads.push({ actor, action: 'count-flags', clientId: client.id, entries: page.entries.length });
      rows.push({
        id: client.id,
        label: client.label,
        language: client.language,
        since: client.since,
        lastEntryAt: lastEntryAt(ownProgress),
        assignments,
        flags: { ...counted, checkedAll: page.next === null },
      });
    }
    await store.accessLog.record(reads);
    // By label; the caseload element re-sorts as the clinician chooses.
    const name = (/** @type {{ id: string, label: string | null }} */ row) => row.label ?? row.id;
    rows.sort((x, y) => name(x).localeCompare(name(y), undefined, { sensitivity: 'base' }) || x.id.localeCompare(y.id));
    sendJson(res, 200, { today, clients: rows });
  }

  /** @param {Response} res @param {string} clientId */
  async function myAssignments(res, clientId) {
    const today = calendarDate(now());
    const owner = await store.clients.owner(clientId);
    if (!owner) return sendJson(res, 200, { today, language: null, assignments: [] });
    const { clinicianId } = owner;
    const given = await store.clients.assignments(clinicianId, clientId);
    const progress = await store.clients.progress(clinicianId, clientId);
    const notes = new Map(given.map((row) => [row.id, JSON.parse(row.body).note]));
    // States and the clinician's own words to the client; never an entry, never the label.
    const assignments = progressOf(given, progress, today).map(({ lastEntryAt: _last, ...assignment }) => ({
      ...assignment,
      note: typeof notes.get(assignment.id) === 'string' ? notes.get(assignment.id) : null,
    }));
    sendJson(res, 200, {
      today,
      language: owner.language,
      assignments,
    });
  }

  /** @param {Request} req @param {Response} res @param {string} clinicianId */
  async function create(req, res, clinicianId) {
    const body = await readJson(req, res);
    if (!body) return;
    const label = checkLabel(body.label);
    if (label === null) return sendProblem(res, 400, `label must be 1-${MAX_LABEL} characters of text`);
    const language = body.language ?? null;
    if (language !== null && !isLanguage(language)) {
      return sendProblem(res, 400, 'language must be a language tag such as "es" or "zh-Hans", or null');
    }
    if ((await store.clients.count(clinicianId)) >= MAX_CLIENTS) {
      return sendProblem(res, 409, `A clinician keeps at most ${MAX_CLIENTS} clients here`);
    }
    const client = {
      id: randomUUID(),
      clinicianId,
      label,
      language,
      createdAt: new Date(now()).toISOString(),
    };
    await store.clients.add(client);
    sendJson(res, 201, await store.clients.find(clinicianId, client.id));
  }

  /** @param {Request} req @param {Response} res @param {string} clinicianId @param {string} clientId */
  async function update(req, res, clinicianId, clientId) {
    const body = await readJson(req, res);
    if (!body) return;
    const unknown = Object.keys(body).filter((key) => !['label', 'language', 'since'].includes(key));
    if (unknown.length)
      return sendProblem(res, 400, `Only label, language and since can be changed, not ${unknown[0]}`);
    /** @type {{ label?: string, language?: string | null, since?: string | null }} */
    const patch = {};
    if (body.label !== undefined) {
      const label = checkLabel(body.label);
      if (label === null) return sendProblem(res, 400, `label must be 1-${MAX_LABEL} characters of text`);
      patch.label = label;
    }
    if (body.language !== undefined) {
      if (body.language !== null && !isLanguage(body.language)) {
        return sendProblem(res, 400, 'language must be a language tag such as "es" or "zh-Hans", or null');
      }
      patch.language = body.language;
    }
    if (body.since !== undefined) {
      if (body.since !== null && !isDate(body.since)) {
        return sendProblem(res, 400, 'since must be a date (YYYY-MM-DD), or null');
      }
      patch.since = body.since;
    }
    sendJson(res, 200, await store.clients.update(clinicianId, clientId, patch));
  }

  /**
   * The body as a JSON object, or null after answering why not.
   * @param {Request} req @param {Response} res
   * @returns {Promise<Record<string, unknown> | null>}
   */
  async function readJson(req, res) {
    if (!isJson(req)) {
      req.resume();
      sendProblem(res, 415, 'Content-Type must be application/json');
      return null;
    }
    const raw = await readBody(req, MAX_BODY);
    if (raw === null) {
      sendProblem(res, 413, `Too large: at most ${MAX_BODY} bytes`);
      return null;
    }
    const text = raw.toString('utf8');
    /** @type {unknown} */
    let body = null;
    try {
      body = nestsTooDeep(text) ? null : JSON.parse(text);
    } catch {
      body = null;
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      sendProblem(res, 400, 'Body must be a JSON object');
      return null;
    }
    return /** @type {Record<string, unknown>} */ (body);
  }

  return { handle };
}

/** @param {unknown} value @returns {string | null} trimmed, or null when it is not a usable label */
function checkLabel(value) {
  if (typeof value !== 'string') return null;
  const label = value.trim();
  return label.length >= 1 && label.length <= MAX_LABEL && !CONTROL.test(label) ? label : null;
}

/** @param {unknown} value @returns {value is string} */
function isLanguage(value) {
  return typeof value === 'string' && value.length <= 35 && LANGUAGE.test(value);
}

/** @param {unknown} value @returns {value is string} a real calendar date */
function isDate(value) {
  if (typeof value !== 'string' || !DATE.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
}

/** Midnight starting `date` in the server's time zone, as an instant. @param {string} date */
function startOfDay(date) {
  return new Date(`${date}T00:00:00`).toISOString();
}

/** @param {Response} res @param {string} allow */
function methodNotAllowed(req, res, allow) {
  res.setHeader('Allow', allow);
  sendProblem(res, 405, 'This method is not allowed here');
}
