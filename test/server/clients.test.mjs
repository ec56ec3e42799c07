// The practice's loop on the reference endpoint, over real HTTP (run `npm run build` first):
// a clinician's clients, assignments given to each, the caseload on a clock the test sets,
// and a client's own list through their link, which shows states and never an entry.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, beforeEach, describe, it } from 'node:test';
import { startServer } from '../../server/app.mjs';
import { assignmentState, calendarDate } from '../../server/caseload.mjs';
import { addClinician, createLink } from '../support/access.mjs';
import { thoughtRecords } from '../support/fhir-entries.mjs';

const DAY_MS = 86_400_000;
const SECRET_WORDS = 'Meeting with my manager on Monday at 10.';

/** Noon on a calendar day in the server's time zone, so no test depends on TZ. */
const noonOn = (/** @type {string} */ date) => new Date(`${date}T12:00:00`).getTime();
/** The calendar date `days` from today (entries are received on the real clock, today). */
const dateIn = (/** @type {number} */ days) => calendarDate(Date.now() + days * DAY_MS);

describe('clients, the caseload and a client’s own list', () => {
  /** @type {import('../../server/app.mjs').RunningServer} */
  let server;
  let clock = noonOn(dateIn(0));
  /** @type {Awaited<ReturnType<typeof addClinician>>} */
  let alice;
  /** @type {Awaited<ReturnType<typeof addClinician>>} */
  let bob;

  before(async () => {
    server = await startServer({ port: 0, now: () => clock, allowOrigins: ['https://practice.example'] });
  });
  after(() => server.close());
  beforeEach(async () => {
    clock = noonOn(dateIn(0));
    alice = await addClinician(server.store);
    bob = await addClinician(server.store);
  });

  /** @param {string} path @param {Record<string, string>} headers @param {string} [method] @param {unknown} [body] */
  async function call(path, headers, method = 'GET', body) {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null, text };
  }

  /** @param {Awaited<ReturnType<typeof addClinician>>} clinician @param {string} label */
  async function addClient(clinician, label, language) {
    const made = await call('/api/clients', clinician.headers, 'POST', { label, language });
    assert.equal(made.status, 201, made.text);
    return made.body;
  }

  /**
   * An assignment composed for a client: stored, then given with the client's link.
   * @param {Awaited<ReturnType<typeof addClinician>>} clinician @param {string} clientId
   * @param {Record<string, unknown>} fields
   */
  async function assign(clinician, clientId, fields) {
    const assignment = { id: `as-${randomUUID()}`, exercise: 'thought-record', ...fields };
    assert.equal((await call('/api/assignments', clinician.headers, 'POST', assignment)).status, 201);
    const link = await createLink(server.url, clinician.headers, clientId, { assignmentId: assignment.id });
    return { assignment, link };
  }

  /** @param {Record<string, string>} linkHeaders @param {string} assignmentId @param {Record<string, unknown>} [data] */
  async function send(linkHeaders, assignmentId, data = {}) {
    const entry = { ...structuredClone(thoughtRecords[0]), id: randomUUID(), assignmentId };
    entry.data = { ...entry.data, ...data };
    const response = await fetch(`${server.url}/api/homework`, {
      method: 'POST',
      headers: { ...linkHeaders, 'Content-Type': 'application/json', 'Idempotency-Key': entry.id },
      body: JSON.stringify(entry),
    });
    assert.equal(response.status, 201, await response.text());
  }

  it('keeps a list of clients per clinician: a label, a language, the last session’s date', async () => {
    const a = await addClient(alice, '  Client A (Tuesdays)  ', 'es');
    assert.match(a.id, /^[0-9a-f-]{36}$/, 'the id is the server’s, opaque');
    assert.deepEqual(
      { ...a, id: undefined, createdAt: undefined },
      {
        id: undefined,
        label: 'Client A (Tuesdays)',
        language: 'es',
        since: null,
        createdAt: undefined,
      },
    );
    const renamed = await call(`/api/clients/${a.id}`, alice.headers, 'PATCH', { label: 'A.', since: '2026-03-03' });
    assert.equal(renamed.status, 200);
    assert.equal(renamed.body.label, 'A.');
    assert.equal(renamed.body.since, '2026-03-03');
    assert.equal(renamed.body.language, 'es', 'what was not sent is kept');
    const listed = await call('/api/clients', alice.headers);
    assert.deepEqual(
      listed.body.clients.map((/** @type {any} */ c) => c.label),
      ['A.'],
    );
    assert.deepEqual((await call('/api/clients', bob.headers)).body.clients, [], 'another clinician sees none');
    assert.equal((await call(`/api/clients/${a.id}`, bob.headers, 'PATCH', { label: 'mine' })).status, 404);
  });

  it('refuses hostile and malformed bodies with a clear 4xx', async () => {
    const a = await addClient(alice, 'A');
    const refused = [
      [{ label: '' }, 400, /label/],
      [{ label: 'x'.repeat(101) }, 400, /label/],
      [{ label: 'line\nbreak' }, 400, /label/],
      [{ label: 42 }, 400, /label/],
      [{ label: 'ok', language: '<script>' }, 400, /language/],
      [[], 400, /JSON object/],
      ['{"label":', 400, /JSON object/],
      ['['.repeat(4000), 400, /JSON object/],
      [{ label: 'x'.repeat(5000) }, 413, /Too large/],
    ];
    for (const [body, status, message] of refused) {
      const answer = await call('/api/clients', alice.headers, 'POST', body);
      assert.equal(answer.status, status, JSON.stringify(body).slice(0, 60));
      assert.match(answer.body.message, /** @type {RegExp} */ (message));
    }
    const patch = (/** @type {unknown} */ body) => call(`/api/clients/${a.id}`, alice.headers, 'PATCH', body);
    assert.equal((await patch({ since: '2026-02-30' })).status, 400, 'not a real date');
    assert.equal((await patch({ since: 'yesterday' })).status, 400);
    assert.match((await patch({ clinicianId: 'someone' })).body.message, /not clinicianId/);
    const plain = await fetch(`${server.url}/api/clients`, { method: 'POST', headers: alice.headers, body: 'label=A' });
    assert.equal(plain.status, 415);
    assert.equal((await call('/api/clients', alice.headers, 'DELETE')).status, 405);
    assert.equal((await call('/api/clients/%E0%A4%A', alice.headers)).status, 404, 'malformed encoding');
  });

  it('shows the caseload: due, overdue from the day after, done, "n of m", last entry and flags', async () => {
    const a = await addClient(alice, 'Client A');
    const b = await addClient(alice, 'Client B');
    const forA = await assign(alice, a.id, { title: 'After the argument', dueDate: dateIn(2) });
    const checkIns = await assign(alice, a.id, { exercise: 'mood-tracker', title: 'Check-ins', times: 3 });
    await assign(alice, b.id, { title: 'For B', dueDate: dateIn(1) });

    await send(forA.link.headers, forA.assignment.id, { flagged: true });
    await send(checkIns.link.headers, checkIns.assignment.id);
    clock = noonOn(dateIn(1));
    const onDueDay = await call('/api/caseload', alice.headers);
    assert.equal(onDueDay.status, 200);
    assert.equal(onDueDay.body.today, dateIn(1));
    const [rowA, rowB] = onDueDay.body.clients;
    assert.equal(rowA.label, 'Client A');
    assert.deepEqual(
      rowA.assignments.map((/** @type {any} */ x) => [x.title, x.state, x.done, x.times]),
      [
        ['Check-ins', 'open', 1, 3],
        ['After the argument', 'done', 1, 1],
      ],
    );
    assert.deepEqual(rowA.flags, { flagged: 1, unchecked: 0, checkedAll: true });
    assert.ok(rowA.lastEntryAt, 'the last entry’s time');
    assert.deepEqual(
      rowB.assignments.map((/** @type {any} */ x) => x.state),
      ['open'],
      'the due day itself is not overdue',
    );
    assert.equal(rowB.lastEntryAt, null);
    assert.ok(!onDueDay.text.includes(SECRET_WORDS), 'no entry content in the caseload');

    clock = noonOn(dateIn(2));
    const dayAfter = await call('/api/caseload', alice.headers);
    assert.deepEqual(
      dayAfter.body.clients[1].assignments.map((/** @type {any} */ x) => x.state),
      ['overdue'],
    );

    // Flags count from the last session on: an earlier flagged entry is not this review's.
    await call(`/api/clients/${a.id}`, alice.headers, 'PATCH', { since: dateIn(1) });
    const afterSession = await call('/api/caseload', alice.headers);
    assert.equal(afterSession.body.clients[0].flags.flagged, 0);
    assert.deepEqual((await call('/api/caseload', bob.headers)).body.clients, [], 'another clinician’s is empty');
  });

  it('lets a client’s link read its own assignments’ states, and nothing of anyone else', async () => {
    const a = await addClient(alice, 'Label only the clinician sees', 'fr');
    const b = await addClient(alice, 'B');
    const forA = await assign(alice, a.id, {
      title: 'Tonight',
      note: 'Ten minutes is enough.',
      instructions: 'One situation.',
      dueDate: dateIn(2),
    });
    const second = await assign(alice, a.id, { title: 'Later', dueDate: dateIn(9) });
    const forB = await assign(alice, b.id, { title: 'B’s own' });
    await send(forA.link.headers, forA.assignment.id);

    const mine = await call('/api/my/assignments', second.link.headers);
    assert.equal(mine.status, 200);
    assert.equal(mine.body.language, 'fr');
    assert.deepEqual(mine.body.assignments, [
      {
        id: second.assignment.id,
        exercise: 'thought-record',
        title: 'Later',
        dueDate: dateIn(9),
        times: 1,
        done: 0,
        state: 'open',
        note: null,
      },
      {
        id: forA.assignment.id,
        exercise: 'thought-record',
        title: 'Tonight',
        dueDate: dateIn(2),
        times: 1,
        done: 1,
        state: 'done',
        note: 'Ten minutes is enough.',
      },
    ]);
    assert.ok(!mine.text.includes('Label only the clinician sees'), 'the label never reaches the client');
    assert.ok(!mine.text.includes(SECRET_WORDS), 'no entry content');
    assert.ok(!mine.text.includes(forB.assignment.id), 'nothing of another client');

    const theirs = await call('/api/my/assignments', forB.link.headers);
    assert.deepEqual(
      theirs.body.assignments.map((/** @type {any} */ x) => x.title),
      ['B’s own'],
    );
    // What a link may not do.
    assert.equal((await call('/api/caseload', forA.link.headers)).status, 403);
    assert.equal((await call('/api/clients', forA.link.headers)).status, 403);
    assert.equal((await call(`/api/clients/${a.id}/assignments`, forA.link.headers)).status, 403);
    assert.equal((await call(`/api/clients/${a.id}`, forA.link.headers, 'PATCH', { since: null })).status, 403);
    assert.equal((await call('/api/my/assignments', alice.headers)).status, 403, 'a clinician has no own list');
    assert.equal((await call('/api/my/assignments', {})).status, 401);
    assert.equal((await call('/api/caseload', {})).status, 401);
    assert.equal((await call('/api/my/assignments', forA.link.headers, 'POST', {})).status, 405);
  });

  it('makes a link for the client’s whole list (scope "client"), through which each assignment can be done', async () => {
    const a = await addClient(alice, 'A');
    const first = await assign(alice, a.id, { title: 'First' });
    const second = { id: `as-${randomUUID()}`, exercise: 'thought-record', title: 'Second' };
    assert.equal((await call('/api/assignments', alice.headers, 'POST', second)).status, 201);
    const wide = await createLink(server.url, alice.headers, a.id, { assignmentId: second.id, scope: 'client' });
    assert.equal(wide.assignmentId, second.id, 'the assignment is given');
    await send(wide.headers, first.assignment.id);
    await send(wide.headers, second.id);
    const mine = await call('/api/my/assignments', wide.headers);
    assert.deepEqual(
      mine.body.assignments.map((/** @type {any} */ x) => [x.title, x.state]),
      [
        ['First', 'done'],
        ['Second', 'done'],
      ],
    );
    // The default stays one assignment's link.
    const refused = await fetch(`${server.url}/api/homework`, {
      method: 'POST',
      headers: { ...first.link.headers, 'Content-Type': 'application/json', 'Idempotency-Key': 'k-1' },
      body: JSON.stringify({ ...structuredClone(thoughtRecords[0]), id: 'k-1', assignmentId: second.id }),
    });
    assert.equal(refused.status, 422);
    const badScope = await fetch(`${server.url}/api/links`, {
      method: 'POST',
      headers: { ...alice.headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ client: a.id, scope: 'everyone' }),
    });
    assert.equal(badScope.status, 400);
  });

  it('gives the clinician one client’s assignments for the review panel to name by title', async () => {
    const a = await addClient(alice, 'A');
    const { assignment } = await assign(alice, a.id, { title: 'Named' });
    const given = await call(`/api/clients/${a.id}/assignments`, alice.headers);
    assert.deepEqual(given.body.assignments, [assignment]);
    assert.equal((await call(`/api/clients/${a.id}/assignments`, bob.headers)).status, 404);
  });

  it('answers a configured origin’s preflight, so a list or composer on the practice’s site can ask', async () => {
    for (const [path, method] of [
      ['/api/my/assignments', 'GET'],
      ['/api/clients', 'POST'],
      ['/api/links', 'POST'],
    ]) {
      const preflight = await fetch(`${server.url}${path}`, {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://practice.example',
          'Access-Control-Request-Method': method,
          'Access-Control-Request-Headers': 'authorization, content-type',
        },
      });
      assert.equal(preflight.status, 204, path);
      assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://practice.example', path);
      assert.match(preflight.headers.get('access-control-allow-methods') ?? '', new RegExp(method), path);
    }
    const stranger = await fetch(`${server.url}/api/my/assignments`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'GET' },
    });
    assert.equal(stranger.headers.get('access-control-allow-origin'), null, 'no other origin');
  });

  it('lets a read-only token read the caseload, but not change a client', async () => {
    const reader = await addClinician(server.store, { scope: 'read' });
    assert.equal((await call('/api/caseload', reader.headers)).status, 200);
    assert.equal((await call('/api/clients', reader.headers, 'POST', { label: 'x' })).status, 403);
  });
});

describe('an assignment’s state', () => {
  it('is done with as many entries as asked, overdue only from the day after its due date', () => {
    const today = '2026-03-11';
    assert.equal(assignmentState({ dueDate: '2026-03-11', times: 1, done: 0 }, today), 'open');
    assert.equal(assignmentState({ dueDate: '2026-03-10', times: 1, done: 0 }, today), 'overdue');
    assert.equal(assignmentState({ dueDate: '2026-03-10', times: 3, done: 2 }, today), 'overdue');
    assert.equal(assignmentState({ dueDate: '2026-03-10', times: 3, done: 3 }, today), 'done');
    assert.equal(assignmentState({ dueDate: null, times: 1, done: 0 }, today), 'open');
    // A date-time counts by the date written in it, whatever its offset.
    assert.equal(assignmentState({ dueDate: '2026-03-11T23:30:00-05:00', times: 1, done: 0 }, today), 'open');
    assert.equal(assignmentState({ dueDate: '2026-03-10T23:30:00+09:00', times: 1, done: 0 }, today), 'overdue');
    assert.equal(
      assignmentState({ dueDate: 'next week', times: 1, done: 0 }, today),
      'open',
      'not a date: never overdue',
    );
  });
});
