// Assignments the clinician composed, by id; an edit keeps the first creation time.

/**
 * @typedef {object} AssignmentRow
 * @property {string} id
 * @property {string} exercise
 * @property {string} createdAt   ISO 8601, UTC; kept when the assignment is edited
 * @property {string} updatedAt
 * @property {string} body        the assignment as JSON
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
          await tx.run('INSERT INTO assignments (id, exercise, created_at, updated_at, body) VALUES (?, ?, ?, ?, ?)', [
            row.id,
            row.exercise,
            row.createdAt,
            row.updatedAt,
            row.body,
          ]);
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
      };
    },

    /** @param {{ exercise?: string }} [filter] @returns {Promise<unknown[]>} */
    async list({ exercise } = {}) {
      const where = exercise === undefined ? '' : 'WHERE exercise = ?';
      const params = exercise === undefined ? [] : [exercise];
      const rows = await db.all(`SELECT body FROM assignments ${where} ORDER BY created_at, id`, params);
      return rows.map((row) => JSON.parse(String(row.body)));
    },
  };
}
