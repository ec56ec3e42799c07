// PostgreSQL, for a practice that outgrows one machine: a connection pool, the store's `?`
// placeholders numbered as PostgreSQL wants them, and BIGINT read back as a number (the
// store keeps millisecond instants there, far below 2^53).
import pg from 'pg';

/** @typedef {import('./driver.mjs').Driver} Driver */
/** @typedef {import('./driver.mjs').Queryable} Queryable */

const INT8_OID = 20;

/** Per pool, so a host application's own `pg` settings are never changed. */
const types = {
  /** @param {number} oid @param {any} [format] */
  getTypeParser(oid, format) {
    if (oid === INT8_OID) return (/** @type {string} */ value) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
};

/**
 * `?` to `$1, $2, …`. The store never puts a literal question mark in its SQL.
 * @param {string} sql
 */
export function numberPlaceholders(sql) {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/**
 * @param {string} url
 * @returns {Promise<Driver>}
 */
export async function openPostgres(url) {
  const pool = new pg.Pool({ connectionString: url, max: 10, types });
  // An idle connection the server ended (a restart, a failover, an administrator) is an
  // 'error' event on the pool; unhandled, it would stop the whole process. The pool opens a
  // new connection for the next query, so it is only worth a line in the log.
  pool.on('error', (error) => console.warn(`homework-elements: a database connection ended: ${error.message}`));
  // Fail at start with the server's own reason (wrong password, no database), not on the first entry.
  const probe = await pool.connect();
  probe.release();

  /** @param {pg.Pool | pg.PoolClient} client @returns {Queryable} */
  const on = (client) => ({
    async all(sql, params = []) {
      return (await client.query(numberPlaceholders(sql), params)).rows;
    },
    async run(sql, params = []) {
      return (await client.query(numberPlaceholders(sql), params)).rowCount ?? 0;
    },
    async exec(script) {
      await client.query(script);
    },
  });

  return {
    engine: 'postgres',
    ...on(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(on(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}
