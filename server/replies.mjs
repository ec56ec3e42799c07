// How every answer leaves the server: JSON that is never cached or sniffed, and the CORS
// headers that let a widget on a configured origin read it.

import { FHIR_CONTENT_TYPE, operationOutcome } from './operation-outcome.mjs';

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */

const JSON_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

/** Answers to FHIR requests: their refusals are OperationOutcomes (operation-outcome.mjs). */
const fhirAnswers = new WeakSet();

/**
 * From here on, refuse this request in FHIR: the client sent FHIR (or asked for it) and reads
 * OperationOutcome, not our problem body. Native JSON requests keep the problem body.
 * @param {Response} res
 */
export function answerInFhir(res) {
  fhirAnswers.add(res);
}

/** Requests whose Origin the practice configured (checked once, before routing). */
const crossOriginPermitted = new WeakSet();

/** @param {Request} req */
export function permitCrossOrigin(req) {
  crossOriginPermitted.add(req);
}

/**
 * CORS headers, only for an origin the practice configured: a page anywhere else can
 * neither read an answer nor send a preflighted request.
 * @param {Request} req
 * @param {Response} res
 * @param {string} methods
 */
export function allowCrossOrigin(req, res, methods) {
  if (!crossOriginPermitted.has(req) || !req.headers.origin) return;
  // No Allow-Credentials: cookies are for the server's own pages; other pages send headers.
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Vary', 'Origin');
  res.setHeader('Access-Control-Allow-Headers', 'Authorization, Idempotency-Key, If-None-Exist, Content-Type');
  res.setHeader('Access-Control-Allow-Methods', methods);
  // Without this a cross-origin widget cannot see Retry-After and falls back to backoff.
  res.setHeader('Access-Control-Expose-Headers', 'Retry-After');
  res.setHeader('Access-Control-Max-Age', '600');
}

/**
 * Send `value` as JSON, or `text` exactly as given when it is already serialised.
 * @param {Response} res
 * @param {number} status
 * @param {unknown} value
 * @param {Record<string, string>} [headers]
 */
export function sendJson(res, status, value, headers = {}) {
  sendText(res, status, typeof value === 'string' ? value : JSON.stringify(value), {
    ...JSON_HEADERS,
    ...headers,
  });
}

/**
 * @param {Response} res
 * @param {number} status
 * @param {string} text
 * @param {Record<string, string>} [headers]
 */
export function sendText(res, status, text, headers = {}) {
  // A client that gave up (or a fault that dropped the socket) has nobody left to answer.
  if (res.headersSent || res.destroyed) return;
  const body = Buffer.from(text, 'utf8');
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
    'Content-Length': String(body.length),
  });
  res.end(body);
}

/**
 * @param {Response} res
 * @param {number} status
 * @param {string} message
 * @param {Record<string, unknown>} [extra]
 */
export function sendProblem(res, status, message, extra = {}) {
  if (fhirAnswers.has(res)) {
    return sendJson(res, status, operationOutcome(status, message, extra), {
      'Content-Type': `${FHIR_CONTENT_TYPE}; charset=utf-8`,
    });
  }
  sendJson(res, status, { message, ...extra });
}
