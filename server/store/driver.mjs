// What every engine offers the store: statements with `?` placeholders and portable SQL,
// transactions, and a clean close. The store's queries are written once, for both engines.
import { openPostgres } from './postgres-driver.mjs';
import { openSqlite } from './sqlite-driver.mjs';

/**
 * @typedef {object} Queryable
 * @property {(sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>} all
 * @property {(sql: string, params?: unknown[]) => Promise<number>} run   rows changed
 * @property {(script: string) => Promise<void>} exec   several statements, no parameters
 */

/**
 * @typedef {Queryable & {
 *   engine: 'sqlite' | 'postgres',
 *   transaction: <T>(work: (tx: Queryable) => Promise<T>) => Promise<T>,   inside, use only `tx`: the
 *     connection is held for it, so a statement through the driver itself would wait forever
 *   backup?: (destination: string) => Promise<void>,
 *   close: () => Promise<void>,
 * }} Driver
 */

/** @param {string} location */
export function isPostgresUrl(location) {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * A `postgres://` or `postgresql://` URL opens PostgreSQL; anything else is an SQLite file
 * path, or ':memory:'.
 * @param {string} location
 * @returns {Promise<Driver>}
 */
export async function openDriver(location) {
  return isPostgresUrl(location) ? openPostgres(location) : openSqlite(location);
}
