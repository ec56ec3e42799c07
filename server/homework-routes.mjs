// The delivery protocol a host's endpoint implements (docs/protocol.md):
// POST stores an entry exactly once per Idempotency-Key, GET lists what was stored.
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  alreadyStored,
  conditionalCreate,
  entriesAsBundle,
  FHIR_CONTENT_TYPE,
  isFhirRequest,
  loadFhir,
  wantsFhir,
} from './fhir-routes.mjs';
import { refuse } from './access/refusals.mjs';
import { nestsTooDeep } from './json-depth.mjs';
import { allowCrossOrigin, answerInFhir, sendJson, sendProblem } from './replies.mjs';
import { readBody } from './request-body.mjs';
import { decodeCursor, encodeCursor, MAX_PAGE } from './store/index.mjs';

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */
/** @typedef {{ ok: true, value: unknown } | { ok: false, problems: string[] }} ValidationResult */
/** @typedef {(candidate: unknown) => ValidationResult | Promise<ValidationResult>} Validate */

const MAX_KEY_LENGTH = 200;
const PROBLEMS_IN_MESSAGE = 3;
const MAX_PROBLEMS = 50;

/**
 * @param {object} options
 * @param {import('./store/index.mjs').Store} options.store
 * @param {() => Promise<Validate>} options.loadValidate
 * @param {(req: Request) => Promise<import('./access/principal.mjs').Principal>} options.identify
 * @param {number} options.maxBodyBytes
 * @param {import('./fault-lab.mjs').FaultLab | null} options.faultLab
 * @param {AbortSignal} options.shutdown  ends fault delays when the server closes
 */
