// The endpoint's edges, over real sockets: clinician sign-in (cookie flags, Origin, expiry,
// sign-out, throttling), Host and Origin checks, refused unsafe starts, slow uploads cut,
// a connection cap, and the CLI that adds accounts and tokens from standard input.
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { startServer } from '../../server/app.mjs';
import { addClinician, createLink } from '../support/access.mjs';

const cli = path.resolve(import.meta.dirname, '../../server/cli.mjs');
const PASSWORD = 'correct horse battery';

/** Accepts any envelope with an id: these tests are about the door, not the entry. */
const validate = (/** @type {any} */ candidate) =>
  typeof candidate?.id === 'string' ? { ok: true, value: candidate } : { ok: false, problems: ['id'] };

/**
 * A raw request, so Host and Origin can be anything.
 * @param {string} base
 * @param {{ method?: string, path?: string, headers?: Record<string, string>, body?: string }} options
 * @returns {Promise<{ status: number, headers: http.IncomingHttpHeaders, text: string }>}
 */
function raw(base, { method = 'GET', path: target = '/api/homework', headers = {}, body }) {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, method, path: target, headers, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** @param {string} base @param {string} username @param {string} password @param {Record<string, string>} [headers] */
function signIn(base, username, password, headers = { Origin: base }) {
  return fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ username, password }),
  });
}

/** @param {Response} response */
function sessionCookie(response) {
  const header = response.headers.get('set-cookie') ?? '';
  return { header, cookie: header.split(';')[0] };
}

