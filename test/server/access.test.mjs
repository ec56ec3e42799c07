// Who may read and write, over real HTTP with the library's own validator (run `npm run
// build` first), on both engines: a client link writes only its client's entries and reads
// only its client's assignments; a clinician reads only their own clients; erasure leaves
// tombstones; every read is in the access log.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startServer } from '../../server/app.mjs';
import { COPIED_TABLES } from '../../server/store/copy.mjs';
import { addClinician, createLink } from '../support/access.mjs';
import { thoughtRecords } from '../support/fhir-entries.mjs';
import { createTestDatabase, startTestPostgres } from '../support/postgres.mjs';

const SECRET_WORDS = 'Meeting with my manager on Monday at 10.';

/** A valid thought record, fresh id, naming whatever subject the sender claims. */
function entry(/** @type {Record<string, unknown>} */ fields = {}) {
  return { ...structuredClone(thoughtRecords[0]), id: randomUUID(), assignmentId: null, ...fields };
}

/**
 * @param {string} base
 * @param {unknown} body
 * @param {Record<string, string>} headers
 * @param {string} [key]
 */
function post(base, body, headers, key) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return fetch(`${base}/api/homework`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Idempotency-Key': key ?? /** @type {any} */ (body).id,
      ...headers,
    },
    body: text,
  });
}

/** @param {string} base @param {Record<string, string>} headers */
async function readEntries(base, headers, query = '') {
  const response = await fetch(`${base}/api/homework${query}`, { headers });
  return { status: response.status, body: await response.json() };
}

