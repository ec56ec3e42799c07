// One contract, both engines: the embedded SQLite file and PostgreSQL behave the same for
// everything the endpoint asks of its store. Real databases, no mocks.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { migrate } from '../../server/store/migrate.mjs';
import { copyStore } from '../../server/store/copy.mjs';
import { entryTable } from '../../server/store/entries.mjs';
import { openStore } from '../../server/store/index.mjs';
import { MIGRATIONS } from '../../server/store/migrations.mjs';
import { createTestDatabase, startTestPostgres } from '../support/postgres.mjs';

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'hw-store-'));
/** @type {Awaited<ReturnType<typeof startTestPostgres>>} */
let postgres;
/** @type {Array<() => Promise<void>>} */
const cleanups = [];

before(async () => {
  postgres = await startTestPostgres();
});
after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await postgres?.stop();
  fs.rmSync(directory, { recursive: true, force: true });
});

let fileCount = 0;
const engines = {
  sqlite: async () => path.join(directory, `store-${++fileCount}.sqlite`),
  postgres: async () => {
    const database = await createTestDatabase(postgres.url, 'contract');
    cleanups.push(database.drop);
    return database.url;
  },
};

let counter = 0;
/**
 * @param {Partial<import('../../server/store/index.mjs').EntryRow>} [fields]
 * @returns {import('../../server/store/index.mjs').EntryRow}
 */
function row(fields = {}) {
  counter += 1;
  const id = `entry-${String(counter).padStart(6, '0')}`;
  return {
    idempotencyKey: id,
    id,
    exercise: 'mood-tracker',
    subject: 'client-1',
    assignmentId: null,
    completedAt: '2026-01-01T10:00:00+02:00',
    receivedAt: new Date(Date.UTC(2026, 0, 1) + counter * 1000).toISOString(),
    body: JSON.stringify({ id, text: `Entry ${counter}: émoji 🙂 and "quotes"` }),
    bodyHash: `hash-${counter}`,
    responseStatus: 201,
    responseBody: JSON.stringify({ id }),
    writer: null,
    ...fields,
  };
}

/** @param {import('../../server/store/index.mjs').Store} store @param {object} [filter] */
async function allIds(store, filter = {}, limit = 2) {
  const ids = [];
  /** @type {any} */
  let after;
  for (;;) {
    const page = await store.entries.page({ ...filter, after, limit });
    ids.push(...page.entries.map((/** @type {any} */ e) => e.id));
    if (!page.next) return ids;
    after = page.next;
  }
}

