// Erasure: a client's entries are deleted, and each leaves a tombstone (its key, writer and
// body hash, never its text) so a late retry of an erased entry is answered, not stored again.

/**
 * @typedef {object} Tombstone
 * @property {string} idempotencyKey
 * @property {string | null} writer
 * @property {string} bodyHash
 */

/** @param {import('./driver.mjs').Driver} db */
export function tombstoneTable(db) {
  return {
    /**
     * @param {string} clientId @param {string} erasedBy
     * @returns {Promise<number>} entries erased
     */
    eraseClient(clientId, erasedBy) {
      return db.transaction(async (tx) => {
        const erasedAt = new Date().toISOString();
        const rows = await tx.all('SELECT idempotency_key, writer, body_hash FROM entries WHERE subject = ?', [
          clientId,
        ]);
        for (const row of rows) {
          await tx.run(
            `INSERT INTO tombstones (idempotency_key, writer, body_hash, client_id, erased_at, erased_by)
             VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING`,
            [row.idempotency_key, row.writer, row.body_hash, clientId, erasedAt, erasedBy],
          );
        }
        await tx.run('DELETE FROM entries WHERE subject = ?', [clientId]);
        return rows.length;
      });
    },

    /** @param {string} key @returns {Promise<Tombstone | null>} */
    async find(key) {
      const [row] = await db.all(
        'SELECT idempotency_key, writer, body_hash FROM tombstones WHERE idempotency_key = ?',
        [key],
      );
      if (!row) return null;
      return {
        idempotencyKey: String(row.idempotency_key),
        writer: row.writer === null ? null : String(row.writer),
        bodyHash: String(row.body_hash),
      };
    },
  };
}