for (const engine of ['sqlite', 'postgres']) {
  describe(`access on ${engine}`, () => {
    /** @type {import('../../server/app.mjs').RunningServer} */
    let server;
    /** @type {() => Promise<void>} */
    let cleanUp = async () => {};
    /** @type {Awaited<ReturnType<typeof addClinician>>} */
    let alice;
    /** @type {Awaited<ReturnType<typeof addClinician>>} */
    let bob;

    before(async () => {
      let db;
      if (engine === 'sqlite') {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hw-access-'));
        db = path.join(dir, 'homework.sqlite');
        cleanUp = async () => fs.rmSync(dir, { recursive: true, force: true });
      } else {
        const postgres = await startTestPostgres();
        const database = await createTestDatabase(postgres.url, 'access');
        db = database.url;
        cleanUp = async () => {
          await database.drop();
          await postgres.stop();
        };
      }
      server = await startServer({ port: 0, db });
      alice = await addClinician(server.store, { username: 'alice' });
      bob = await addClinician(server.store, { username: 'bob' });
    });
    after(async () => {
      await server?.close();
      await cleanUp();
    });

    it("takes the client from the link, never from the body: A's link cannot write as B", async () => {
      const linkA = await createLink(server.url, alice.headers, 'client-a');
      await createLink(server.url, bob.headers, 'client-b');
      const sent = entry({ subject: 'client-b' });
      assert.equal((await post(server.url, sent, linkA.headers)).status, 201);
      const [stored] = (await readEntries(server.url, alice.headers, '?subject=client-a')).body.entries;
      assert.equal(stored.id, sent.id);
      assert.equal(stored.subject, 'client-a');
      assert.deepEqual((await readEntries(server.url, bob.headers)).body.entries, [], "bob's client got nothing");
    });

    it("a client's link reads nothing and touches no assignment", async () => {
      const assignment = { id: `as-${randomUUID()}`, exercise: 'mood-tracker', title: 'Check in' };
      const saved = await fetch(`${server.url}/api/assignments`, {
        method: 'POST',
        headers: { ...alice.headers, 'Content-Type': 'application/json' },
        body: JSON.stringify(assignment),
      });
      assert.equal(saved.status, 201);
      const link = await createLink(server.url, alice.headers, 'client-c');
      const refusals = [
        await fetch(`${server.url}/api/homework`, { headers: link.headers }),
        await fetch(`${server.url}/api/homework?subject=client-c`, { headers: link.headers }),
        await fetch(`${server.url}/api/assignments`, { headers: link.headers }),
        await fetch(`${server.url}/api/assignments`, {
          method: 'POST',
          headers: { ...link.headers, 'Content-Type': 'application/json' },
          body: JSON.stringify({ ...assignment, title: 'Rewritten' }),
        }),
        await fetch(`${server.url}/api/links`, {
          method: 'POST',
          headers: { ...link.headers, 'Content-Type': 'application/json' },
          body: JSON.stringify({ client: 'client-c' }),
        }),
        await fetch(`${server.url}/api/clients/client-c/entries`, { method: 'DELETE', headers: link.headers }),
        await fetch(`${server.url}/api/links/${link.id}`, { method: 'DELETE', headers: link.headers }),
      ];
      assert.deepEqual(
        refusals.map((r) => r.status),
        [403, 403, 403, 403, 403, 403, 403],
      );
      // Not given to this client: answered like a missing one.
      const notGiven = await fetch(`${server.url}/api/assignments/${assignment.id}`, { headers: link.headers });
      assert.equal(notGiven.status, 404);
      const stored = await server.store.assignments.find(assignment.id);
      assert.equal(JSON.parse(/** @type {any} */ (stored).body).title, 'Check in');

      const given = await createLink(server.url, alice.headers, 'client-c', { assignmentId: assignment.id });
      const read = await fetch(`${server.url}/api/assignments/${assignment.id}`, { headers: given.headers });
      assert.equal(read.status, 200);
      assert.deepEqual(await read.json(), assignment);
    });

    it('refuses a revoked or expired link with a code the widget can tell from sign-in, storing nothing', async () => {
      const revoked = await createLink(server.url, alice.headers, 'client-d');
      const revoke = await fetch(`${server.url}/api/links/${revoked.id}`, { method: 'DELETE', headers: alice.headers });
      assert.equal(revoke.status, 204);
      const expired = await createLink(server.url, alice.headers, 'client-d');
      await server.store.db.run('UPDATE client_links SET expires_ms = ? WHERE id = ?', [Date.now() - 1, expired.id]);
      for (const [link, code] of [
        [revoked, 'link-revoked'],
        [expired, 'link-expired'],
      ]) {
        const response = await post(server.url, entry(), link.headers);
        assert.equal(response.status, 401);
        const body = await response.json();
        assert.equal(body.code, code);
        assert.match(body.message, /ask your therapist/);
      }
      const unknown = await post(server.url, entry(), { Authorization: 'Bearer hwl_not-a-link' });
      assert.equal((await unknown.json()).code, 'credential-invalid');
      assert.deepEqual((await readEntries(server.url, alice.headers, '?subject=client-d')).body.entries, []);
    });

    it("keeps each clinician to their own clients: no reading, linking, revoking or erasing another's", async () => {
      const link = await createLink(server.url, alice.headers, 'client-e');
      assert.equal((await post(server.url, entry(), link.headers)).status, 201);
      assert.deepEqual((await readEntries(server.url, bob.headers, '?subject=client-e')).body.entries, []);
      const steal = await fetch(`${server.url}/api/links`, {
        method: 'POST',
        headers: { ...bob.headers, 'Content-Type': 'application/json' },
        body: JSON.stringify({ client: 'client-e' }),
      });
      assert.equal(steal.status, 403);
      assert.equal(
        (await fetch(`${server.url}/api/links/${link.id}`, { method: 'DELETE', headers: bob.headers })).status,
        404,
      );
      const erase = await fetch(`${server.url}/api/clients/client-e/entries`, {
        method: 'DELETE',
        headers: bob.headers,
      });
      assert.equal(erase.status, 404);
      assert.equal((await readEntries(server.url, alice.headers, '?subject=client-e')).body.entries.length, 1);
    });

    it("refuses a link to another clinician's assignment and malformed ids without an error", async () => {
      const assignment = { id: `as-${randomUUID()}`, exercise: 'mood-tracker', title: 'Alice’s' };
      const saved = await fetch(`${server.url}/api/assignments`, {
        method: 'POST',
        headers: { ...alice.headers, 'Content-Type': 'application/json' },
        body: JSON.stringify(assignment),
      });
      assert.equal(saved.status, 201);
      const steal = await fetch(`${server.url}/api/links`, {
        method: 'POST',
        headers: { ...bob.headers, 'Content-Type': 'application/json' },
        body: JSON.stringify({ client: 'client-bob-1', assignmentId: assignment.id }),
      });
      assert.equal(steal.status, 404);
      assert.equal((await server.store.assignments.find(assignment.id))?.clientId, null);
      for (const path of ['/api/links/%E0%A4', '/api/clients/%E0%A4/entries']) {
        const response = await fetch(`${server.url}${path}`, { method: 'DELETE', headers: alice.headers });
        assert.ok(response.status === 404 || response.status === 405, `${path}: ${response.status}`);
      }
    });

    it('scopes Idempotency-Key to the writer and requires it to be the entry id (422)', async () => {
      const mine = await createLink(server.url, alice.headers, 'client-f');
      const theirs = await createLink(server.url, alice.headers, 'client-g');
      const sent = entry();
      const otherKey = await post(server.url, sent, mine.headers, randomUUID());
      assert.equal(otherKey.status, 422);
      assert.match((await otherKey.json()).message, /Idempotency-Key/);
      assert.equal((await post(server.url, sent, mine.headers)).status, 201);
      // Another client sending the same id neither replaces it nor sees its receipt.
      const taken = await post(server.url, sent, theirs.headers);
      assert.equal(taken.status, 422);
      assert.equal(taken.headers.get('idempotent-replayed'), null);
      assert.match((await taken.json()).message, /already received/);
      const replay = await post(server.url, sent, mine.headers);
      assert.equal(replay.headers.get('idempotent-replayed'), 'true');
      const [stored] = (await readEntries(server.url, alice.headers, '?subject=client-f')).body.entries;
      assert.equal(stored.subject, 'client-f');
    });

    it('refuses deep nesting before parsing, so no stored entry can break a read', async () => {
      const link = await createLink(server.url, alice.headers, 'client-h');
      const sent = entry();
      const deep = JSON.stringify({ ...sent, extra: 0 }).replace(
        '"extra":0',
        `"extra":${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      );
      const response = await post(server.url, deep, link.headers, sent.id);
      assert.equal(response.status, 400);
      assert.match((await response.json()).message, /too deeply/);
      const slightlyDeep = JSON.stringify({ ...sent, extra: 0 }).replace(
        '"extra":0',
        `"extra":${'['.repeat(70)}${']'.repeat(70)}`,
      );
      assert.equal((await post(server.url, slightlyDeep, link.headers, sent.id)).status, 400);
      // An unknown field within the limit is dropped by the schema, not stored.
      const shallow = JSON.stringify({ ...sent, extra: [[['kept?']]] });
      assert.equal((await post(server.url, shallow, link.headers, sent.id)).status, 201);
      const read = await readEntries(server.url, alice.headers, '?subject=client-h');
      assert.equal(read.status, 200);
      assert.equal(read.body.entries[0].extra, undefined);
    });

    it('erases a client, keeping tombstones: a late retry is answered and never stored again', async () => {
      const link = await createLink(server.url, alice.headers, 'client-i');
      const sent = entry();
      assert.equal((await post(server.url, sent, link.headers)).status, 201);
      const erase = await fetch(`${server.url}/api/clients/client-i/entries`, {
        method: 'DELETE',
        headers: alice.headers,
      });
      assert.deepEqual(await erase.json(), { erased: 1 });
      const late = await post(server.url, sent, link.headers);
      assert.equal(late.status, 200);
      assert.deepEqual(await late.json(), { id: sent.id, erased: true });
      const changed = await post(server.url, { ...sent, locale: 'fr' }, link.headers);
      assert.equal(changed.status, 422);
      assert.deepEqual((await readEntries(server.url, alice.headers, '?subject=client-i')).body.entries, []);
      const [tombstone] = await server.store.db.all('SELECT * FROM tombstones WHERE idempotency_key = ?', [sent.id]);
      assert.ok(tombstone);
      assert.doesNotMatch(JSON.stringify(tombstone), /Meeting with my manager/);
    });

    it('writes every read of entries to the access log: who, when, which client, never the text', async () => {
      const link = await createLink(server.url, alice.headers, 'client-j');
      assert.equal((await post(server.url, entry(), link.headers)).status, 201);
      assert.equal((await post(server.url, entry(), link.headers)).status, 201);
      const before = Date.now();
      assert.equal((await readEntries(server.url, alice.headers, '?subject=client-j')).status, 200);
      const [row] = await server.store.accessLog.recent(1);
      assert.equal(row.actor, `token:${alice.tokenId}`);
      assert.equal(row.clientId, 'client-j');
      assert.equal(row.entries, 2);
      assert.ok(Date.parse(row.at) >= before - 1000);
      const everything = await server.store.db.all('SELECT * FROM access_log');
      assert.doesNotMatch(JSON.stringify(everything), new RegExp(SECRET_WORDS));
    });

    it('gives an EHR a read-only token that can be revoked', async () => {
      const ehr = await addClinician(server.store, { scope: 'read' });
      const link = await createLink(server.url, alice.headers, 'client-k');
      assert.equal((await post(server.url, entry(), link.headers)).status, 201);
      assert.equal((await readEntries(server.url, ehr.headers)).status, 200);
      const write = await fetch(`${server.url}/api/links`, {
        method: 'POST',
        headers: { ...ehr.headers, 'Content-Type': 'application/json' },
        body: JSON.stringify({ client: 'client-z' }),
      });
      assert.equal(write.status, 403);
      assert.equal(await server.store.tokens.revoke(ehr.tokenId), true);
      const revoked = await readEntries(server.url, ehr.headers);
      assert.equal(revoked.status, 401);
      assert.equal(revoked.body.code, 'token-revoked');
    });

    it('creates every table through migrations, and copies every one of them', async () => {
      const tables =
        engine === 'sqlite'
          ? await server.store.db.all("SELECT name FROM sqlite_master WHERE type = 'table'")
          : await server.store.db.all("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'");
      const names = tables.map((row) => String(row.name)).filter((name) => name !== 'schema_migrations');
      assert.deepEqual(names.sort(), COPIED_TABLES.map((table) => table.name).sort());
    });
  });
}