export function createHomeworkRoutes({ store, loadValidate, identify, maxBodyBytes, faultLab, shutdown }) {
  /** Writer and key of requests still being processed, so a second copy gets 409. */
  const inFlight = new Set();

  /**
   * @param {Request} req
   * @param {Response} res
   * @param {URL} url
   */
  async function handle(req, res, url) {
    allowCrossOrigin(req, res, 'GET, POST, OPTIONS');
    if (isFhirRequest(req, url)) answerInFhir(res);
    if (url.pathname !== '/api/homework') return sendProblem(res, 404, 'Not found');
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    if (req.method === 'POST') return receive(req, res);
    if (req.method === 'GET') return list(req, res, url);
    res.setHeader('Allow', 'GET, POST, OPTIONS');
    sendProblem(res, 405, `Method ${req.method} is not allowed here`);
  }

  /**
   * @param {Request} req
   * @param {Response} res
   */
  async function receive(req, res) {
    const key = idempotencyKey(req);
    const fault = faultLab ? faultLab.take(req, res, key) : null;
    if (fault?.hang) return void req.resume();
    if (fault?.status !== undefined) {
      req.resume();
      await sleep(fault.delayMs ?? 0, undefined, { signal: shutdown });
      return faultLab?.answer(res, fault);
    }

    const principal = await identify(req);
    if (principal.kind !== 'link' && principal.kind !== 'open') {
      req.resume();
      return refuse(res, principal, 'Entries arrive through a client’s link; a clinician’s credential only reads them');
    }
    // The client comes from the link, never from the body; the open writer exists only in
    // the test lab (faults on loopback), where the body's subject stands.
    const writer =
      principal.kind === 'link'
        ? { id: `client:${principal.link.clientId}`, link: principal.link }
        : { id: 'open', link: null };
    const mediaType = isJson(req);
    if (!mediaType) return sendProblem(res, 415, `Content-Type must be application/json or ${FHIR_CONTENT_TYPE}`);
    const isFhir = mediaType === FHIR_CONTENT_TYPE;
    // A FHIR client dedupes by conditional create instead: its If-None-Exist names the key.
    const conditional = isFhir ? conditionalCreate(req, (await loadFhir()).ENTRY_ID_SYSTEM) : { id: null };
    if ('problem' in conditional) return sendProblem(res, 400, conditional.problem);
    if (key && conditional.id && key !== conditional.id) {
      return sendProblem(res, 400, 'Idempotency-Key and If-None-Exist name different entries');
    }
    if (!key && !conditional.id) {
      return sendProblem(res, 400, `Idempotency-Key (or, for FHIR, If-None-Exist) header is required`);
    }
    const entryKey = /** @type {string} */ (key ?? conditional.id);
    if (entryKey.length > MAX_KEY_LENGTH) {
      return sendProblem(res, 400, `Idempotency-Key must be at most ${MAX_KEY_LENGTH} characters`);
    }
    const raw = await readBody(req, maxBodyBytes);
    if (raw === null) return sendProblem(res, 413, `Entry too large: at most ${maxBodyBytes} bytes`);
    const flight = `${writer.id}\n${entryKey}`;
    if (inFlight.has(flight)) {
      return sendProblem(res, 409, 'A request with this Idempotency-Key is still being processed; retry later');
    }

    inFlight.add(flight);
    try {
      if (fault?.delayMs) await sleep(fault.delayMs, undefined, { signal: shutdown });
      // Without an Idempotency-Key it is FHIR's conditional create: a match answers 200 whatever the body.
      await commit(req, res, { key: entryKey, raw, fault, isFhir, conditionalOnly: !key, writer });
    } finally {
      inFlight.delete(flight);
    }
  }

  /**
   * @param {Request} req
   * @param {Response} res
   * @param {object} received
   * @param {string} received.key
   * @param {Buffer} received.raw
   * @param {import('./fault-lab.mjs').Fault | null} received.fault
   * @param {boolean} received.isFhir  the body is a QuestionnaireResponse, stored as the entry it maps to
   * @param {boolean} received.conditionalOnly  keyed by If-None-Exist alone (FHIR conditional create)
   * @param {{ id: string, link: import('./store/credentials.mjs').LinkRow | null }} received.writer
   */
  async function commit(req, res, { key, raw, fault, isFhir, conditionalOnly, writer }) {
    const text = raw.toString('utf8');
    // Counted before parsing: JSON.parse itself copes, but everything after it recurses.
    if (nestsTooDeep(text)) return sendProblem(res, 400, 'Body nests objects or arrays too deeply');
    /** @type {unknown} */
    let candidate;
    try {
      candidate = JSON.parse(text);
    } catch {
      // The parser's own message quotes the body back; keep entry text out of replies and logs.
      return sendProblem(res, 400, 'Body is not valid JSON');
    }

    const bodyHash = createHash('sha256').update(raw).digest('hex');
    const erased = await store.tombstones.find(key);
    if (erased) {
      // Erased on purpose: a late retry is answered so the device stops, and is not stored.
      if ((erased.writer && erased.writer !== writer.id) || erased.bodyHash !== bodyHash) return refuseKey(res);
      return sendJson(res, 200, { id: key, erased: true }, { 'Idempotent-Replayed': 'true' });
    }
    const earlier = await store.entries.findByKey(key);
    if (earlier && conditionalOnly) {
      if (earlier.writer && earlier.writer !== writer.id) return refuseKey(res);
      return sendJson(res, 200, alreadyStored(key), { 'Content-Type': `${FHIR_CONTENT_TYPE}; charset=utf-8` });
    }
    if (earlier) return replay(res, earlier, bodyHash, writer.id);

    if (isFhir) {
      // The library's own mapping, so the endpoint reads exactly what format="fhir" sends. The
      // key stands in for a missing identifier (a response made by another FHIR client).
      const mapped = (await loadFhir()).entryFromQuestionnaireResponse(candidate, { id: key });
      if (!mapped.ok) {
        const problems = mapped.problems.slice(0, MAX_PROBLEMS);
        const message = `QuestionnaireResponse is not valid: ${problems.slice(0, PROBLEMS_IN_MESSAGE).join('; ')}`;
        return sendProblem(res, 422, message, { problems });
      }
      candidate = mapped.value;
    }

    const validate = await loadValidate();
    const result = await validate(candidate);
    if (!result.ok) {
      const problems = result.problems.slice(0, MAX_PROBLEMS);
      const message = `Entry is not valid: ${problems.slice(0, PROBLEMS_IN_MESSAGE).join('; ')}`;
      return sendProblem(res, 422, message, { problems });
    }

    const entry = /** @type {Record<string, unknown>} */ (result.value);
    if (entry.id !== key) return sendProblem(res, 422, 'Idempotency-Key must be the entry’s id');
    if (writer.link) {
      const { assignmentId, clientId } = writer.link;
      if (assignmentId !== null && entry.assignmentId !== null && entry.assignmentId !== assignmentId) {
        return sendProblem(res, 422, 'This link is for another assignment');
      }
      entry.subject = clientId;
    }
    const receivedAt = new Date().toISOString();
    const id = key;
    const responseBody = JSON.stringify({ id, receivedAt });
    const stored = await store.entries.insert({
      idempotencyKey: key,
      id,
      exercise: textOrNull(entry.exercise),
      subject: textOrNull(entry.subject),
      assignmentId: textOrNull(entry.assignmentId),
      completedAt: textOrNull(entry.completedAt),
      receivedAt,
      // What the schema parsed, never the raw body: unknown fields (however deeply nested)
      // are not kept, so nothing stored can break a later read. A FHIR body is kept as the
      // entry it maps to. The hash is of the bytes received, so a replay still matches and a
      // different body is still refused.
      body: JSON.stringify(entry),
      bodyHash,
      responseStatus: 201,
      responseBody,
      writer: writer.id,
    });
    if (!stored) {
      // Another server of the same practice stored this key a moment ago.
      const winner = await store.entries.findByKey(key);
      if (winner) return replay(res, winner, bodyHash, writer.id);
    }

    if (fault?.dropAfterCommit) return void req.socket.destroy();
    if (fault?.malformed) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      return void res.end('<html>not json');
    }
    sendJson(res, 201, responseBody);
  }

  /**
   * @param {Request} req
   * @param {Response} res
   * @param {URL} url
   */
  async function list(req, res, url) {
    const principal = await identify(req);
    if (principal.kind !== 'clinician') return refuse(res, principal, 'A client’s link cannot read entries');
    const query = readPageQuery(url);
    if ('problem' in query) return sendProblem(res, 400, query.problem);
    const page = await store.entries.page({ ...query.filter, clinician: principal.clinicianId });
    await logRead(principal.actor, page.entries);
    const next = page.next ? nextPageUrl(url, encodeCursor(page.next)) : null;
    if (wantsFhir(req, url)) {
      return sendJson(res, 200, await entriesAsBundle(page.entries, { self: url.pathname + url.search, next }), {
        'Content-Type': `${FHIR_CONTENT_TYPE}; charset=utf-8`,
      });
    }
    sendJson(res, 200, { entries: page.entries, next });
  }

  /**
   * @param {Response} res
   * @param {import('./store/index.mjs').EntryRow} earlier
   * @param {string} bodyHash
   * @param {string} writer
   */
  function replay(res, earlier, bodyHash, writer) {
    // Another writer's answer is theirs: it is neither replayed nor overwritten. Entries stored
    // before senders were told apart (no writer) are replayed to whoever holds the same body.
    if (earlier.writer && earlier.writer !== writer) return refuseKey(res);
    if (earlier.bodyHash !== bodyHash) return sendProblem(res, 422, 'Idempotency-Key reused with a different body');
    sendJson(res, earlier.responseStatus, earlier.responseBody, { 'Idempotent-Replayed': 'true' });
  }

  /**
   * One access-log row per client whose entries this page showed; never their text.
   * @param {string} actor
   * @param {unknown[]} entries
   */
  async function logRead(actor, entries) {
    /** @type {Map<string | null, number>} */
    const perClient = new Map();
    for (const entry of entries) {
      const subject = /** @type {{ subject?: unknown }} */ (entry).subject;
      const client = typeof subject === 'string' ? subject : null;
      perClient.set(client, (perClient.get(client) ?? 0) + 1);
    }
    // A read that found nothing is still a read.
    if (!perClient.size) perClient.set(null, 0);
    await store.accessLog.record(
      [...perClient].map(([clientId, count]) => ({ actor, action: 'read-entries', clientId, entries: count })),
    );
  }

  return { handle };
}

