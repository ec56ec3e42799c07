// Moves a practice from one store to another (the embedded file to PostgreSQL): every
// table, in batches, into an empty destination, then counts both sides before saying done.

/**
 * Every table, parents before the children that reference them, each with the column that
 * orders its copy. A migration that adds a table adds it here too; the test reset empties
 * them in the reverse order.
 */
export const COPIED_TABLES = [
  { name: 'assignments', orderBy: 'id' },
  { name: 'entries', orderBy: 'idempotency_key' },
  { name: 'clinicians', orderBy: 'id' },
  { name: 'clients', orderBy: 'id' },
  { name: 'client_links', orderBy: 'id' },
  { name: 'sessions', orderBy: 'id_hash' },
  { name: 'api_tokens', orderBy: 'id' },
  { name: 'tombstones', orderBy: 'idempotency_key' },
  { name: 'access_log', orderBy: 'id' },
];

const BATCH = 500;

/**
 * @param {import('./index.mjs').Store} from
 * @param {import('./index.mjs').Store} to
 * @param {(line: string) => void} [report]
 * @returns {Promise<Record<string, number>>} rows copied per table
 */
export async function copyStore(from, to, report = () => {}) {
  for (const { name } of COPIED_TABLES) {
    const [row] = await to.db.all(`SELECT count(*) AS n FROM ${name}`);
    if (Number(row.n) > 0) throw new Error(`The destination already holds ${name}; copy only into an empty store.`);
  }
  /** @type {Record<string, number>} */
  const copied = {};
  await to.db.transaction(async (tx) => {
    for (const { name, orderBy } of COPIED_TABLES) {
      copied[name] = 0;
      /** @type {unknown} */
      let last = null;
      for (;;) {
        const rows = await from.db.all(
          `SELECT * FROM ${name} ${last === null ? '' : `WHERE ${orderBy} > ?`} ORDER BY ${orderBy} LIMIT ?`,
          last === null ? [BATCH] : [last, BATCH],
        );
        for (const row of rows) {
          const columns = Object.keys(row);
          await tx.run(
            `INSERT INTO ${name} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
            columns.map((column) => row[column]),
          );
        }
        copied[name] += rows.length;
        if (rows.length < BATCH) break;
        last = rows.at(-1)?.[orderBy];
      }
      report(`${name}: ${copied[name]} rows`);
    }
  });
  for (const { name } of COPIED_TABLES) {
    const [row] = await to.db.all(`SELECT count(*) AS n FROM ${name}`);
    if (Number(row.n) !== copied[name]) throw new Error(`${name}: copied ${copied[name]} rows, found ${row.n}`);
  }
  return copied;
}
