// Clinicians (their scrypt password hashes) and the clients each one owns: a client belongs
// to exactly one clinician, which is what keeps one clinician out of another's entries.

/**
 * @typedef {object} ClinicianRow
 * @property {string} id
 * @property {string} username
 * @property {string} passwordHash
 */

/** @param {import('./driver.mjs').Driver} db */
export function clinicianTable(db) {
  return {
    /** @param {{ id: string, username: string, passwordHash: string }} row */
    async add({ id, username, passwordHash }) {
      const now = new Date().toISOString();
      await db.run(
        'INSERT INTO clinicians (id, username, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
        [id, username, passwordHash, now, now],
      );
    },

    /**
     * A new password also ends every session the old one opened.
     * @param {string} username @param {string} passwordHash
     * @returns {Promise<boolean>} whether the account exists
     */
    resetPassword(username, passwordHash) {
      return db.transaction(async (tx) => {
        const [row] = await tx.all('SELECT id FROM clinicians WHERE username = ?', [username]);
        if (!row) return false;
        await tx.run('UPDATE clinicians SET password_hash = ?, updated_at = ? WHERE id = ?', [
          passwordHash,
          new Date().toISOString(),
          row.id,
        ]);
        await tx.run('DELETE FROM sessions WHERE clinician_id = ?', [row.id]);
        return true;
      });
    },

    /** @param {string} username @returns {Promise<ClinicianRow | null>} */
    async findByUsername(username) {
      const [row] = await db.all('SELECT id, username, password_hash FROM clinicians WHERE username = ?', [username]);
      return row
        ? { id: String(row.id), username: String(row.username), passwordHash: String(row.password_hash) }
        : null;
    },

    /** @param {string} id @returns {Promise<string | null>} the username */
    async usernameOf(id) {
      const [row] = await db.all('SELECT username FROM clinicians WHERE id = ?', [id]);
      return row ? String(row.username) : null;
    },

    /** @returns {Promise<number>} */
    async count() {
      const [row] = await db.all('SELECT count(*) AS n FROM clinicians');
      return Number(row.n);
    },

    /**
     * Makes `clientId` this clinician's client, unless another clinician already has it.
     * @param {string} clinicianId @param {string} clientId
     * @returns {Promise<boolean>} whether the client is (now) this clinician's
     */
    claimClient(clinicianId, clientId) {
      return db.transaction(async (tx) => {
        const [row] = await tx.all('SELECT clinician_id FROM clients WHERE id = ?', [clientId]);
        if (row) return String(row.clinician_id) === clinicianId;
        await tx.run('INSERT INTO clients (id, clinician_id, created_at) VALUES (?, ?, ?)', [
          clientId,
          clinicianId,
          new Date().toISOString(),
        ]);
        return true;
      });
    },

    /** @param {string} clinicianId @param {string} clientId */
    async ownsClient(clinicianId, clientId) {
      const [row] = await db.all('SELECT 1 AS yes FROM clients WHERE id = ? AND clinician_id = ?', [
        clientId,
        clinicianId,
      ]);
      return !!row;
    },
  };
}