describe('clinician sign-in', () => {
  /** @type {import('../../server/app.mjs').RunningServer} */
  let server;
  before(async () => {
    server = await startServer({ port: 0, validate, trustProxy: true });
    await addClinician(server.store, { username: 'carol', password: PASSWORD, clients: ['client-1'] });
    await addClinician(server.store, { username: 'dave', password: PASSWORD });
  });
  after(() => server.close());

  it('serves its sign-in page on its own origin with a strict CSP and no script', async () => {
    const response = await fetch(`${server.url}/signin?next=//evil.example`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    const page = await response.text();
    assert.doesNotMatch(page, /<script/i);
    assert.match(page, /<form method="post" action="\/api\/session">/);
    assert.doesNotMatch(page, /evil\.example/, 'a next address off this server is dropped');
  });

  it('opens an HttpOnly, SameSite=Strict session that reads entries; Secure behind HTTPS', async () => {
    const response = await signIn(server.url, 'carol', PASSWORD);
    assert.equal(response.status, 200);
    const { header, cookie } = sessionCookie(response);
    assert.match(header, /HttpOnly/);
    assert.match(header, /SameSite=Strict/);
    assert.match(header, /Max-Age=\d+/);
    assert.doesNotMatch(header, /Secure/);
    assert.equal((await fetch(`${server.url}/api/homework`, { headers: { Cookie: cookie } })).status, 200);
    const who = await fetch(`${server.url}/api/session`, { headers: { Cookie: cookie } });
    assert.deepEqual(await who.json(), { username: 'carol' });
    const stored = await server.store.db.all('SELECT id_hash FROM sessions');
    assert.ok(
      stored.every((row) => !cookie.includes(String(row.id_hash))),
      'the session id is kept hashed',
    );

    const proxied = await signIn(server.url, 'carol', PASSWORD, {
      Origin: 'https://127.0.0.1',
      'X-Forwarded-Proto': 'https',
    });
    assert.equal(proxied.status, 403, 'the proxy says https, so the own origin is https://127.0.0.1:port');
    const host = new URL(server.url).host;
    const secure = await signIn(server.url, 'carol', PASSWORD, {
      Origin: `https://${host}`,
      'X-Forwarded-Proto': 'https',
    });
    assert.equal(secure.status, 200);
    assert.match(sessionCookie(secure).header, /; Secure/);
  });

  it('changes state with the cookie only from its own pages', async () => {
    const { cookie } = sessionCookie(await signIn(server.url, 'carol', PASSWORD));
    const create = (/** @type {Record<string, string>} */ headers) =>
      fetch(`${server.url}/api/links`, {
        method: 'POST',
        headers: { Cookie: cookie, 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify({ client: 'client-1' }),
      });
    assert.equal((await create({})).status, 403, 'no Origin: not from our page');
    assert.equal((await create({ Origin: 'http://localhost:1' })).status, 403, 'another origin');
    assert.equal((await signIn(server.url, 'carol', PASSWORD, {})).status, 403, 'sign-in without Origin');
    assert.equal((await create({ Origin: server.url })).status, 201);
  });

  it('ends a session on sign-out and when it expires', async () => {
    const first = sessionCookie(await signIn(server.url, 'carol', PASSWORD)).cookie;
    const out = await fetch(`${server.url}/api/session/end`, {
      method: 'POST',
      headers: { Cookie: first, Origin: server.url },
    });
    assert.equal(out.status, 204);
    assert.match(out.headers.get('set-cookie') ?? '', /Max-Age=0/);
    assert.equal((await fetch(`${server.url}/api/homework`, { headers: { Cookie: first } })).status, 401);

    const second = sessionCookie(await signIn(server.url, 'carol', PASSWORD)).cookie;
    await server.store.db.run('UPDATE sessions SET expires_ms = ?', [Date.now() - 1]);
    assert.equal((await fetch(`${server.url}/api/homework`, { headers: { Cookie: second } })).status, 401);
  });

  it('throttles failed attempts per account, even before the right password', async () => {
    for (let i = 0; i < 5; i++) assert.equal((await signIn(server.url, 'dave', 'wrong password!')).status, 401);
    const blocked = await signIn(server.url, 'dave', PASSWORD);
    assert.equal(blocked.status, 429);
    assert.ok(Number(blocked.headers.get('retry-after')) > 0);
    assert.equal((await signIn(server.url, 'carol', PASSWORD)).status, 200, 'another account is not locked out');
  });

  it('throttles failed attempts per address, across accounts and bearer tokens', async () => {
    const from = { Origin: server.url, 'X-Forwarded-For': '203.0.113.9' };
    for (let i = 0; i < 20; i++) await signIn(server.url, `nobody-${i}`, 'wrong password!', from);
    assert.equal((await signIn(server.url, 'carol', PASSWORD, from)).status, 429);
    const bearer = { 'X-Forwarded-For': '203.0.113.10' };
    for (let i = 0; i < 20; i++) {
      const guess = await fetch(`${server.url}/api/homework`, {
        headers: { ...bearer, Authorization: `Bearer hwt_guess${i}` },
      });
      assert.equal(guess.status, 401);
    }
    const throttled = await fetch(`${server.url}/api/homework`, {
      headers: { ...bearer, Authorization: 'Bearer hwt_guess' },
    });
    assert.equal(throttled.status, 429);
  });
});

describe('HTTPS of its own', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hw-tls-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('serves TLS with --cert/--key and marks the session cookie Secure', async () => {
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    await promisify(execFile)('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
    ]);
    const tls = { key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
    const server = await startServer({ port: 0, validate, tls });
    try {
      await addClinician(server.store, { username: 'frank', password: PASSWORD });
      assert.match(server.url, /^https:/);
      const { port } = new URL(server.url);
      const answer = await new Promise((resolve, reject) => {
        const req = https.request(
          {
            hostname: '127.0.0.1',
            port,
            method: 'POST',
            path: '/api/session',
            ca: tls.cert,
            headers: { 'Content-Type': 'application/json', Origin: `https://127.0.0.1:${port}` },
          },
          (res) => {
            res.resume();
            res.on('end', () => resolve({ status: res.statusCode, cookie: String(res.headers['set-cookie'] ?? '') }));
          },
        );
        req.on('error', reject);
        req.end(JSON.stringify({ username: 'frank', password: PASSWORD }));
      });
      assert.equal(/** @type {any} */ (answer).status, 200);
      assert.match(/** @type {any} */ (answer).cookie, /HttpOnly; SameSite=Strict; Max-Age=\d+; Secure/);
    } finally {
      await server.close();
    }
  });
});

describe('host and origin', () => {
  /** @type {import('../../server/app.mjs').RunningServer} */
  let server;
  /** @type {Record<string, string>} */
  let reader;
  before(async () => {
    server = await startServer({
      port: 0,
      validate,
      publicHosts: ['homework.practice.example'],
      allowOrigins: ['https://practice.example'],
    });
    reader = (await addClinician(server.store)).headers;
    const link = await createLink(server.url, reader, 'client-1');
    const sent = { id: 'e-1', exercise: 'thought-record', data: { situation: 'private words' } };
    await fetch(`${server.url}/api/homework`, {
      method: 'POST',
      headers: { ...link.headers, 'Content-Type': 'application/json', 'Idempotency-Key': 'e-1' },
      body: JSON.stringify(sent),
    });
  });
  after(() => server.close());

  it('answers a rebound host name 421 with nothing read, even with a valid credential', async () => {
    const rebound = await raw(server.url, { headers: { ...reader, Host: 'attacker.example' } });
    assert.equal(rebound.status, 421);
    assert.doesNotMatch(rebound.text, /private words/);
    assert.equal((await raw(server.url, { headers: { ...reader, Host: 'homework.practice.example' } })).status, 200);
    assert.equal((await raw(server.url, { headers: { ...reader, Host: 'localhost' } })).status, 200);
  });

  it('refuses a foreign Origin before reading; only the configured one gets CORS headers', async () => {
    const foreign = await raw(server.url, { headers: { ...reader, Origin: 'https://attacker.example' } });
    assert.equal(foreign.status, 403);
    assert.equal(foreign.headers['access-control-allow-origin'], undefined);
    assert.doesNotMatch(foreign.text, /private words/);
    const configured = await raw(server.url, { headers: { ...reader, Origin: 'https://practice.example' } });
    assert.equal(configured.status, 200);
    assert.equal(configured.headers['access-control-allow-origin'], 'https://practice.example');
    assert.equal(configured.headers['access-control-allow-credentials'], undefined);
  });

  it('reads entries only with a credential, also on loopback', async () => {
    const response = await raw(server.url, {});
    assert.equal(response.status, 401);
    assert.doesNotMatch(response.text, /private words/);
  });
});

describe('unsafe starts are refused', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hw-starts-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('does not listen beyond loopback without HTTPS or a trusted proxy, a public host and an account', async () => {
    const db = path.join(dir, 'practice.sqlite');
    await refusesToStart({ host: '0.0.0.0', db, validate }, /HTTPS/);
    await refusesToStart({ host: '0.0.0.0', db, validate, trustProxy: true }, /--public-host/);
    const options = { host: '0.0.0.0', db, validate, trustProxy: true, publicHosts: ['hw.example'] };
    await refusesToStart(options, /clinician account/);
    const { openStore } = await import('../../server/store/index.mjs');
    const store = await openStore(db);
    await addClinician(store);
    await store.close();
    const running = await startServer({ ...options, port: 0 });
    await running.close();
  });

  it('starts the fault lab only on loopback with a throwaway database', async () => {
    await refusesToStart({ host: '0.0.0.0', faults: true, validate }, /loopback/);
    // Outside the temporary directory wherever the repository was cloned (a clone under it
    // would make a relative path look temporary). Never created: the start is refused first.
    const practiceFile = path.join(path.parse(os.tmpdir()).root, 'homework-practice', 'practice.sqlite');
    await refusesToStart({ faults: true, db: practiceFile, validate }, /temporary/);
    await refusesToStart({ faults: true, db: 'postgres://localhost/practice', validate }, /temporary/);
    const running = await startServer({ port: 0, faults: true, db: path.join(dir, 'lab.sqlite'), validate });
    await running.close();
  });

  it('says so on the command line and exits non-zero', async () => {
    const child = await new Promise((resolve) => {
      execFile(process.execPath, [cli, '--host', '0.0.0.0', '--port', '0'], (error, stdout, stderr) =>
        resolve({ code: error?.code ?? 0, stdout, stderr }),
      );
    });
    assert.equal(/** @type {any} */ (child).code, 1);
    assert.match(/** @type {any} */ (child).stderr, /HTTPS/);
  });

  it('has no test routes unless faults are on', async () => {
    const running = await startServer({ port: 0, validate });
    try {
      for (const route of ['/__test/entries', '/__test/reset', '/__test/clinician']) {
        assert.equal((await fetch(`${running.url}${route}`, { method: 'POST' })).status, 404, route);
      }
    } finally {
      await running.close();
    }
  });
});

