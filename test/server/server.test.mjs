// The reference endpoint, over real HTTP: the delivery protocol, dedupe, persistence, the
// test-only faults, auth and the static demo. Uses an injected validator, not the build.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../server/app.mjs';
import { openStore } from '../../server/store/index.mjs';
import { addClinician, createLink, fixtureClinician } from '../support/access.mjs';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Accepts anything shaped like an entry envelope, so these tests do not need `npm run build`.
 * @param {any} candidate
 * @returns {import('../../server/homework-routes.mjs').ValidationResult}
 */
function validate(candidate) {
  const problems = [];
  if (typeof candidate?.id !== 'string') problems.push('id: expected string');
  if (typeof candidate?.exercise !== 'string') problems.push('exercise: expected string');
  return problems.length ? { ok: false, problems } : { ok: true, value: candidate };
}

let counter = 0;
function entry(/** @type {Record<string, unknown>} */ fields = {}) {
  counter += 1;
  return {
    id: `entry-${counter}-${Date.now()}`,
    exercise: 'thought-record',
    subject: 'client-1',
    assignmentId: 'a-1',
    completedAt: '2024-03-01T09:00:00+02:00',
    data: { situation: `Situation ${counter}` },
    ...fields,
  };
}

/**
 * @param {string} base
 * @param {unknown} body  an object (serialised) or a ready string
 * @param {{ key?: string | null, headers?: Record<string, string>, signal?: AbortSignal }} [options]
 */
function post(base, body, { key, headers = {}, signal } = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const resolvedKey = key === undefined ? /** @type {any} */ (body).id : key;
  return fetch(`${base}/api/homework`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(resolvedKey === null ? {} : { 'Idempotency-Key': resolvedKey }),
      ...headers,
    },
    body: text,
    signal,
  });
}

/** @param {string} url */
async function getJson(url, /** @type {RequestInit} */ init = {}) {
  const response = await fetch(url, init);
  return { response, body: await response.json() };
}

/** fetch() normalises `..` away before sending; this sends the path byte for byte. */
function rawGet(/** @type {string} */ base, /** @type {string} */ rawPath) {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.get({ hostname, port, path: rawPath, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text }));
    });
    req.on('error', reject);
  });
}

const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

