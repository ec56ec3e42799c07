// Where the reference endpoint keeps entries: a real SQLite database (sql.js, WASM) in one
// file, rewritten atomically after every change so a crash never leaves half a database.
import fs from 'node:fs';
import path from 'node:path';
import initSqlJs from 'sql.js';

/**
 * @typedef {object} EntryRow
 * @property {string} idempotencyKey
 * @property {string | null} id
 * @property {string | null} exercise
 * @property {string | null} subject
 * @property {string | null} assignmentId
 * @property {string | null} completedAt
 * @property {string} receivedAt   ISO 8601, UTC (Date#toISOString), so it also sorts as text
 * @property {string} body         the entry as JSON: the raw body as received (a FHIR body: the entry it maps to)
 * @property {string} bodyHash     sha256 hex of the raw body
 * @property {number} responseStatus
 * @property {string} responseBody what the first request was answered with, replayed verbatim
 */

/**
 * @typedef {object} AssignmentRow
 * @property {string} id
 * @property {string} exercise
 * @property {string} createdAt   ISO 8601, UTC; kept when the assignment is edited
 * @property {string} updatedAt
 * @property {string} body        the assignment as JSON
 */

/**
 * @typedef {object} EntryStore
 * @property {(key: string) => EntryRow | null} findByKey
 * @property {(row: EntryRow) => void} insert
 * @property {(filter?: { subject?: string, exercise?: string, since?: string }) => unknown[]} list
 * @property {() => number} count
 * @property {(row: AssignmentRow) => boolean} saveAssignment  true when it replaced an earlier version
 * @property {(id: string) => AssignmentRow | null} findAssignment
 * @property {(filter?: { exercise?: string }) => unknown[]} listAssignments
 * @property {() => void} clear
 * @property {() => void} close
 */

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS entries (
    idempotency_key TEXT PRIMARY KEY,
    id TEXT,
    exercise TEXT,
    subject TEXT,
    assignment_id TEXT,
    completed_at TEXT,
    received_at TEXT,
    body TEXT,
    body_hash TEXT,
    response_status INT,
    response_body TEXT
  );
  CREATE INDEX IF NOT EXISTS entries_by_received_at ON entries (received_at);
  CREATE TABLE IF NOT EXISTS assignments (
    id TEXT PRIMARY KEY,
    exercise TEXT,
    created_at TEXT,
    updated_at TEXT,
    body TEXT
  );
`;

/** @typedef {string | number | null | Uint8Array} SqlValue */

/** sql.js ships no types; loading the WASM once is enough for every store. @type {Promise<any> | undefined} */
let sqlJs;

/**
 * Open (or create) the store. `file` is a path, or ':memory:' for a store that dies with
 * the process.
 * @param {string} file
 * @returns {Promise<EntryStore>}
 */
export async function openEntryStore(file) {
  sqlJs ??= initSqlJs();
  const SQL = await sqlJs;
  const inMemory = file === ':memory:';
  if (!inMemory) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = !inMemory && fs.existsSync(file) ? new SQL.Database(fs.readFileSync(file)) : new SQL.Database();
  // completed_at carries the client's UTC offset, so text comparison would misorder it;
  // compare instants instead.
  db.create_function('instant', (/** @type {unknown} */ iso) =>
    typeof iso === 'string' && !Number.isNaN(Date.parse(iso)) ? Date.parse(iso) : null,
  );
  db.exec(SCHEMA);
  persist();

  function persist() {
    if (inMemory) return;
    const temporary = `${file}.tmp`;
    const handle = fs.openSync(temporary, 'w');
    try {
      fs.writeSync(handle, db.export());
      // Without fsync the rename could reach the disk before the data does.
      fs.fsyncSync(handle);
    } finally {
      fs.closeSync(handle);
    }
    fs.renameSync(temporary, file);
  }

  /**
   * @param {string} sql
   * @param {SqlValue[]} [params]
   * @returns {Record<string, SqlValue>[]}
   */
  function all(sql, params) {
    const statement = db.prepare(sql, params);
    try {
      const rows = [];
      while (statement.step()) rows.push(statement.getAsObject());
      return rows;
    } finally {
      statement.free();
    }
  }

  return {
    findByKey(key) {
      const [row] = all('SELECT * FROM entries WHERE idempotency_key = ?', [key]);
      return row ? toEntryRow(row) : null;
    },

    insert(row) {
      db.run(
        `INSERT INTO entries (idempotency_key, id, exercise, subject, assignment_id, completed_at,
           received_at, body, body_hash, response_status, response_body)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
        ],
      );
      persist();
    },

    list({ subject, exercise, since } = {}) {
      const conditions = [];
      /** @type {SqlValue[]} */
      const params = [];
      if (subject !== undefined) {
        conditions.push('subject = ?');
        params.push(subject);
      }
      if (exercise !== undefined) {
        conditions.push('exercise = ?');
        params.push(exercise);
      }
      if (since !== undefined) {
        // Either instant counts: an entry completed offline last week but received today is
        // still new to a clinician asking "what arrived since".
        conditions.push('(instant(completed_at) >= instant(?) OR instant(received_at) >= instant(?))');
        params.push(since, since);
      }
      const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
      return all(`SELECT body FROM entries ${where} ORDER BY received_at, rowid`, params).map((row) =>
        JSON.parse(String(row.body)),
      );
    },

    count() {
      return Number(all('SELECT count(*) AS n FROM entries')[0].n);
    },

    saveAssignment(row) {
      const [earlier] = all('SELECT created_at FROM assignments WHERE id = ?', [row.id]);
      db.run(`INSERT OR REPLACE INTO assignments (id, exercise, created_at, updated_at, body) VALUES (?, ?, ?, ?, ?)`, [
        row.id,
        row.exercise,
        earlier ? String(earlier.created_at) : row.createdAt,
        row.updatedAt,
        row.body,
      ]);
      persist();
      return !!earlier;
    },

    findAssignment(id) {
      const [row] = all('SELECT * FROM assignments WHERE id = ?', [id]);
      if (!row) return null;
      return {
        id: String(row.id),
        exercise: String(row.exercise),
        createdAt: String(row.created_at),
        updatedAt: String(row.updated_at),
        body: String(row.body),
      };
    },

    listAssignments({ exercise } = {}) {
      const where = exercise === undefined ? '' : 'WHERE exercise = ?';
      const params = exercise === undefined ? [] : [exercise];
      return all(`SELECT body FROM assignments ${where} ORDER BY created_at, rowid`, params).map((row) =>
        JSON.parse(String(row.body)),
      );
    },

    clear() {
      db.run('DELETE FROM entries');
      db.run('DELETE FROM assignments');
      persist();
    },

    close() {
      db.close();
    },
  };
}

/**
 * @param {Record<string, SqlValue>} row
 * @returns {EntryRow}
 */
function toEntryRow(row) {
  const text = (/** @type {SqlValue} */ value) => (value === null ? null : String(value));
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
  };
}
