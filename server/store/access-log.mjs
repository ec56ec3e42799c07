// Who read whose entries, and when: one row per client per read. Never the entries' text.
import { randomUUID } from 'node:crypto';

/**
 * @typedef {object} AccessRow
 * @property {string} at
 * @property {string} actor     e.g. "clinician:<id>" or "token:<id>"
 * @property {string} action
 * @property {string | null} clientId
 * @property {number} entries  how many of that client's entries were read
 */

/** @param {import('./driver.mjs').Driver} db */
export function accessLogTable(db) {
  return {
    /** @param {Omit<AccessRow, 'at'>[]} rows */
    async record(rows) {
      if (!rows.length) return;
      const at = new Date().toISOString();
      await db.transaction(async (tx) => {
        for (const row of rows) {
          await tx.run('INSERT INTO access_log (id, at, actor, action, client_id, entries) VALUES (?, ?, ?, ?, ?, ?)', [
            randomUUID(),
            at,
            row.actor,
            row.action,
            row.clientId,
            row.entries,
          ]);
        }
      });
    },

    /** @param {number} [limit] @returns {Promise<AccessRow[]>} newest first */
    async recent(limit = 100) {
      const rows = await db.all('SELECT * FROM access_log ORDER BY at DESC, id DESC LIMIT ?', [limit]);
      return rows.map((row) => ({
        at: String(row.at),
        actor: String(row.actor),
        action: String(row.action),
        clientId: row.client_id === null ? null : String(row.client_id),
        entries: Number(row.entries),
      }));
    },
  };
}