for (const [engine, location] of Object.entries(engines)) {
  describe(`store contract: ${engine}`, () => {
    it('stores an entry once per key and finds it by key, body byte for byte', async () => {
      const store = await openStore(await location());
      try {
        assert.equal(store.engine, engine);
        const first = row();
        assert.equal(await store.entries.insert(first), true);
        assert.equal(await store.entries.insert({ ...first, body: '{"other":true}' }), false, 'the key is taken');
        assert.deepEqual(await store.entries.findByKey(first.idempotencyKey), first);
        assert.equal(await store.entries.findByKey('nobody'), null);
        assert.equal(await store.entries.count(), 1);
      } finally {
        await store.close();
      }
    });

    it('pages newest first, every entry exactly once, with filters and ties on the received time', async () => {
      const store = await openStore(await location());
      try {
        const sameInstant = '2026-02-01T00:00:00.000Z';
        const rows = [
          row({ subject: 'a', exercise: 'mood-tracker' }),
          row({ subject: 'b', exercise: 'thought-record' }),
          row({ subject: 'a', exercise: 'thought-record', receivedAt: sameInstant }),
          row({ subject: 'a', exercise: 'mood-tracker', receivedAt: sameInstant }),
          row({ subject: 'a', exercise: 'mood-tracker', receivedAt: sameInstant }),
        ];
        for (const r of rows) await store.entries.insert(r);
        const newestFirst = [...rows].sort((x, y) =>
          x.receivedAt === y.receivedAt
            ? y.idempotencyKey.localeCompare(x.idempotencyKey)
            : y.receivedAt.localeCompare(x.receivedAt),
        );
        assert.deepEqual(
          await allIds(store),
          newestFirst.map((r) => r.id),
        );
        assert.deepEqual(
          await allIds(store, { subject: 'a' }, 1),
          newestFirst.filter((r) => r.subject === 'a').map((r) => r.id),
        );
        assert.deepEqual(
          await allIds(store, { subject: 'a', exercise: 'thought-record' }),
          rows.filter((r) => r.subject === 'a' && r.exercise === 'thought-record').map((r) => r.id),
        );
        const page = await store.entries.page({ limit: 500 });
        assert.equal(page.next, null, 'no next page after the last');
      } finally {
        await store.close();
      }
    });

    it('compares since as an instant, on either the completed or the received time', async () => {
      const store = await openStore(await location());
      try {
        const offline = row({ completedAt: '2020-01-01T00:00:00+05:00', receivedAt: '2026-03-01T12:00:00.000Z' });
        const recent = row({ completedAt: '2026-03-01T10:00:00+02:00', receivedAt: '2026-03-01T08:00:00.000Z' });
        for (const r of [offline, recent]) await store.entries.insert(r);
        assert.deepEqual(await allIds(store, { since: '2026-03-01T08:00:00Z' }), [offline.id, recent.id]);
        assert.deepEqual(await allIds(store, { since: '2026-03-01T08:00:01Z' }), [offline.id]);
        assert.deepEqual(await allIds(store, { since: '2026-03-01T12:00:01Z' }), []);
      } finally {
        await store.close();
      }
    });

    it('saves, replaces and lists assignments, keeping the first creation time', async () => {
      const store = await openStore(await location());
      try {
        const first = { id: 'a-1', exercise: 'thought-record', createdAt: 't1', updatedAt: 't1', body: '{"v":1}' };
        assert.equal(await store.assignments.save(first), false);
        assert.equal(
          await store.assignments.save({ ...first, createdAt: 't2', updatedAt: 't2', body: '{"v":2}' }),
          true,
        );
        // Who owns it (clinician, client) is the access layer's; unset here.
        assert.deepEqual(await store.assignments.find('a-1'), {
          ...first,
          updatedAt: 't2',
          body: '{"v":2}',
          clinicianId: null,
          clientId: null,
        });
        await store.assignments.save({ ...first, id: 'a-2', exercise: 'mood-tracker', createdAt: 't3' });
        assert.deepEqual(await store.assignments.list(), [{ v: 2 }, { v: 1 }]);
        assert.deepEqual(await store.assignments.list({ exercise: 'mood-tracker' }), [{ v: 1 }]);
        assert.equal(await store.assignments.find('missing'), null);
      } finally {
        await store.close();
      }
    });

    it('migrates once: every version recorded, a reopen applies none, a newer database is refused', async () => {
      const where = await location();
      const store = await openStore(where);
      try {
        const versions = (await store.db.all('SELECT version FROM schema_migrations ORDER BY version')).map((r) =>
          Number(r.version),
        );
        assert.deepEqual(
          versions,
          MIGRATIONS.map((m) => m.version),
        );
        assert.deepEqual(await migrate(store.db), [], 'nothing left to apply');
        await store.db.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
          9999,
          'from the future',
          'now',
        ]);
      } finally {
        await store.close();
      }
      await assert.rejects(openStore(where), /newer than this server/);
    });

    it('keeps each clinician’s clients apart, and counts what came back per assignment', async () => {
      const store = await openStore(await location());
      try {
        const clinician = async (/** @type {string} */ id) =>
          store.clinicians.add({ id, username: `user-${id}`, passwordHash: 'scrypt$x' });
        await clinician('k1');
        await clinician('k2');
        await store.clients.add({ id: 'c-a', clinicianId: 'k1', label: 'A. 🙂', language: 'es', createdAt: 't1' });
        await store.clients.add({ id: 'c-b', clinicianId: 'k1', label: 'B', language: null, createdAt: 't2' });
        await store.clients.add({ id: 'c-z', clinicianId: 'k2', label: 'Z', language: null, createdAt: 't0' });
        // A client claimed through a link before clients had labels has none.
        await store.clinicians.claimClient('k1', 'c-old');
        assert.equal(await store.clients.count('k1'), 3);
        assert.deepEqual(
          (await store.clients.list('k1')).map((c) => [c.id, c.label]),
          // Oldest first: the claimed one was made now, an ISO time, before the letters t1 and t2.
          [
            ['c-old', null],
            ['c-a', 'A. 🙂'],
            ['c-b', 'B'],
          ],
        );
        assert.equal(await store.clients.find('k2', 'c-a'), null, 'another clinician’s client is not found');
        assert.equal(await store.clients.update('k2', 'c-a', { label: 'taken' }), null);
        assert.deepEqual(await store.clients.update('k1', 'c-a', { since: '2026-03-01', language: null }), {
          id: 'c-a',
          label: 'A. 🙂',
          language: null,
          since: '2026-03-01',
          createdAt: 't1',
        });
        assert.deepEqual(await store.clients.owner('c-b'), { clinicianId: 'k1', language: null });
        assert.equal(await store.clients.owner('nobody'), null);

        const give = async (/** @type {string} */ id, /** @type {string} */ owner, /** @type {string} */ client) => {
          await store.assignments.save({
            id,
            exercise: 'mood-tracker',
            createdAt: id,
            updatedAt: id,
            body: JSON.stringify({ id, exercise: 'mood-tracker', times: 2 }),
            clinicianId: owner,
          });
          await store.assignments.giveTo(id, client);
        };
        await give('as-1', 'k1', 'c-a');
        await give('as-2', 'k1', 'c-b');
        await give('as-9', 'k2', 'c-z');
        assert.deepEqual(
          (await store.clients.assignments('k1')).map((a) => [a.id, a.clientId]),
          [
            ['as-1', 'c-a'],
            ['as-2', 'c-b'],
          ],
        );
        assert.deepEqual(
          (await store.clients.assignments('k1', 'c-b')).map((a) => a.id),
          ['as-2'],
        );
        assert.deepEqual(await store.clients.assignments('k2', 'c-a'), [], 'not through another clinician');

        await store.entries.insert(
          row({ subject: 'c-a', assignmentId: 'as-1', receivedAt: '2026-03-02T10:00:00.000Z' }),
        );
        await store.entries.insert(
          row({ subject: 'c-a', assignmentId: 'as-1', receivedAt: '2026-03-03T10:00:00.000Z' }),
        );
        await store.entries.insert(row({ subject: 'c-a', assignmentId: null, receivedAt: '2026-03-04T10:00:00.000Z' }));
        await store.entries.insert(row({ subject: 'c-z', assignmentId: 'as-9' }));
        const progress = (await store.clients.progress('k1')).sort((x, y) =>
          String(x.assignmentId).localeCompare(String(y.assignmentId)),
        );
        assert.deepEqual(progress, [
          { clientId: 'c-a', assignmentId: 'as-1', entries: 2, lastReceivedMs: Date.parse('2026-03-03T10:00:00.000Z') },
          { clientId: 'c-a', assignmentId: null, entries: 1, lastReceivedMs: Date.parse('2026-03-04T10:00:00.000Z') },
        ]);
        assert.deepEqual(await store.clients.progress('k1', 'c-b'), []);
        assert.equal((await store.clients.progress('k2')).length, 1);
      } finally {
        await store.close();
      }
    });

    it('is emptied by the test reset', async () => {
      const store = await openStore(await location());
      try {
        await store.entries.insert(row());
        await store.assignments.save({ id: 'x', exercise: 'mood-tracker', createdAt: 't', updatedAt: 't', body: '{}' });
        await store.clear();
        assert.equal(await store.entries.count(), 0);
        assert.deepEqual(await store.assignments.list(), []);
      } finally {
        await store.close();
      }
    });
  });
}

