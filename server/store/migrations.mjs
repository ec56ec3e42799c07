// The store's schema, one version at a time, in SQL both engines read. Append only: a
// released migration is never edited, since databases in the field have already run it.

/** @typedef {import('./driver.mjs').Queryable} Queryable */

/**
 * @typedef {object} Migration
 * @property {number} version
 * @property {string} name
 * @property {(tx: Queryable, engine: 'sqlite' | 'postgres') => Promise<void>} up
 */

/** @type {Migration[]} */
export const MIGRATIONS = [
  {
    version: 1,
    // Exactly the tables the earlier sql.js store created (IF NOT EXISTS), so its files open
    // in place and carry on from here.
    name: 'entries and assignments',
    async up(tx) {
      await tx.exec(`
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
      `);
    },
  },
  {
    version: 2,
    // Pages are read newest first by (received_at, idempotency_key); completed_at carries the
    // client's offset, so "since" compares instants kept as epoch milliseconds.
    name: 'keyset pages and instants',
    async up(tx) {
      await tx.exec(`
        ALTER TABLE entries ADD COLUMN completed_ms BIGINT;
        ALTER TABLE entries ADD COLUMN received_ms BIGINT;
        DROP INDEX IF EXISTS entries_by_received_at;
        CREATE INDEX entries_page ON entries (received_at, idempotency_key);
        CREATE INDEX entries_by_subject_page ON entries (subject, received_at, idempotency_key);
        CREATE INDEX entries_by_exercise_page ON entries (exercise, received_at, idempotency_key);
        CREATE INDEX assignments_by_created ON assignments (created_at, id);
      `);
      const rows = await tx.all('SELECT idempotency_key, completed_at, received_at FROM entries');
      for (const row of rows) {
        await tx.run('UPDATE entries SET completed_ms = ?, received_ms = ? WHERE idempotency_key = ?', [
          instant(row.completed_at),
          instant(row.received_at),
          row.idempotency_key,
        ]);
      }
    },
  },
  {
    version: 3,
    // Who may read and write: clinicians and their clients, client links (capabilities),
    // sign-in sessions, read-only API tokens, tombstones of erased entries and the access log.
    // Every secret is kept as its SHA-256 only; passwords as scrypt hashes.
    name: 'access',
    async up(tx) {
      await tx.exec(`
        CREATE TABLE clinicians (
          id TEXT PRIMARY KEY,
          username TEXT NOT NULL UNIQUE,
          password_hash TEXT NOT NULL,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );
        CREATE TABLE clients (
          id TEXT PRIMARY KEY,
          clinician_id TEXT NOT NULL REFERENCES clinicians (id),
          created_at TEXT NOT NULL
        );
        CREATE TABLE client_links (
          id TEXT PRIMARY KEY,
          token_hash TEXT NOT NULL UNIQUE,
          clinician_id TEXT NOT NULL REFERENCES clinicians (id),
          client_id TEXT NOT NULL REFERENCES clients (id),
          assignment_id TEXT,
          created_at TEXT NOT NULL,
          expires_ms BIGINT NOT NULL,
          revoked_at TEXT
        );
        CREATE TABLE sessions (
          id_hash TEXT PRIMARY KEY,
          clinician_id TEXT NOT NULL REFERENCES clinicians (id),
          created_ms BIGINT NOT NULL,
          expires_ms BIGINT NOT NULL
        );
        CREATE TABLE api_tokens (
          id TEXT PRIMARY KEY,
          token_hash TEXT NOT NULL UNIQUE,
          clinician_id TEXT NOT NULL REFERENCES clinicians (id),
          label TEXT NOT NULL,
          scope TEXT NOT NULL,
          created_at TEXT NOT NULL,
          revoked_at TEXT
        );
        CREATE TABLE tombstones (
          idempotency_key TEXT PRIMARY KEY,
          writer TEXT,
          body_hash TEXT NOT NULL,
          client_id TEXT,
          erased_at TEXT NOT NULL,
          erased_by TEXT NOT NULL
        );
        CREATE TABLE access_log (
          id TEXT PRIMARY KEY,
          at TEXT NOT NULL,
          actor TEXT NOT NULL,
          action TEXT NOT NULL,
          client_id TEXT,
          entries INT NOT NULL
        );
        CREATE INDEX access_log_by_at ON access_log (at, id);
        ALTER TABLE entries ADD COLUMN writer TEXT;
        ALTER TABLE assignments ADD COLUMN clinician_id TEXT;
        ALTER TABLE assignments ADD COLUMN client_id TEXT;
      `);
    },
  },
  {
    version: 4,
    // The clinician's list of clients: a label, a preferred language, the last session's date.
    name: 'clients',
    async up(tx) {
      await tx.exec(`
        ALTER TABLE clients ADD COLUMN label TEXT;
        ALTER TABLE clients ADD COLUMN language TEXT;
        ALTER TABLE clients ADD COLUMN since_date TEXT;
        CREATE INDEX clients_by_clinician ON clients (clinician_id, created_at, id);
        CREATE INDEX assignments_by_client ON assignments (client_id, created_at, id);
        CREATE INDEX entries_by_subject_assignment ON entries (subject, assignment_id);
      `);
    },
  },
];

/**
 * Epoch milliseconds of an ISO 8601 text, or null.
 * @param {unknown} iso
 */
export function instant(iso) {
  if (typeof iso !== 'string') return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}
