// The clinician's list of clients: a label only the clinician sees, an optional preferred
// language, and the date of the last session (what "since" means when reviewing). The id is
// the server's, opaque; it is what a client's entries carry, never the label.

/**
 * @typedef {object} ClientRow
 * @property {string} id
 * @property {string | null} label      chosen by the clinician; never sent to the client's device
 * @property {string | null} language   preferred language (BCP 47), or null
 * @property {string | null} since      YYYY-MM-DD of the last session, or null
 * @property {string} createdAt
 */

/**
 * @typedef {object} GivenAssignment  an assignment given to one client, as stored
 * @property {string} id
 * @property {string} clientId
 * @property {string} createdAt
 * @property {string} body
 */

/**
 * @typedef {object} Progress  what came back for one client and one assignment (or none)
 * @property {string} clientId
 * @property {string | null} assignmentId
 * @property {number} entries
 * @property {number | null} lastReceivedMs
 */

/** @param {import('./driver.mjs').Driver} db */
export function clientTable(db) {
  return {
    /**
     * @param {{ id: string, clinicianId: string, label: string, language: string | null, createdAt: string }} row
     */
    async add({ id, clinicianId, label, language, createdAt }) {
      await db.run('INSERT INTO clients (id, clinician_id, created_at, label, language) VALUES (?, ?, ?, ?, ?)', [
        id,
        clinicianId,
        createdAt,
        label,
        language,
      ]);
    },

    /** @param {string} clinicianId @returns {Promise<number>} */
    async count(clinicianId) {
      const [row] = await db.all('SELECT count(*) AS n FROM clients WHERE clinician_id = ?', [clinicianId]);
      return Number(row.n);
    },

    /** @param {string} clinicianId @returns {Promise<ClientRow[]>} oldest first */
    async list(clinicianId) {
      const rows = await db.all(
        'SELECT id, label, language, since_date, created_at FROM clients WHERE clinician_id = ? ORDER BY created_at, id',
        [clinicianId],
      );
      return rows.map(toClientRow);
    },

    /**
     * Whose client this is, and the client's language: what a client's own link may know.
     * @param {string} id @returns {Promise<{ clinicianId: string, language: string | null } | null>}
     */
    async owner(id) {
      const [row] = await db.all('SELECT clinician_id, language FROM clients WHERE id = ?', [id]);
      return row
        ? { clinicianId: String(row.clinician_id), language: row.language === null ? null : String(row.language) }
        : null;
    },

    /** @param {string} clinicianId @param {string} id @returns {Promise<ClientRow | null>} */
    async find(clinicianId, id) {
      const [row] = await db.all(
        'SELECT id, label, language, since_date, created_at FROM clients WHERE clinician_id = ? AND id = ?',
        [clinicianId, id],
      );
      return row ? toClientRow(row) : null;
    },

    /**
     * Changes only the fields given; another clinician's client is not found.
     * @param {string} clinicianId @param {string} id
     * @param {{ label?: string, language?: string | null, since?: string | null }} patch
     * @returns {Promise<ClientRow | null>} the client as it now is
     */
    update(clinicianId, id, patch) {
      return db.transaction(async (tx) => {
        const columns = { label: 'label', language: 'language', since: 'since_date' };
        for (const [field, column] of Object.entries(columns)) {
          const value = patch[/** @type {keyof typeof patch} */ (field)];
          if (value === undefined) continue;
          // Column names come from the fixed list above, never from the request.
          await tx.run(`UPDATE clients SET ${column} = ? WHERE clinician_id = ? AND id = ?`, [value, clinicianId, id]);
        }
        const [row] = await tx.all(
          'SELECT id, label, language, since_date, created_at FROM clients WHERE clinician_id = ? AND id = ?',
          [clinicianId, id],
        );
        return row ? toClientRow(row) : null;
      });
    },

    /**
     * Every assignment this clinician gave to one of their clients, oldest first; one client's
     * when `clientId` is given.
     * @param {string} clinicianId @param {string} [clientId]
     * @returns {Promise<GivenAssignment[]>}
     */
    async assignments(clinicianId, clientId) {
      const rows = await db.all(
        `SELECT a.id, a.client_id, a.created_at, a.body FROM assignments a
         JOIN clients c ON c.id = a.client_id AND c.clinician_id = a.clinician_id
         WHERE a.clinician_id = ? ${clientId === undefined ? '' : 'AND a.client_id = ?'}
         ORDER BY a.created_at, a.id`,
        clientId === undefined ? [clinicianId] : [clinicianId, clientId],
      );
      return rows.map((row) => ({
        id: String(row.id),
        clientId: String(row.client_id),
        createdAt: String(row.created_at),
        body: String(row.body),
      }));
    },

    /**
     * How many entries each client sent per assignment, and when the last one arrived: counts
     * and times only, never an entry's content. One client's when `clientId` is given.
     * @param {string} clinicianId @param {string} [clientId]
     * @returns {Promise<Progress[]>}
     */
    async progress(clinicianId, clientId) {
      const rows = await db.all(
        `SELECT e.subject, e.assignment_id, count(*) AS n, max(e.received_ms) AS last_ms FROM entries e
         JOIN clients c ON c.id = e.subject
         WHERE c.clinician_id = ? ${clientId === undefined ? '' : 'AND c.id = ?'}
         GROUP BY e.subject, e.assignment_id`,
        clientId === undefined ? [clinicianId] : [clinicianId, clientId],
      );
      return rows.map((row) => ({
        clientId: String(row.subject),
        assignmentId: row.assignment_id === null ? null : String(row.assignment_id),
        entries: Number(row.n),
        lastReceivedMs: row.last_ms === null ? null : Number(row.last_ms),
      }));
    },
  };
}

/** @param {Record<string, unknown>} row @returns {ClientRow} */
function toClientRow(row) {
  const text = (/** @type {unknown} */ value) => (value === null || value === undefined ? null : String(value));
  return {
    id: String(row.id),
    label: text(row.label),
    language: text(row.language),
    since: text(row.since_date),
    createdAt: String(row.created_at),
  };
}