describe('bounded', () => {
  it('cuts a slow upload at the request timeout', async () => {
    const running = await startServer({ port: 0, validate, requestTimeoutMs: 1_000 });
    try {
      const clinician = await addClinician(running.store);
      const link = await createLink(running.url, clinician.headers, 'client-1');
      const { port } = new URL(running.url);
      const socket = net.connect(Number(port), '127.0.0.1');
      socket.write(
        `POST /api/homework HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${link.link}\r\n` +
          'Idempotency-Key: e-1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"id":',
      );
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk));
      // A byte a while keeps the upload alive; only the overall timeout can end it.
      const drip = setInterval(() => socket.write(' '), 200);
      await new Promise((resolve) => socket.on('close', resolve));
      clearInterval(drip);
      assert.match(answer, /^HTTP\/1\.1 408/);
    } finally {
      await running.close();
    }
  });

  it('caps concurrent connections', async () => {
    const running = await startServer({ port: 0, validate, maxConnections: 2 });
    const { port } = new URL(running.url);
    const sockets = [];
    try {
      for (let i = 0; i < 2; i++) {
        const socket = net.connect(Number(port), '127.0.0.1');
        await new Promise((resolve) => socket.once('connect', resolve));
        sockets.push(socket);
      }
      const third = net.connect(Number(port), '127.0.0.1');
      sockets.push(third);
      third.write('GET /api/homework HTTP/1.1\r\nHost: localhost\r\n\r\n');
      let answered = '';
      third.on('data', (chunk) => (answered += chunk));
      await new Promise((resolve) => third.on('close', resolve));
      assert.equal(answered, '', 'dropped without an answer');
    } finally {
      for (const socket of sockets) socket.destroy();
      await running.close();
    }
  });
});

