// The reference endpoint's assignments (what the composer POSTs and `assignment-src` GETs),
// over real HTTP with the library's own schema from the build (run `npm run build` first)
// and a real SQLite file that must survive a restart.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { startServer } from '../../server/app.mjs';
import { addClinician, createLink, fixtureClinician } from '../support/access.mjs';

/** The clinician's credential for the current test (assignments are theirs). */
let auth = /** @type {Record<string, string>} */ ({});
const get = (/** @type {string | URL} */ url) => fetch(url, { headers: auth });

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
function post(base, body, headers = auth) {
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
    server = await startServer({ port: 0, faults: true, allowOrigins: ['https://practice.example'] });
    base = server.url;
  });
  after(() => server.close());
  beforeEach(async () => {
    assert.equal((await fetch(`${base}/__test/reset`, { method: 'POST' })).status, 200);
    auth = (await fixtureClinician(base)).headers;
  });

  it('stores a valid assignment (201) and serves it back by id, exactly', async () => {
    const sent = assignment();
    const response = await post(base, sent);
    assert.equal(response.status, 201);
    const body = await response.json();
    assert.equal(body.id, sent.id);
    assert.equal(body.url, `/api/assignments/${sent.id}`);
    assert.equal(response.headers.get('location'), body.url);

    const fetched = await get(new URL(body.url, base));
    assert.equal(fetched.status, 200);
    assert.match(fetched.headers.get('content-type') ?? '', /^application\/json/);
    assert.deepEqual(await fetched.json(), sent);
  });

  it('replaces an assignment posted again with the same id (200), keeping one copy', async () => {
    const sent = assignment();
    assert.equal((await post(base, sent)).status, 201);
    const edited = { ...sent, note: 'I changed the note' };
    assert.equal((await post(base, edited)).status, 200);
    const list = await (await get(`${base}/api/assignments`)).json();
    assert.equal(list.length, 1);
    assert.equal(list[0].note, 'I changed the note');
  });

  it('lists assignments oldest first and filters by exercise', async () => {
    const first = assignment();
    const second = assignment({
      exercise: 'mood-tracker',
      columns: undefined,
      size: undefined,
      scale: 'valence',
      overrides: undefined,
    });
    assert.equal((await post(base, first)).status, 201);
    assert.equal((await post(base, second)).status, 201);
    const all = await (await get(`${base}/api/assignments`)).json();
    assert.deepEqual(
      all.map((/** @type {{ id: string }} */ a) => a.id),
      [first.id, second.id],
    );
    const moods = await (await get(`${base}/api/assignments?exercise=mood-tracker`)).json();
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
    assert.deepEqual(await (await get(`${base}/api/assignments`)).json(), []);
  });

  it('refuses overrides of wording the composer does not offer: a status cannot be made to lie', async () => {
    for (const overrides of [
      { 'status.authRequired': 'Sent to your therapist' },
      { 'mood.title': 'Mood' },
      { 'tr.situation.label': 'ok', 'be.plan.label': 'another exercise' },
    ]) {
      const response = await post(base, assignment({ overrides }));
      assert.equal(response.status, 422, JSON.stringify(overrides));
      assert.match((await response.json()).message, /cannot be changed/);
    }
    assert.deepEqual(await (await get(`${base}/api/assignments`)).json(), []);
  });

  it('drops fields the schema does not know instead of storing them', async () => {
    const sent = assignment({ script: '<img src=x onerror=alert(1)>' });
    assert.equal((await post(base, sent)).status, 201);
    const stored = await (await get(`${base}/api/assignments/${sent.id}`)).json();
    assert.equal(stored.script, undefined);
  });

  it('answers 404 for an unknown id, 400 for bad JSON, 415 for another type, 405 for other methods', async () => {
    assert.equal((await get(`${base}/api/assignments/nope`)).status, 404);
    assert.equal((await post(base, '{not json')).status, 400);
    const text = await fetch(`${base}/api/assignments`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'text/plain' },
      body: '{}',
    });
    assert.equal(text.status, 415);
    assert.equal((await fetch(`${base}/api/assignments/x`, { method: 'DELETE', headers: auth })).status, 405);
  });

  it('serves an id with reserved characters when it is percent-encoded', async () => {
    const sent = assignment({ id: 'client 7/week 3?' });
    const { url } = await (await post(base, sent)).json();
    assert.equal(url, `/api/assignments/${encodeURIComponent('client 7/week 3?')}`);
    assert.deepEqual(await (await get(new URL(url, base))).json(), sent);
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

describe('assignments without faults, in a SQLite file', () => {
  it('are written and read by their clinician, read by their client’s link, and survive a restart', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hw-assignments-'));
    const db = path.join(dir, 'homework.sqlite');
    const sent = assignment();
    let server = await startServer({ port: 0, db });
    /** @type {Record<string, string>} */
    let clinician = {};
    /** @type {Record<string, string>} */
    let client = {};
    try {
      assert.equal((await post(server.url, sent, {})).status, 401);
      assert.equal((await fetch(`${server.url}/api/assignments/${sent.id}`)).status, 401);
      clinician = (await addClinician(server.store)).headers;
      const stranger = (await addClinician(server.store)).headers;
      assert.equal((await post(server.url, sent, clinician)).status, 201);
      // Another clinician can neither read it nor take its id over.
      const foreign = await fetch(`${server.url}/api/assignments/${sent.id}`, { headers: stranger });
      assert.equal(foreign.status, 404);
      assert.equal((await post(server.url, { ...sent, title: 'Mine now' }, stranger)).status, 409);
      assert.deepEqual(await (await fetch(`${server.url}/api/assignments`, { headers: stranger })).json(), []);
      client = (await createLink(server.url, clinician, 'client-7', { assignmentId: sent.id })).headers;
      const other = (await createLink(server.url, clinician, 'client-8')).headers;
      assert.equal((await fetch(`${server.url}/api/assignments/${sent.id}`, { headers: other })).status, 404);
      assert.equal((await post(server.url, sent, client)).status, 403);
      assert.equal((await fetch(`${server.url}/api/assignments`, { headers: client })).status, 403);
    } finally {
      await server.close();
    }
    server = await startServer({ port: 0, db });
    try {
      for (const headers of [clinician, client]) {
        const again = await fetch(`${server.url}/api/assignments/${sent.id}`, { headers });
        assert.equal(again.status, 200);
        assert.deepEqual(await again.json(), sent);
      }
    } finally {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