describe('reference endpoint', () => {
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let server;
  /** @type {string} */
  let base;
  /** A clinician owning every client these tests write as. */
  let reader = /** @type {Record<string, string>} */ ({});

  const count = async () => (await getJson(`${base}/__test/count`)).body.count;
  const queueFaults = async (/** @type {unknown[]} */ queue) => {
    const response = await fetch(`${base}/__test/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ queue }),
    });
    assert.equal(response.status, 200, await response.clone().text());
    return response.json();
  };

  before(async () => {
    server = await startServer({
      port: 0,
      faults: true,
      validate,
      allowOrigins: ['https://practice.example', 'https://portal.example'],
    });
    base = server.url;
  });
  after(() => server.close());
  beforeEach(async () => {
    const response = await fetch(`${base}/__test/reset`, { method: 'POST' });
    assert.equal(response.status, 200);
    reader = (await fixtureClinician(base, ['client-1', 'client-a', 'client-b'])).headers;
  });

  describe('POST /api/homework', () => {
    it('stores an entry and answers 201 with its id and receipt time', async () => {
      const sent = entry();
      const response = await post(base, sent);
      assert.equal(response.status, 201);
      assert.equal(response.headers.get('idempotent-replayed'), null);
      const body = await response.json();
      assert.equal(body.id, sent.id);
      assert.ok(!Number.isNaN(Date.parse(body.receivedAt)));
      assert.equal(await count(), 1);
    });

    it('replays the stored response when the same key and body arrive again', async () => {
      const sent = entry();
      const first = await post(base, sent);
      const firstBody = await first.text();
      const second = await post(base, sent);
      assert.equal(second.status, 201);
      assert.equal(second.headers.get('idempotent-replayed'), 'true');
      assert.equal(await second.text(), firstBody);
      assert.equal(await count(), 1);
    });

    it('treats a quoted structured-field key as the same key as the bare one', async () => {
      const sent = entry();
      assert.equal((await post(base, sent)).status, 201);
      const quoted = await post(base, sent, { key: `"${sent.id}"` });
      assert.equal(quoted.status, 201);
      assert.equal(quoted.headers.get('idempotent-replayed'), 'true');
      assert.equal(await count(), 1);
    });

    it('refuses a reused key with a different body (422)', async () => {
      const sent = entry();
      await post(base, sent);
      const response = await post(base, { ...sent, data: { situation: 'changed' } }, { key: sent.id });
      assert.equal(response.status, 422);
      assert.deepEqual(await response.json(), { message: 'Idempotency-Key reused with a different body' });
      assert.equal(await count(), 1);
    });

    it('answers 409 to a second request while the first with that key is in flight', async () => {
      await queueFaults([{ delayMs: 400 }]);
      const sent = entry();
      const first = post(base, sent);
      await sleep(100);
      const second = await post(base, sent);
      assert.equal(second.status, 409);
      assert.match((await second.json()).message, /still being processed/);
      assert.equal((await first).status, 201);
      assert.equal(await count(), 1);
      const third = await post(base, sent);
      assert.equal(third.headers.get('idempotent-replayed'), 'true');
    });

    it('refuses a body over the limit with 413 without storing it', async () => {
      const response = await post(base, entry({ padding: 'x'.repeat(1_000_001) }));
      assert.equal(response.status, 413);
      assert.deepEqual(await response.json(), { message: 'Entry too large: at most 1000000 bytes' });
      assert.equal(await count(), 0);
    });

    it('refuses an oversized chunked body that declares no length', async () => {
      const chunk = new TextEncoder().encode('x'.repeat(100_000));
      let sent = 0;
      const body = new ReadableStream({
        pull(controller) {
          if (sent++ < 15) controller.enqueue(chunk);
          else controller.close();
        },
      });
      // Streaming a body needs `duplex`, which the DOM RequestInit type does not know yet.
      const response = await fetch(
        `${base}/api/homework`,
        /** @type {RequestInit} */ ({
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'chunked-1' },
          body,
          duplex: 'half',
        }),
      );
      assert.equal(response.status, 413);
      assert.equal(await count(), 0);
    });

    it('accepts a body right at the limit', async () => {
      const small = await startServer({ port: 0, validate, maxBodyBytes: 2000, faults: true });
      try {
        const sent = entry();
        const filler = 2000 - JSON.stringify({ ...sent, pad: '' }).length;
        const exact = JSON.stringify({ ...sent, pad: 'x'.repeat(filler) });
        assert.equal(Buffer.byteLength(exact), 2000);
        assert.equal((await post(small.url, exact, { key: sent.id })).status, 201);
        const over = JSON.stringify({ ...sent, pad: 'x'.repeat(filler + 1) });
        assert.equal((await post(small.url, over, { key: 'other' })).status, 413);
      } finally {
        await small.close();
      }
    });

    it('refuses a body that is not declared as JSON (415)', async () => {
      const sent = entry();
      const response = await post(base, sent, { headers: { 'Content-Type': 'text/plain' } });
      assert.equal(response.status, 415);
      assert.match((await response.json()).message, /application\/json/);
      assert.equal(await count(), 0);
    });

    it('accepts application/json with a charset parameter', async () => {
      const response = await post(base, entry(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
      assert.equal(response.status, 201);
    });

    it('requires an Idempotency-Key of 1 to 200 characters (400)', async () => {
      const missing = await post(base, entry(), { key: null });
      assert.equal(missing.status, 400);
      assert.match((await missing.json()).message, /Idempotency-Key/);
      const tooLong = await post(base, entry(), { key: 'k'.repeat(201) });
      assert.equal(tooLong.status, 400);
      assert.match((await tooLong.json()).message, /200/);
      const longest = entry({ id: 'k'.repeat(200) });
      assert.equal((await post(base, longest, { key: 'k'.repeat(200) })).status, 201);
      assert.equal(await count(), 1);
    });

    it('refuses malformed JSON with 400 and does not echo the body', async () => {
      const response = await post(base, '{"id": "secret thought",', { key: 'malformed-1' });
      assert.equal(response.status, 400);
      const { message } = await response.json();
      assert.equal(typeof message, 'string');
      assert.doesNotMatch(message, /secret thought/);
      assert.equal(await count(), 0);
    });

    it('refuses an invalid entry with 422 and the validator problems', async () => {
      const response = await post(base, { exercise: 7 }, { key: 'invalid-1' });
      assert.equal(response.status, 422);
      const body = await response.json();
      assert.deepEqual(body.problems, ['id: expected string', 'exercise: expected string']);
      assert.equal(body.message, 'Entry is not valid: id: expected string; exercise: expected string');
      assert.equal(await count(), 0);
    });

    it('marks every JSON answer as uncacheable and unsniffable', async () => {
      for (const response of [await post(base, entry()), await post(base, 'nope', { key: 'x' })]) {
        assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
        assert.equal(response.headers.get('cache-control'), 'no-store');
        assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      }
    });
  });

  describe('CORS', () => {
    it('answers a preflight with 204 and every header a cross-origin widget needs', async () => {
      const response = await fetch(`${base}/api/homework`, {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://practice.example',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization, idempotency-key, content-type',
        },
      });
      assert.equal(response.status, 204);
      assert.equal(response.headers.get('access-control-allow-origin'), 'https://practice.example');
      assert.equal(response.headers.get('vary'), 'Origin');
      assert.equal(
        response.headers.get('access-control-allow-headers'),
        'Authorization, Idempotency-Key, If-None-Exist, Content-Type',
        'If-None-Exist: format="fhir" sends a conditional create',
      );
      assert.equal(response.headers.get('access-control-allow-methods'), 'GET, POST, OPTIONS');
      assert.equal(response.headers.get('access-control-expose-headers'), 'Retry-After');
      assert.equal(response.headers.get('access-control-max-age'), '600');
    });

    it('sends CORS headers on answers and errors to a configured origin, none without one', async () => {
      const withOrigin = await post(base, entry(), { headers: { Origin: 'https://portal.example' } });
      assert.equal(withOrigin.headers.get('access-control-allow-origin'), 'https://portal.example');
      assert.equal(withOrigin.headers.get('access-control-expose-headers'), 'Retry-After');
      const unknown = await fetch(`${base}/api/nothing-here`);
      assert.equal(unknown.status, 404);
      assert.equal(unknown.headers.get('access-control-allow-origin'), null);
      assert.equal(typeof (await unknown.json()).message, 'string');
    });

    it('refuses a page on an origin nobody configured, before reading anything', async () => {
      const response = await post(base, entry(), { headers: { Origin: 'https://attacker.example' } });
      assert.equal(response.status, 403);
      assert.equal(response.headers.get('access-control-allow-origin'), null);
      const preflight = await fetch(`${base}/api/homework`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://attacker.example', 'Access-Control-Request-Method': 'POST' },
      });
      assert.equal(preflight.status, 403);
      assert.equal(preflight.headers.get('access-control-allow-origin'), null);
      assert.equal(await count(), 0);
    });
  });

  describe('GET /api/homework', () => {
    it('lists stored entries newest first, filtered by subject, exercise and since', async () => {
      const a = entry({ subject: 'client-a', exercise: 'thought-record', completedAt: '2024-01-01T10:00:00+02:00' });
      const b = entry({ subject: 'client-b', exercise: 'mood-tracker', completedAt: '2024-01-02T10:00:00Z' });
      const c = entry({ subject: 'client-a', exercise: 'mood-tracker', completedAt: '2024-01-03T10:00:00-05:00' });
      for (const sent of [a, b, c]) assert.equal((await post(base, sent)).status, 201);

      const ids = async (/** @type {string} */ query) => {
        const { response, body } = await getJson(`${base}/api/homework${query}`, { headers: reader });
        assert.equal(response.status, 200);
        assert.equal(body.next, null);
        return body.entries.map((/** @type {any} */ stored) => stored.id);
      };
      assert.deepEqual((await getJson(`${base}/api/homework`, { headers: reader })).body, {
        entries: [c, b, a],
        next: null,
      });
      assert.deepEqual(await ids('?subject=client-a'), [c.id, a.id]);
      assert.deepEqual(await ids('?exercise=mood-tracker'), [c.id, b.id]);
      assert.deepEqual(await ids('?subject=client-a&exercise=mood-tracker'), [c.id]);
      assert.deepEqual(await ids('?subject=nobody'), []);
      assert.deepEqual(await ids(`?since=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`), []);

      await sleep(20);
      const cutoff = new Date().toISOString();
      await sleep(20);
      const d = entry({ completedAt: '2023-12-31T23:00:00Z' });
      await post(base, d);
      // d was completed long before the cutoff but received after it: still new.
      assert.deepEqual(await ids(`?since=${encodeURIComponent(cutoff)}`), [d.id]);
    });

    it('compares since as an instant, whatever the offset', async () => {
      const sent = entry({ completedAt: '2999-01-01T10:00:00+02:00' });
      await post(base, sent);
      const ids = async (/** @type {string} */ since) =>
        (
          await getJson(`${base}/api/homework?since=${encodeURIComponent(since)}`, { headers: reader })
        ).body.entries.map((/** @type {any} */ e) => e.id);
      assert.deepEqual(await ids('2999-01-01T08:00:00Z'), [sent.id]);
      assert.deepEqual(await ids('2999-01-01T08:00:01Z'), []);
    });

    it('refuses a since that is not a date (400)', async () => {
      const response = await fetch(`${base}/api/homework?since=yesterday`, { headers: reader });
      assert.equal(response.status, 400);
    });

    it('pages by next, newest first: every entry exactly once, also while new ones arrive', async () => {
      const sent = [];
      for (let i = 0; i < 7; i++) {
        sent.push(entry());
        assert.equal((await post(base, sent.at(-1))).status, 201);
      }
      /** @type {string[]} */
      const seen = [];
      let url = `${base}/api/homework?limit=3&subject=client-1`;
      let pages = 0;
      for (;;) {
        const { response, body } = await getJson(url, { headers: reader });
        assert.equal(response.status, 200);
        assert.ok(body.entries.length <= 3);
        seen.push(...body.entries.map((/** @type {any} */ e) => e.id));
        pages += 1;
        // Arriving between pages: newer than the first page, so not on a later one.
        if (pages === 1) assert.equal((await post(base, entry())).status, 201);
        if (!body.next) break;
        assert.ok(body.next.startsWith('/api/homework?'), 'next is relative: no host taken from the request');
        assert.ok(new URL(body.next, base).searchParams.get('subject') === 'client-1', 'filters carry over');
        url = new URL(body.next, base).href;
      }
      assert.equal(pages, 3);
      assert.deepEqual(seen, sent.map((e) => e.id).reverse());
    });

    it('refuses a limit out of range and a position it did not give out (400)', async () => {
      for (const query of ['?limit=0', '?limit=501', '?limit=ten', '?after=not-a-cursor!', '?after=WzFd']) {
        const response = await fetch(`${base}/api/homework${query}`, { headers: reader });
        assert.equal(response.status, 400, query);
        assert.equal(typeof (await response.json()).message, 'string');
      }
    });
  });

  describe('faults', () => {
    it('answers a queued status with its Retry-After and body, storing nothing, then recovers', async () => {
      await queueFaults([{ status: 503, retryAfter: '7', body: { message: 'Down for maintenance' } }]);
      const sent = entry();
      const failed = await post(base, sent, { headers: { Origin: 'https://practice.example' } });
      assert.equal(failed.status, 503);
      assert.equal(failed.headers.get('retry-after'), '7');
      assert.equal(failed.headers.get('access-control-expose-headers'), 'Retry-After');
      assert.deepEqual(await failed.json(), { message: 'Down for maintenance' });
      assert.equal(await count(), 0);

      assert.equal((await post(base, sent)).status, 201);
      const { body: log } = await getJson(`${base}/__test/requests`);
      assert.deepEqual(
        log.map((/** @type {any} */ r) => [r.key, r.status, r.fault?.status ?? null]),
        [
          [sent.id, 503, 503],
          [sent.id, 201, null],
        ],
      );
    });

    it('consumes one fault per POST in order, with a text body and a delay', async () => {
      await queueFaults([
        { status: 429, body: 'slow down' },
        { status: 500, delayMs: 250 },
      ]);
      const first = await post(base, entry());
      assert.equal(first.status, 429);
      assert.equal(await first.text(), 'slow down');
      const started = Date.now();
      const second = await post(base, entry());
      assert.equal(second.status, 500);
      assert.ok(Date.now() - started >= 240, 'the delay was applied');
      assert.equal((await post(base, entry())).status, 201);
    });

    it('hangs until the client gives up, and logs no status', async () => {
      await queueFaults([{ hang: true }]);
      const sent = entry();
      await assert.rejects(post(base, sent, { signal: AbortSignal.timeout(300) }), { name: 'TimeoutError' });
      assert.equal(await count(), 0);
      const { body: log } = await getJson(`${base}/__test/requests`);
      assert.deepEqual(
        log.map((/** @type {any} */ r) => [r.key, r.status]),
        [[sent.id, null]],
      );
      assert.equal((await post(base, sent)).status, 201);
    });

    it('commits and then drops the connection; a retry with the same key is replayed', async () => {
      await queueFaults([{ dropAfterCommit: true }]);
      const sent = entry();
      await assert.rejects(post(base, sent), TypeError);
      assert.equal(await count(), 1);
      const retry = await post(base, sent);
      assert.equal(retry.status, 201);
      assert.equal(retry.headers.get('idempotent-replayed'), 'true');
      assert.equal((await retry.json()).id, sent.id);
      assert.equal(await count(), 1);
      const { body: log } = await getJson(`${base}/__test/requests`);
      assert.deepEqual(
        log.map((/** @type {any} */ r) => r.status),
        [null, 201],
      );
    });

    it('commits and then answers 200 with HTML instead of JSON', async () => {
      await queueFaults([{ malformed: true }]);
      const sent = entry();
      const response = await post(base, sent);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
      assert.equal(await response.text(), '<html>not json');
      assert.equal(await count(), 1);
      const retry = await post(base, sent);
      assert.equal(retry.status, 201);
      assert.equal(retry.headers.get('idempotent-replayed'), 'true');
    });

    it('forgets queued faults on DELETE and on reset', async () => {
      await queueFaults([{ status: 503 }, { status: 503 }]);
      assert.deepEqual((await getJson(`${base}/__test/faults`, { method: 'DELETE' })).body, { queued: 0 });
      assert.equal((await post(base, entry())).status, 201);
      await queueFaults([{ status: 503 }]);
      await fetch(`${base}/__test/reset`, { method: 'POST' });
      assert.equal((await post(base, entry())).status, 201);
      assert.equal((await getJson(`${base}/__test/requests`)).body.length, 1);
    });

    it('refuses a misspelt fault rather than silently running without it', async () => {
      const response = await fetch(`${base}/__test/faults`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ queue: [{ delay: 100 }] }),
      });
      assert.equal(response.status, 400);
      assert.match((await response.json()).message, /delay/);
    });

    it('lets a page on another origin drive the test routes', async () => {
      const response = await fetch(`${base}/__test/faults`, {
        method: 'OPTIONS',
        headers: { Origin: 'http://localhost:8000', 'Access-Control-Request-Method': 'DELETE' },
      });
      assert.equal(response.status, 204);
      assert.equal(response.headers.get('access-control-allow-origin'), 'http://localhost:8000');
      assert.match(response.headers.get('access-control-allow-methods') ?? '', /DELETE/);
      assert.match(response.headers.get('access-control-allow-headers') ?? '', /Content-Type/);
    });
  });

  it('answers an unknown route with 404 JSON', async () => {
    const response = await fetch(`${base}/nowhere`);
    assert.equal(response.status, 404);
    assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(typeof (await response.json()).message, 'string');
  });
});

describe('reference endpoint without faults: only credentials open it', () => {
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let server;
  before(async () => {
    server = await startServer({ port: 0, validate });
  });
  after(() => server.close());

  it('takes entries only through a client link and reads them only with a clinician credential', async () => {
    const clinician = await addClinician(server.store, { clients: [] });
    const link = await createLink(server.url, clinician.headers, 'client-1');
    const sent = entry();
    /** @type {Record<string, string>[]} */
    const refused = [{}, { Authorization: 'Bearer wrong' }, { Authorization: link.link }, clinician.headers];
    for (const headers of refused) {
      const response = await post(server.url, sent, { headers });
      assert.ok([401, 403].includes(response.status), `${JSON.stringify(headers)}: ${response.status}`);
      assert.equal(typeof (await response.json()).message, 'string');
    }
    assert.equal((await fetch(`${server.url}/api/homework`)).status, 401);
    assert.equal((await fetch(`${server.url}/api/homework`, { headers: link.headers })).status, 403);
    assert.equal((await fetch(`${server.url}/api/homework`, { method: 'OPTIONS' })).status, 204);
    assert.equal(await server.store.entries.count(), 0);

    assert.equal((await post(server.url, sent, { headers: link.headers })).status, 201);
    const listed = await fetch(`${server.url}/api/homework`, { headers: clinician.headers });
    assert.deepEqual((await listed.json()).entries, [sent]);
  });

  it('has no test routes unless faults are enabled', async () => {
    assert.equal((await fetch(`${server.url}/__test/count`)).status, 404);
    const response = await fetch(`${server.url}/__test/faults`, { method: 'POST', body: '{"queue":[]}' });
    assert.equal(response.status, 404);
  });
});

describe('persistence', () => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'hw-endpoint-'));
  after(() => fs.rmSync(directory, { recursive: true, force: true }));

  it('keeps entries and their stored responses across a restart', async () => {
    const db = path.join(directory, 'nested', 'homework.sqlite');
    const sent = entry();
    const first = await startServer({ port: 0, validate, db });
    let firstBody;
    /** @type {Record<string, string>} */
    let reader = {};
    /** @type {Record<string, string>} */
    let writer = {};
    try {
      reader = (await addClinician(first.store)).headers;
      writer = (await createLink(first.url, reader, 'client-1')).headers;
      const response = await post(first.url, sent, { headers: writer });
      assert.equal(response.status, 201);
      firstBody = await response.text();
    } finally {
      await first.close();
    }
    assert.ok(fs.existsSync(db));

    const second = await startServer({ port: 0, validate, db });
    try {
      assert.equal(await second.store.entries.count(), 1);
      const listed = await fetch(`${second.url}/api/homework`, { headers: reader });
      assert.deepEqual((await listed.json()).entries, [sent]);
      const replay = await post(second.url, sent, { headers: writer });
      assert.equal(replay.headers.get('idempotent-replayed'), 'true');
      assert.equal(await replay.text(), firstBody);
    } finally {
      await second.close();
    }
  });
});

describe('closing', () => {
  it('closes promptly even while a request hangs', async () => {
    const server = await startServer({ port: 0, validate, faults: true });
    await fetch(`${server.url}/__test/faults`, { method: 'POST', body: JSON.stringify({ queue: [{ hang: true }] }) });
    const hanging = post(server.url, entry());
    await sleep(100);
    const started = Date.now();
    await server.close();
    assert.ok(Date.now() - started < 1000);
    await assert.rejects(hanging, TypeError);
  });

  it('closes promptly while a delayed request waits, without storing it', async () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'hw-closing-'));
    const db = path.join(directory, 'homework.sqlite');
    const server = await startServer({ port: 0, validate, faults: true, db });
    await fetch(`${server.url}/__test/faults`, {
      method: 'POST',
      body: JSON.stringify({ queue: [{ delayMs: 60_000 }] }),
    });
    const waiting = post(server.url, entry());
    await sleep(100);
    const started = Date.now();
    await server.close();
    assert.ok(Date.now() - started < 1000);
    await assert.rejects(waiting, TypeError);
    await sleep(50);
    const store = await openStore(db);
    assert.equal(await store.entries.count(), 0);
    await store.close();
    fs.rmSync(directory, { recursive: true, force: true });
  });
});

describe('static demo', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'hw-static-'));
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let server;
  before(async () => {
    fs.mkdirSync(path.join(root, 'demo'));
    fs.mkdirSync(path.join(root, 'dist', 'cdn'), { recursive: true });
    fs.writeFileSync(path.join(root, 'demo', 'index.html'), '<!doctype html><title>home</title>');
    fs.writeFileSync(path.join(root, 'demo', 'received.html'), '<!doctype html><title>received</title>');
    fs.writeFileSync(path.join(root, 'demo', 'notes.txt'), 'not a served type');
    fs.writeFileSync(path.join(root, 'dist', 'cdn', 'lib.js'), 'console.log(1);');
    fs.writeFileSync(path.join(root, 'dist', 'cdn', 'lib.js.map'), '{}');
    fs.writeFileSync(path.join(root, 'package.json'), '{"name":"secret"}');
    server = await startServer({ port: 0, validate, staticRoot: root });
  });
  after(async () => {
    await server.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('serves the pages with a strict CSP and files with their content types', async () => {
    const home = await fetch(`${server.url}/`);
    assert.equal(home.status, 200);
    assert.equal(home.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(await home.text(), /<title>home<\/title>/);
    const csp = home.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self'/);
    assert.match(csp, /object-src 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);

    const received = await fetch(`${server.url}/received`);
    assert.match(await received.text(), /<title>received<\/title>/);
    assert.ok(received.headers.get('content-security-policy'));

    const script = await fetch(`${server.url}/dist/cdn/lib.js`);
    assert.equal(script.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(script.headers.get('content-security-policy'), null);
    assert.equal(
      (await fetch(`${server.url}/dist/cdn/lib.js.map`)).headers.get('content-type'),
      'application/json; charset=utf-8',
    );
    assert.equal((await fetch(`${server.url}/demo/index.html`)).status, 200);
  });

  it('answers 404 for missing files, unknown types and folders', async () => {
    for (const missing of ['/dist/cdn/nope.js', '/demo/notes.txt', '/dist/cdn', '/dist/', '/package.json']) {
      assert.equal((await fetch(`${server.url}${missing}`)).status, 404, missing);
    }
  });

  it('refuses every path that climbs out of demo/ or dist/', async () => {
    for (const attempt of [
      '/dist/../package.json',
      '/demo/../package.json',
      '/dist/..%2fpackage.json',
      '/dist/%2e%2e/package.json',
      '/dist/cdn/..%2f..%2f..%2fpackage.json',
      '/dist/%2e%2e%5cpackage.json',
      '/dist/cdn/lib.js%00.html',
    ]) {
      const response = /** @type {any} */ (await rawGet(server.url, attempt));
      assert.equal(response.status, 404, attempt);
      assert.doesNotMatch(response.text, /secret/, attempt);
    }
  });

  it('serves a mounted folder under its own name and CSP, and nothing outside it', async () => {
    // Inside `root`, whose package.json is "secret": climbing out of the mount would find it.
    const mounted = path.join(root, 'mounted');
    fs.mkdirSync(mounted);
    fs.writeFileSync(path.join(mounted, 'index.html'), '<!doctype html><title>host app</title>');
    const withMounts = await startServer({
      port: 0,
      validate,
      staticRoot: root,
      mounts: { app: { dir: mounted }, open: { dir: mounted, csp: null } },
    });
    try {
      const page = await fetch(`${withMounts.url}/app/index.html`);
      assert.match(await page.text(), /<title>host app<\/title>/);
      assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'self'/);
      const open = await fetch(`${withMounts.url}/open/index.html`);
      assert.equal(open.status, 200);
      assert.equal(open.headers.get('content-security-policy'), null);
      for (const attempt of ['/app/../package.json', '/app/%2e%2e/package.json', '/app/..%2fpackage.json', '/app/']) {
        const response = /** @type {any} */ (await rawGet(withMounts.url, attempt));
        assert.equal(response.status, 404, attempt);
        assert.doesNotMatch(response.text, /secret/, attempt);
      }
      // The repository's own folders are still served beside the mounts.
      assert.equal((await fetch(`${withMounts.url}/dist/cdn/lib.js`)).status, 200);
    } finally {
      await withMounts.close();
      fs.rmSync(mounted, { recursive: true, force: true });
    }
  });

  it('serves the real demo without inline script or style', async () => {
    const real = await startServer({ port: 0, validate, staticRoot: repositoryRoot });
    try {
      for (const page of ['/', '/received']) {
        const response = await fetch(`${real.url}${page}`);
        assert.equal(response.status, 200, page);
        assert.ok(response.headers.get('content-security-policy'), page);
        const html = await response.text();
        assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, `${page} has an inline script`);
        assert.doesNotMatch(html, /<style|\sstyle=|\son[a-z]+=/i, `${page} has inline style or handlers`);
      }
      const home = await (await fetch(`${real.url}/`)).text();
      assert.match(home, /<script src="\/dist\/cdn\/homework-elements\.iife\.js"/);
      assert.match(home, /<hw-thought-record[^>]*endpoint="\/api\/homework"/);
      assert.equal((await fetch(`${real.url}/demo/received.js`)).status, 200);
      assert.equal((await fetch(`${real.url}/demo/demo.css`)).headers.get('content-type'), 'text/css; charset=utf-8');
    } finally {
      await real.close();
    }
  });
});
