// Entries: stored once per Idempotency-Key, read newest first in keyset pages.
import { instant } from './migrations.mjs';

/**
 * @typedef {object} EntryRow
 * @property {string} idempotencyKey
 * @property {string | null} id
 * @property {string | null} exercise
 * @property {string | null} subject
 * @property {string | null} assignmentId
 * @property {string | null} completedAt
 * @property {string} receivedAt   ISO 8601, UTC (Date#toISOString), so it also sorts as text
 * @property {string} body         the entry as JSON, as validated
 * @property {string} bodyHash     sha256 hex of the raw body
 * @property {number} responseStatus
 * @property {string} responseBody what the first request was answered with, replayed verbatim
 * @property {string | null} [writer]  who sent it ("client:<id>"); a key is only ever replayed to its writer
 */

/**
 * @typedef {object} EntryFilter
 * @property {string} [subject]
 * @property {string} [exercise]
 * @property {string} [since]     ISO 8601: completed or received at or after it
 * @property {import('./page-cursor.mjs').PagePosition} [after]
 * @property {number} [limit]
 * @property {string} [clinician]  only entries of this clinician's clients
 */

/**
 * @typedef {object} EntryPage
 * @property {unknown[]} entries
 * @property {import('./page-cursor.mjs').PagePosition | null} next  where the next page starts, or null at the end
 */

export const MAX_PAGE = 500;

/** @param {import('./driver.mjs').Driver} db */
export function entryTable(db) {
  return {
    /** @param {string} key @returns {Promise<EntryRow | null>} */
    async findByKey(key) {
      const [row] = await db.all('SELECT * FROM entries WHERE idempotency_key = ?', [key]);
      return row ? toEntryRow(row) : null;
    },

    /**
     * Stores the row unless its key is already taken (by a concurrent server, say).
     * @param {EntryRow} row
     * @returns {Promise<boolean>} whether it was stored
     */
    async insert(row) {
      const changed = await db.run(
        `INSERT INTO entries (idempotency_key, id, exercise, subject, assignment_id, completed_at,
           received_at, body, body_hash, response_status, response_body, completed_ms, received_ms, writer)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (idempotency_key) DO NOTHING`,
        [
          row.idempotencyKey,
          row.id,
          row.exercise,
          row.subject,
          row.assignmentId,
          row.completedAt,
          row.receivedAt,
          row.body,
          row.bodyHash,
          row.responseStatus,
          row.responseBody,
          instant(row.completedAt),
          instant(row.receivedAt),
          row.writer ?? null,
        ],
      );
      return changed > 0;
    },

    /**
     * One page, newest first.
     * @param {EntryFilter} [filter]
     * @returns {Promise<EntryPage>}
     */
    async page({ subject, exercise, since, after, limit = MAX_PAGE, clinician } = {}) {
      const size = Math.max(1, Math.min(MAX_PAGE, Math.trunc(limit)));
      const conditions = [];
      /** @type {unknown[]} */
      const params = [];
      if (subject !== undefined) {
        conditions.push('subject = ?');
        params.push(subject);
      }
      if (clinician !== undefined) {
        // A correlated check, not `subject IN (…)`: with IN, SQLite drives the query by the
        // subject index and sorts every entry of those clients for each page (1.4 s at
        // 100,000); this way the (received_at, key) index gives the order and the page stops early.
        conditions.push(
          'EXISTS (SELECT 1 FROM clients WHERE clients.id = entries.subject AND clients.clinician_id = ?)',
        );
        params.push(clinician);
      }
      if (exercise !== undefined) {
        conditions.push('exercise = ?');
        params.push(exercise);
      }
      if (since !== undefined) {
        // Either instant counts: an entry completed offline last week but received today is
        // still new to a clinician asking "what arrived since".
        conditions.push('(completed_ms >= ? OR received_ms >= ?)');
        params.push(instant(since), instant(since));
      }
      if (after) {
        // A row-value comparison both engines can answer from the (received_at, key) index.
        conditions.push('(received_at, idempotency_key) < (?, ?)');
        params.push(after.receivedAt, after.key);
      }
      const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
      const rows = await db.all(
        `SELECT idempotency_key, received_at, body FROM entries ${where}
         ORDER BY received_at DESC, idempotency_key DESC LIMIT ?`,
        [...params, size + 1],
      );
      const more = rows.length > size;
      const shown = more ? rows.slice(0, size) : rows;
      const last = shown.at(-1);
      return {
        entries: shown.map((row) => JSON.parse(String(row.body))),
        next: more && last ? { receivedAt: String(last.received_at), key: String(last.idempotency_key) } : null,
      };
    },

    /** @returns {Promise<number>} */
    async count() {
      const [row] = await db.all('SELECT count(*) AS n FROM entries');
      return Number(row.n);
    },
  };
}

/**
 * @param {Record<string, unknown>} row
 * @returns {EntryRow}
 */
function toEntryRow(row) {
  const text = (/** @type {unknown} */ value) => (value === null || value === undefined ? null : String(value));
  return {
    idempotencyKey: String(row.idempotency_key),
    id: text(row.id),
    exercise: text(row.exercise),
    subject: text(row.subject),
    assignmentId: text(row.assignment_id),
    completedAt: text(row.completed_at),
    receivedAt: String(row.received_at),
    body: String(row.body),
    bodyHash: String(row.body_hash),
    responseStatus: Number(row.response_status),
    responseBody: String(row.response_body),
    writer: text(row.writer),
  };
}