describe('moving a practice from the embedded file to PostgreSQL', () => {
  it('copies every table in batches, counts both sides, and refuses a destination that is not empty', async () => {
    const from = await openStore(await engines.sqlite());
    const to = await openStore(await engines.postgres());
    try {
      const rows = Array.from({ length: 1203 }, () => row());
      // Inside a transaction only its own handle may be used (the connection is held).
      await from.db.transaction(async (tx) => {
        const entries = entryTable(/** @type {any} */ (tx));
        for (const r of rows) await entries.insert(r);
      });
      await from.assignments.save({
        id: 'a-9',
        exercise: 'thought-record',
        createdAt: 't',
        updatedAt: 't',
        body: '{}',
      });
      const copied = await copyStore(from, to);
      assert.equal(copied.entries, 1203);
      assert.equal(copied.assignments, 1);
      assert.deepEqual(await allIds(to, {}, 500), await allIds(from, {}, 500));
      const sample = rows[600];
      assert.deepEqual(await to.entries.findByKey(sample.idempotencyKey), sample);
      await assert.rejects(copyStore(from, to), /only into an empty store/);
    } finally {
      await from.close();
      await to.close();
    }
  });

  it('does it with the command a practice runs, which says when every table was counted', async () => {
    const file = await engines.sqlite();
    const from = await openStore(file);
    const sent = [row(), row(), row()];
    for (const r of sent) await from.entries.insert(r);
    await from.close();
    const destination = await engines.postgres();
    const cli = path.resolve(import.meta.dirname, '../../server/cli.mjs');
    const result = spawnSync(process.execPath, [cli, 'copy', '--from', file], {
      encoding: 'utf8',
      // The URL from the environment, as docs/storage.md recommends (no password in `ps`).
      env: { ...process.env, DATABASE_URL: destination },
    });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /entries: 3 rows/);
    assert.match(result.stdout, /copy complete/);
    const to = await openStore(destination);
    try {
      for (const r of sent) assert.deepEqual(await to.entries.findByKey(r.idempotencyKey), r);
    } finally {
      await to.close();
    }
  });
});

describe('PostgreSQL ending a connection', () => {
  it('costs one log line, not the process: the next write goes through a new connection', async () => {
    const url = await engines.postgres();
    const store = await openStore(url);
    const warnings = [];
    const warn = console.warn;
    console.warn = (...args) => warnings.push(args.join(' '));
    try {
      await store.entries.insert(row()); // a connection now idles in the pool
      const { default: pg } = await import('pg');
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
      );
      await admin.end();
      const deadline = Date.now() + 5000;
      while (!warnings.length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      assert.match(warnings.join('\n'), /a database connection ended/);
      const later = row();
      await store.entries.insert(later);
      assert.deepEqual(await store.entries.findByKey(later.idempotencyKey), later);
    } finally {
      console.warn = warn;
      await store.close();
    }
  });
});
