// Versioned migrations, run at start for either engine. Every applied version is recorded
// in schema_migrations; a database newer than this code is refused instead of guessed at.
import { MIGRATIONS } from './migrations.mjs';

/** Any constant: PostgreSQL servers starting together take turns through this lock. */
const MIGRATION_LOCK = 7_316_420;

/**
 * @param {import('./driver.mjs').Driver} driver
 * @returns {Promise<number[]>} the versions applied now (empty when already current)
 */
export async function migrate(driver) {
  return driver.transaction(async (tx) => {
    if (driver.engine === 'postgres') await tx.all('SELECT pg_advisory_xact_lock(?)', [MIGRATION_LOCK]);
    await tx.exec(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         version INTEGER PRIMARY KEY,
         name TEXT NOT NULL,
         applied_at TEXT NOT NULL
       )`,
    );
    const applied = new Set((await tx.all('SELECT version FROM schema_migrations')).map((row) => Number(row.version)));
    const newest = Math.max(0, ...applied);
    const known = Math.max(...MIGRATIONS.map((m) => m.version));
    if (newest > known) {
      throw new Error(
        `The database is at schema version ${newest}, newer than this server (${known}); upgrade the server.`,
      );
    }
    const done = [];
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      await migration.up(tx, driver.engine);
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
      done.push(migration.version);
    }
    return done;
  });
}