/** @param {Response} res */
function refuseKey(res) {
  sendProblem(res, 422, 'An entry with this id was already received from another sender; it is not replaced');
}

/**
 * The filter of `GET /api/homework?subject=&exercise=&since=&limit=&after=`.
 * @param {URL} url
 * @returns {{ filter: import('./store/entries.mjs').EntryFilter } | { problem: string }}
 */
function readPageQuery(url) {
  const param = (/** @type {string} */ name) => url.searchParams.get(name) ?? undefined;
  const since = param('since');
  if (since !== undefined && Number.isNaN(Date.parse(since))) return { problem: 'since must be an ISO 8601 date-time' };
  const limitText = param('limit');
  const limit = limitText === undefined ? MAX_PAGE : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) {
    return { problem: `limit must be a whole number from 1 to ${MAX_PAGE}` };
  }
  const afterText = param('after');
  const after = afterText === undefined ? undefined : decodeCursor(afterText);
  if (after === null) return { problem: 'after is not a position this server gave out; start from the first page' };
  return { filter: { subject: param('subject'), exercise: param('exercise'), since, limit, after } };
}

/**
 * The same query with the next position. Relative, so it never names a host taken from the
 * request's own (untrusted) Host header.
 * @param {URL} url
 * @param {string} cursor
 */
function nextPageUrl(url, cursor) {
  const params = new URLSearchParams(url.searchParams);
  params.set('after', cursor);
  return `${url.pathname}?${params}`;
}

/**
 * The draft defines the header as a structured-field string ("quoted"); widgets send it
 * bare. Both name the same key.
 * @param {Request} req
 */
function idempotencyKey(req) {
  const value = req.headers['idempotency-key'];
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  const unquoted = /^"(.*)"$/.exec(trimmed)?.[1] ?? trimmed;
  return unquoted || null;
}

/**
 * The body's media type when it is one we read (JSON or FHIR JSON), else null.
 * @param {Request} req
 */
export function isJson(req) {
  const mediaType = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  return mediaType === 'application/json' || mediaType === FHIR_CONTENT_TYPE ? mediaType : null;
}

/** @param {unknown} value */
function textOrNull(value) {
  return typeof value === 'string' ? value : null;
}