describe('command line', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hw-cli-'));
  const db = path.join(dir, 'homework.sqlite');
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** @param {string[]} args @param {string} [input] */
  function run(args, input = '') {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [cli, ...args]);
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
      child.stdin.end(input);
    });
  }

  it('prints, on the demo’s first run only, a clinician password and a client link that work', async () => {
    const firstDb = path.join(dir, 'first-run.sqlite');
    const start = () => {
      const child = spawn(process.execPath, [cli, '--port', '0', '--static', '--db', firstDb]);
      let stdout = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      const printed = new Promise((resolve) => {
        child.stdout.on('data', () => {
          if (/listening on .*\n/.test(stdout)) resolve(stdout);
        });
      });
      return { child, printed };
    };
    const first = start();
    try {
      const output = /** @type {string} */ (await first.printed);
      const url = /listening on (\S+)/.exec(output)?.[1] ?? '';
      const password = /password: (\S+)/.exec(output)?.[1] ?? '';
      const link = /#link=(\S+)/.exec(output)?.[1] ?? '';
      assert.ok(url && password && link, output);
      assert.equal((await signIn(url, 'demo', password)).status, 200);
      const entry = { id: 'first-run-1', exercise: 'thought-record' };
      const sent = await fetch(`${url}/api/homework`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${decodeURIComponent(link)}`,
          'Content-Type': 'application/json',
          'Idempotency-Key': entry.id,
        },
        body: JSON.stringify(entry),
      });
      // The CLI validates with the real schema: this bare entry is refused, but by the schema
      // (422), not for want of access (401).
      assert.equal(sent.status, 422);
    } finally {
      first.child.kill('SIGTERM');
      await new Promise((resolve) => first.child.on('close', resolve));
    }
    const second = start();
    try {
      const output = /** @type {string} */ (await second.printed);
      assert.doesNotMatch(output, /password:/);
    } finally {
      second.child.kill('SIGTERM');
      await new Promise((resolve) => second.child.on('close', resolve));
    }
  });

  it('adds and resets a clinician with the password from standard input, hashed with scrypt', async () => {
    const added = /** @type {any} */ (await run(['clinician', 'add', 'erin', '--db', db], `${PASSWORD}\n`));
    assert.equal(added.code, 0, added.stderr);
    const short = /** @type {any} */ (await run(['clinician', 'reset', 'erin', '--db', db], 'short\n'));
    assert.equal(short.code, 1);
    assert.match(short.stderr, /12 characters/);
    const { openStore } = await import('../../server/store/index.mjs');
    const store = await openStore(db);
    const account = await store.clinicians.findByUsername('erin');
    await store.close();
    assert.match(/** @type {any} */ (account).passwordHash, /^scrypt\$32768\$8\$1\$/);
    assert.doesNotMatch(/** @type {any} */ (account).passwordHash, /horse/);
    assert.equal(fs.statSync(db).mode & 0o077, 0, 'the database is readable by its owner only');

    const running = await startServer({ port: 0, db, validate });
    try {
      assert.equal((await signIn(running.url, 'erin', PASSWORD)).status, 200);
    } finally {
      await running.close();
    }
  });

  it('adds a read-only token for an EHR, shown once, and revokes it', async () => {
    const made = /** @type {any} */ (await run(['token', 'add', 'erin', '--label', 'ehr', '--db', db]));
    assert.equal(made.code, 0, made.stderr);
    const token = /hwt_\S+/.exec(made.stdout)?.[0];
    const id = /token (\S+) \(read-only/.exec(made.stdout)?.[1];
    assert.ok(token && id);
    let running = await startServer({ port: 0, db, validate });
    try {
      assert.equal(
        (await fetch(`${running.url}/api/homework`, { headers: { Authorization: `Bearer ${token}` } })).status,
        200,
      );
    } finally {
      await running.close();
    }
    const revoked = /** @type {any} */ (await run(['token', 'revoke', id, '--db', db]));
    assert.equal(revoked.code, 0, revoked.stderr);
    running = await startServer({ port: 0, db, validate });
    try {
      const refused = await fetch(`${running.url}/api/homework`, { headers: { Authorization: `Bearer ${token}` } });
      assert.equal(refused.status, 401);
    } finally {
      await running.close();
    }
  });
});

/**
 * A refused start rejects; one that wrongly starts is closed again, so a failing test never
 * leaves a server holding the test process open.
 * @param {Parameters<typeof startServer>[0]} options
 * @param {RegExp} reason
 */
async function refusesToStart(options, reason) {
  /** @type {Awaited<ReturnType<typeof startServer>> | undefined} */
  let running;
  try {
    running = await startServer(options);
  } catch (error) {
    assert.match(error instanceof Error ? error.message : String(error), reason);
    return;
  }
  await running.close();
  assert.fail(`started although it should have been refused (${reason})`);
}
