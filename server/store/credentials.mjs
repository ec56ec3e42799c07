// The credentials the server hands out, each stored only as the SHA-256 of its secret:
// clinicians' sign-in sessions, client links (capabilities) and read-only API tokens.

/**
 * @typedef {object} LinkRow
 * @property {string} id
 * @property {string} clinicianId
 * @property {string} clientId
 * @property {string | null} assignmentId
 * @property {number} expiresMs
 * @property {string | null} revokedAt
 */

/**
 * @typedef {object} TokenRow
 * @property {string} id
 * @property {string} clinicianId
 * @property {string} label
 * @property {'read' | 'clinician'} scope
 * @property {string | null} revokedAt
 */

/** @param {import('./driver.mjs').Driver} db */
export function credentialTables(db) {
  return {
    sessions: {
      /** @param {string} idHash @param {string} clinicianId @param {number} expiresMs */
      async add(idHash, clinicianId, expiresMs) {
        // Expired sessions go as new ones come, so the table never grows with old ones.
        await db.run('DELETE FROM sessions WHERE expires_ms <= ?', [Date.now()]);
        await db.run('INSERT INTO sessions (id_hash, clinician_id, created_ms, expires_ms) VALUES (?, ?, ?, ?)', [
          idHash,
          clinicianId,
          Date.now(),
          expiresMs,
        ]);
      },
      /** @param {string} idHash @returns {Promise<{ clinicianId: string } | null>} only while unexpired */
      async find(idHash) {
        const [row] = await db.all('SELECT clinician_id FROM sessions WHERE id_hash = ? AND expires_ms > ?', [
          idHash,
          Date.now(),
        ]);
        return row ? { clinicianId: String(row.clinician_id) } : null;
      },
      /** @param {string} idHash */
      async end(idHash) {
        await db.run('DELETE FROM sessions WHERE id_hash = ? OR expires_ms <= ?', [idHash, Date.now()]);
      },
    },

    links: {
      /** @param {LinkRow & { tokenHash: string }} row */
      async add(row) {
        await db.run(
          `INSERT INTO client_links (id, token_hash, clinician_id, client_id, assignment_id, created_at, expires_ms)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
          [
            row.id,
            row.tokenHash,
            row.clinicianId,
            row.clientId,
            row.assignmentId,
            new Date().toISOString(),
            row.expiresMs,
          ],
        );
      },
      /** @param {string} tokenHash @returns {Promise<LinkRow | null>} */
      async findByToken(tokenHash) {
        const [row] = await db.all('SELECT * FROM client_links WHERE token_hash = ?', [tokenHash]);
        return row ? toLink(row) : null;
      },
      /**
       * @param {string} id @param {string} clinicianId  only the clinician who made it revokes it
       * @returns {Promise<boolean>}
       */
      async revoke(id, clinicianId) {
        const changed = await db.run(
          'UPDATE client_links SET revoked_at = ? WHERE id = ? AND clinician_id = ? AND revoked_at IS NULL',
          [new Date().toISOString(), id, clinicianId],
        );
        return changed > 0;
      },
    },

    tokens: {
      /** @param {TokenRow & { tokenHash: string }} row */
      async add(row) {
        await db.run(
          `INSERT INTO api_tokens (id, token_hash, clinician_id, label, scope, created_at)
           VALUES (?, ?, ?, ?, ?, ?)`,
          [row.id, row.tokenHash, row.clinicianId, row.label, row.scope, new Date().toISOString()],
        );
      },
      /** @param {string} tokenHash @returns {Promise<TokenRow | null>} */
      async findByToken(tokenHash) {
        const [row] = await db.all('SELECT * FROM api_tokens WHERE token_hash = ?', [tokenHash]);
        if (!row) return null;
        return {
          id: String(row.id),
          clinicianId: String(row.clinician_id),
          label: String(row.label),
          scope: row.scope === 'clinician' ? 'clinician' : 'read',
          revokedAt: row.revoked_at === null ? null : String(row.revoked_at),
        };
      },
      /** @param {string} id @returns {Promise<boolean>} */
      async revoke(id) {
        const changed = await db.run('UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL', [
          new Date().toISOString(),
          id,
        ]);
        return changed > 0;
      },
    },
  };
}

/** @param {Record<string, unknown>} row @returns {LinkRow} */
function toLink(row) {
  return {
    id: String(row.id),
    clinicianId: String(row.clinician_id),
    clientId: String(row.client_id),
    assignmentId: row.assignment_id === null ? null : String(row.assignment_id),
    expiresMs: Number(row.expires_ms),
    revokedAt: row.revoked_at === null ? null : String(row.revoked_at),
  };
}
