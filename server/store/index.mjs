// The reference endpoint's store: one interface over the embedded SQLite file (the default)
// and PostgreSQL (a `postgres://` URL), migrated to the current schema when it opens.
import { accessLogTable } from './access-log.mjs';
import { assignmentTable } from './assignments.mjs';
import { COPIED_TABLES } from './copy.mjs';
import { clientTable } from './clients.mjs';
import { clinicianTable } from './clinicians.mjs';
import { credentialTables } from './credentials.mjs';
import { isPostgresUrl, openDriver } from './driver.mjs';
import { entryTable } from './entries.mjs';
import { migrate } from './migrate.mjs';
import { tombstoneTable } from './tombstones.mjs';

export { MAX_PAGE } from './entries.mjs';
export { decodeCursor, encodeCursor } from './page-cursor.mjs';
export { isPostgresUrl };

/** @typedef {import('./entries.mjs').EntryRow} EntryRow */
/** @typedef {import('./assignments.mjs').AssignmentRow} AssignmentRow */
/** @typedef {Awaited<ReturnType<typeof openStore>>} Store */

/** Tables a test reset empties: children before the parents they reference. */
const RESETTABLE = COPIED_TABLES.map((table) => table.name).reverse();

/**
 * @param {string} location  an SQLite file path, ':memory:', or a postgres:// URL
 */
export async function openStore(location) {
  const db = await openDriver(location);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return {
    engine: db.engine,
    db,
    entries: entryTable(db),
    assignments: assignmentTable(db),
    clinicians: clinicianTable(db),
    clients: clientTable(db),
    ...credentialTables(db),
    tombstones: tombstoneTable(db),
    accessLog: accessLogTable(db),
    /** Empties every table (the test-only reset). */
    async clear() {
      await db.transaction(async (tx) => {
        for (const table of RESETTABLE) await tx.run(`DELETE FROM ${table}`);
      });
    },
    /**
     * A consistent copy of the embedded database, taken while the server runs.
     * @param {string} destination
     */
    async backup(destination) {
      if (!db.backup) throw new Error('Backups of PostgreSQL are taken with pg_dump, not by this server.');
      await db.backup(destination);
    },
    close: () => db.close(),
  };
}
