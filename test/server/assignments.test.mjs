// The reference endpoint's assignments (what the composer POSTs and `assignment-src` GETs),
// over real HTTP with the library's own schema from the build (run `npm run build` first)
// and a real SQLite file that must survive a restart.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { startServer } from '../../server/app.mjs';

const assignment = (/** @type {Record<string, unknown>} */ fields = {}) => ({
  id: `a-${Math.random().toString(36).slice(2)}`,
  exercise: 'thought-record',
  title: 'After the argument',
  instructions: 'Tonight at home, 10 minutes on one situation.',
  columns: 3,
  size: 'quick',
  locale: 'es',
  framing: 'family',
  overrides: { 'tr.situation.label': '¿Qué pasó en casa?' },
  variant: 'hints-off',
  features: { hints: false },
  ...fields,
});

/**
 * @param {string} base
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
function post(base, body, headers = {}) {
  return fetch(`${base}/api/assignments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('assignments on the reference endpoint', () => {
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let server;
  /** @type {string} */
  let base;

  before(async () => {
    server = await startServer({ port: 0, faults: true });
    base = server.url;
  });
  after(() => server.close());
  beforeEach(async () => {
    assert.equal((await fetch(`${base}/__test/reset`, { method: 'POST' })).status, 200);
  });

  it('stores a valid assignment (201) and serves it back by id, exactly', async () => {
    const sent = assignment();
    const response = await post(base, sent);
    assert.equal(response.status, 201);
    const body = await response.json();
    assert.equal(body.id, sent.id);
    assert.equal(body.url, `/api/assignments/${sent.id}`);
    assert.equal(response.headers.get('location'), body.url);

    const fetched = await fetch(new URL(body.url, base));
    assert.equal(fetched.status, 200);
    assert.match(fetched.headers.get('content-type') ?? '', /^application\/json/);
    assert.deepEqual(await fetched.json(), sent);
  });

  it('replaces an assignment posted again with the same id (200), keeping one copy', async () => {
    const sent = assignment();
    assert.equal((await post(base, sent)).status, 201);
    const edited = { ...sent, note: 'I changed the note' };
    assert.equal((await post(base, edited)).status, 200);
    const list = await (await fetch(`${base}/api/assignments`)).json();
    assert.equal(list.length, 1);
    assert.equal(list[0].note, 'I changed the note');
  });

  it('lists assignments oldest first and filters by exercise', async () => {
    const first = assignment();
    const second = assignment({ exercise: 'mood-tracker', columns: undefined, size: undefined, scale: 'valence' });
    await post(base, first);
    await post(base, second);
    const all = await (await fetch(`${base}/api/assignments`)).json();
    assert.deepEqual(
      all.map((/** @type {{ id: string }} */ a) => a.id),
      [first.id, second.id],
    );
    const moods = await (await fetch(`${base}/api/assignments?exercise=mood-tracker`)).json();
    assert.deepEqual(
      moods.map((/** @type {{ id: string }} */ a) => a.id),
      [second.id],
    );
  });

  it('refuses an invalid assignment with 422 and the schema problems, storing nothing', async () => {
    const response = await post(base, assignment({ exercise: 'yoga', framing: 'tribe' }));
    assert.equal(response.status, 422);
    const body = await response.json();
    assert.match(body.message, /^Assignment is not valid: /);
    assert.ok(body.problems.some((/** @type {string} */ p) => p.startsWith('exercise')));
    assert.ok(body.problems.some((/** @type {string} */ p) => p.startsWith('framing')));
    assert.deepEqual(await (await fetch(`${base}/api/assignments`)).json(), []);
  });

  it('drops fields the schema does not know instead of storing them', async () => {
    const sent = assignment({ script: '<img src=x onerror=alert(1)>' });
    assert.equal((await post(base, sent)).status, 201);
    const stored = await (await fetch(`${base}/api/assignments/${sent.id}`)).json();
    assert.equal(stored.script, undefined);
  });

  it('answers 404 for an unknown id, 400 for bad JSON, 415 for another type, 405 for other methods', async () => {
    assert.equal((await fetch(`${base}/api/assignments/nope`)).status, 404);
    assert.equal((await post(base, '{not json')).status, 400);
    const text = await fetch(`${base}/api/assignments`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: '{}',
    });
    assert.equal(text.status, 415);
    assert.equal((await fetch(`${base}/api/assignments/x`, { method: 'DELETE' })).status, 405);
  });

  it('serves an id with reserved characters when it is percent-encoded', async () => {
    const sent = assignment({ id: 'client 7/week 3?' });
    const { url } = await (await post(base, sent)).json();
    assert.equal(url, `/api/assignments/${encodeURIComponent('client 7/week 3?')}`);
    assert.deepEqual(await (await fetch(new URL(url, base))).json(), sent);
  });

  it('lets a page on another origin read it (CORS, preflight)', async () => {
    const preflight = await fetch(`${base}/api/assignments`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://practice.example', 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://practice.example');
    assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /POST/);
  });
});

describe('assignments with a token, in a SQLite file', () => {
  it('needs the bearer token and survives a restart', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hw-assignments-'));
    const db = path.join(dir, 'homework.sqlite');
    const sent = assignment();
    let server = await startServer({ port: 0, db, token: 't0ken' });
    try {
      assert.equal((await post(server.url, sent)).status, 401);
      assert.equal((await fetch(`${server.url}/api/assignments/${sent.id}`)).status, 401);
      assert.equal((await post(server.url, sent, { Authorization: 'Bearer t0ken' })).status, 201);
    } finally {
      await server.close();
    }
    server = await startServer({ port: 0, db, token: 't0ken' });
    try {
      const again = await fetch(`${server.url}/api/assignments/${sent.id}`, {
        headers: { Authorization: 'Bearer t0ken' },
      });
      assert.equal(again.status, 200);
      assert.deepEqual(await again.json(), sent);
    } finally {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
