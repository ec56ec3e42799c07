// Assignments the clinician composed, by id; an edit keeps the first creation time.

/**
 * @typedef {object} AssignmentRow
 * @property {string} id
 * @property {string} exercise
 * @property {string} createdAt   ISO 8601, UTC; kept when the assignment is edited
 * @property {string} updatedAt
 * @property {string} body        the assignment as JSON
 * @property {string | null} [clinicianId]  who composed it; only they edit or list it
 * @property {string | null} [clientId]     the client whose link may read it
 */

/** @param {import('./driver.mjs').Driver} db */
export function assignmentTable(db) {
  return {
    /**
     * @param {AssignmentRow} row
     * @returns {Promise<boolean>} true when it replaced an earlier version
     */
    save(row) {
      return db.transaction(async (tx) => {
        const [earlier] = await tx.all('SELECT created_at FROM assignments WHERE id = ?', [row.id]);
        if (earlier) {
          await tx.run('UPDATE assignments SET exercise = ?, updated_at = ?, body = ? WHERE id = ?', [
            row.exercise,
            row.updatedAt,
            row.body,
            row.id,
          ]);
        } else {
          await tx.run(
            `INSERT INTO assignments (id, exercise, created_at, updated_at, body, clinician_id, client_id)
             VALUES (?, ?, ?, ?, ?, ?, ?)`,
            [
              row.id,
              row.exercise,
              row.createdAt,
              row.updatedAt,
              row.body,
              row.clinicianId ?? null,
              row.clientId ?? null,
            ],
          );
        }
        return !!earlier;
      });
    },

    /** @param {string} id @returns {Promise<AssignmentRow | null>} */
    async find(id) {
      const [row] = await db.all('SELECT * FROM assignments WHERE id = ?', [id]);
      if (!row) return null;
      return {
        id: String(row.id),
        exercise: String(row.exercise),
        createdAt: String(row.created_at),
        updatedAt: String(row.updated_at),
        body: String(row.body),
        clinicianId: row.clinician_id === null ? null : String(row.clinician_id),
        clientId: row.client_id === null ? null : String(row.client_id),
      };
    },

    /**
     * The client whose link may read this assignment.
     * @param {string} id @param {string} clientId
     */
    async giveTo(id, clientId) {
      await db.run('UPDATE assignments SET client_id = ? WHERE id = ?', [clientId, id]);
    },

    /** @param {{ exercise?: string, clinician?: string }} [filter] @returns {Promise<unknown[]>} */
    async list({ exercise, clinician } = {}) {
      const conditions = [];
      const params = [];
      if (exercise !== undefined) {
        conditions.push('exercise = ?');
        params.push(exercise);
      }
      if (clinician !== undefined) {
        conditions.push('clinician_id = ?');
        params.push(clinician);
      }
      const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
      const rows = await db.all(`SELECT body FROM assignments ${where} ORDER BY created_at, id`, params);
      return rows.map((row) => JSON.parse(String(row.body)));
    },
  };
}
