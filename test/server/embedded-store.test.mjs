// The embedded default, as a practice runs it: the real CLI in its own process, a file on
// disk. An answered entry survives kill -9; a file from the earlier sql.js store opens in
// place; a backup is taken while the server keeps writing; nobody else can read the files.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import initSqlJs from 'sql.js';
import { openStore } from '../../server/store/index.mjs';
import { clinicianAndLink, startCli } from '../support/cli-server.mjs';
import { moodCheckIns } from '../support/fhir-entries.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'server/cli.mjs');
const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'hw-embedded-'));
after(() => fs.rmSync(directory, { recursive: true, force: true }));

/** A valid check-in with its own id. */
function checkIn() {
  return { ...moodCheckIns[0], id: randomUUID() };
}

/** @param {string} url @param {unknown} entry @param {Record<string, string>} auth */
function post(url, entry, auth) {
  return fetch(`${url}/api/homework`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': /** @type {any} */ (entry).id, ...auth },
    body: JSON.stringify(entry),
  });
}

describe('the embedded store', () => {
  it('keeps every entry answered 201 when the server is killed with SIGKILL right after', async () => {
    const db = path.join(directory, 'killed.sqlite');
    const auth = (await clinicianAndLink(db, 'client-embedded')).client;
    const { url, stop } = await startCli(db);
    const sent = Array.from({ length: 20 }, checkIn);
    const answers = await Promise.all(sent.map((entry) => post(url, entry, auth)));
    assert.deepEqual(
      answers.map((a) => a.status),
      sent.map(() => 201),
    );
    await stop('SIGKILL');

    const store = await openStore(db);
    try {
      for (const entry of sent) assert.ok(await store.entries.findByKey(entry.id), `${entry.id} survived`);
    } finally {
      await store.close();
    }
  });

  it('writes incrementally with a write-ahead log, fully synchronous commits, files for the owner only', async () => {
    const db = path.join(directory, 'private', 'homework.sqlite');
    const store = await openStore(db);
    try {
      await store.entries.insert({
        idempotencyKey: 'k',
        id: 'k',
        exercise: 'mood-tracker',
        subject: null,
        assignmentId: null,
        completedAt: null,
        receivedAt: new Date().toISOString(),
        body: '{}',
        bodyHash: 'h',
        responseStatus: 201,
        responseBody: '{}',
      });
      assert.equal((await store.db.all('PRAGMA journal_mode'))[0].journal_mode, 'wal');
      // 2 = FULL: the log is synced before a commit returns.
      assert.equal((await store.db.all('PRAGMA synchronous'))[0].synchronous, 2);
      for (const file of [db, `${db}-wal`, `${db}-shm`]) {
        assert.ok(fs.existsSync(file), `${path.basename(file)} exists`);
        assert.equal(fs.statSync(file).mode & 0o777, 0o600, `${path.basename(file)} is 0600`);
      }
    } finally {
      await store.close();
    }
  });

  it('opens a file written by the earlier sql.js store in place: migrated, nothing lost', async () => {
    const SQL = await initSqlJs();
    const old = new SQL.Database();
    // The earlier store's schema and rows, exactly as it wrote them.
    old.exec(`
      CREATE TABLE entries (idempotency_key TEXT PRIMARY KEY, id TEXT, exercise TEXT, subject TEXT,
        assignment_id TEXT, completed_at TEXT, received_at TEXT, body TEXT, body_hash TEXT,
        response_status INT, response_body TEXT);
      CREATE INDEX entries_by_received_at ON entries (received_at);
      CREATE TABLE assignments (id TEXT PRIMARY KEY, exercise TEXT, created_at TEXT, updated_at TEXT, body TEXT);
    `);
    const insert = old.prepare('INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    insert.run([
      'k1',
      'k1',
      'mood-tracker',
      's',
      null,
      '2025-01-01T10:00:00+02:00',
      '2025-01-01T08:00:01.000Z',
      '{"id":"k1"}',
      'h1',
      201,
      '{"id":"k1"}',
    ]);
    insert.run([
      'k2',
      'k2',
      'thought-record',
      's',
      'a',
      '2025-02-01T10:00:00-05:00',
      '2025-02-01T15:00:02.000Z',
      '{"id":"k2"}',
      'h2',
      201,
      '{"id":"k2"}',
    ]);
    insert.free();
    old.run('INSERT INTO assignments VALUES (?, ?, ?, ?, ?)', ['a', 'thought-record', 't', 't', '{"id":"a"}']);
    const file = path.join(directory, 'from-sqljs.sqlite');
    fs.writeFileSync(file, old.export());
    old.close();

    const store = await openStore(file);
    try {
      const page = await store.entries.page();
      assert.deepEqual(page.entries, [{ id: 'k2' }, { id: 'k1' }]);
      assert.deepEqual((await store.entries.findByKey('k1'))?.bodyHash, 'h1');
      // The instants were filled in for the old rows, so "since" works on them.
      assert.deepEqual((await store.entries.page({ since: '2025-02-01T15:00:00Z' })).entries, [{ id: 'k2' }]);
      assert.deepEqual(await store.assignments.list(), [{ id: 'a' }]);
    } finally {
      await store.close();
    }
  });

  it('backs up while the server runs and keeps writing: the copy opens, is intact, and holds what was answered', async () => {
    const db = path.join(directory, 'live.sqlite');
    const auth = (await clinicianAndLink(db, 'client-embedded')).client;
    const { url, stop } = await startCli(db);
    try {
      const before = Array.from({ length: 30 }, checkIn);
      for (const entry of before) assert.equal((await post(url, entry, auth)).status, 201);
      const out = path.join(directory, 'backups', 'live-copy.sqlite');
      fs.mkdirSync(path.dirname(out));
      // Entries keep arriving during the backup.
      const during = Promise.all(Array.from({ length: 30 }, () => post(url, checkIn(), auth)));
      const backup = spawnSync(process.execPath, [cli, 'backup', '--db', db, '--out', out], { encoding: 'utf8' });
      assert.equal(backup.status, 0, backup.stderr);
      for (const answer of await during) assert.equal(answer.status, 201);

      assert.equal(fs.statSync(out).mode & 0o777, 0o600, 'the backup is as private as the database');
      const copy = new Database(out, { readonly: true });
      try {
        assert.equal(copy.pragma('integrity_check', { simple: true }), 'ok');
        const keys = new Set(copy.prepare('SELECT idempotency_key FROM entries').pluck().all());
        for (const entry of before) assert.ok(keys.has(entry.id));
      } finally {
        copy.close();
      }
    } finally {
      await stop();
    }
  });
});
