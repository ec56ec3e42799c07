// The embedded engine: one SQLite file through better-sqlite3, written incrementally.
// Durability: journal_mode=WAL writes each commit to the write-ahead log only, and
// synchronous=FULL fsyncs that log before a commit returns, so an entry answered 2xx is on
// the disk, not only in the page cache (WAL with synchronous=NORMAL, SQLite's usual pairing,
// can lose the last commits on power loss, which a killed process alone would never show).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createLock } from './lock.mjs';

/** @typedef {import('./driver.mjs').Driver} Driver */
/** @typedef {import('./driver.mjs').Queryable} Queryable */

/**
 * @param {string} file  a path, or ':memory:'
 * @returns {Driver}
 */
export function openSqlite(file) {
  const inMemory = file === ':memory:';
  if (!inMemory) createPrivateFile(file);
  const db = new Database(file);
  if (!inMemory) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
  }
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');

  /** @type {Map<string, import('better-sqlite3').Statement>} */
  const statements = new Map();
  const prepared = (/** @type {string} */ sql) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };

  /** @type {Queryable} */
  const direct = {
    async all(sql, params = []) {
      const statement = prepared(sql);
      return statement.reader ? /** @type {Record<string, unknown>[]} */ (statement.all(...params)) : [];
    },
    async run(sql, params = []) {
      return prepared(sql).run(...params).changes;
    },
    async exec(script) {
      db.exec(script);
    },
  };

  // better-sqlite3 is synchronous, but a transaction's body awaits; without the lock another
  // request's statement could run inside someone else's open transaction.
  const lock = createLock();

  return {
    engine: 'sqlite',
    all: (sql, params) => lock.run(() => direct.all(sql, params)),
    run: (sql, params) => lock.run(() => direct.run(sql, params)),
    exec: (script) => lock.run(() => direct.exec(script)),
    transaction(work) {
      return lock.run(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await work(direct);
          db.exec('COMMIT');
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      });
    },
    async backup(destination) {
      createPrivateFile(destination, { replace: true });
      await db.backup(destination);
    },
    async close() {
      await lock.run(async () => db.close());
    },
  };
}

/**
 * The database holds clients' words: readable by the server's own user only. SQLite gives its
 * -wal and -shm files the main file's permissions, so creating that one 0600 covers them.
 * @param {string} file
 * @param {{ replace?: boolean }} [options]
 */
function createPrivateFile(file, { replace = false } = {}) {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: 0o700 });
  if (replace) fs.rmSync(file, { force: true });
  fs.closeSync(fs.openSync(file, 'a', 0o600));
  fs.chmodSync(file, 0o600);
}
