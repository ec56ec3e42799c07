// Clinician sign-in on the server's own origin:
//   GET  /signin            the sign-in form (no script; strict CSP)
//   POST /api/session       username + password (form or JSON) -> HttpOnly session cookie
//   GET  /api/session       who is signed in (401 when nobody)
//   POST /api/session/end   sign out
import { sendJson, sendProblem, sendText } from '../replies.mjs';
import { readBody } from '../request-body.mjs';
import { readCookie, SESSION_COOKIE } from './principal.mjs';
import { refuse } from './refusals.mjs';
import { DECOY_HASH, hashSecret, newSecret, verifyPassword } from './secrets.mjs';

export const SESSION_HOURS = 8;
const MAX_FORM_BYTES = 4096;

const PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  // same-origin, not no-referrer: the latter makes the form's POST carry `Origin: null`.
  'Referrer-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/**
 * @param {object} options
 * @param {import('../store/index.mjs').Store} options.store
 * @param {import('./guard.mjs').Guard} options.guard
 * @param {ReturnType<typeof import('./throttle.mjs').createThrottle>} options.throttle
 * @param {(req: import('node:http').IncomingMessage) => Promise<import('./principal.mjs').Principal>} options.identify
 */
export function createSessionRoutes({ store, guard, throttle, identify }) {
  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {URL} url
   * @returns {Promise<boolean>} whether this was a session route
   */
  async function handle(req, res, url) {
    const route = `${req.method} ${url.pathname}`;
    if (route === 'GET /signin') sendText(res, 200, signInPage(url), PAGE_HEADERS);
    else if (route === 'POST /api/session') await signIn(req, res);
    else if (route === 'POST /api/session/end') await signOut(req, res);
    else if (route === 'GET /api/session') {
      const principal = await identify(req);
      if (principal.kind !== 'clinician') refuse(res, principal);
      else sendJson(res, 200, { username: await store.clinicians.usernameOf(principal.clinicianId) });
    } else return false;
    return true;
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async function signIn(req, res) {
    const form = (req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
    // A sign-in posted from another site would sign the victim into the attacker's account.
    if (!guard.fromOwnPage(req)) return sendProblem(res, 403, 'Sign in from this server’s own page');
    const raw = await readBody(req, MAX_FORM_BYTES);
    if (raw === null) return sendProblem(res, 413, 'Too large');
    const fields = readFields(raw.toString('utf8'), form);
    const username = typeof fields.username === 'string' ? fields.username.slice(0, 200) : '';
    const password = typeof fields.password === 'string' ? fields.password.slice(0, 1024) : '';
    const next = safeNext(fields.next);
    const keys = [`account:${username}`, `address:${guard.address(req)}`];
    const wait = Math.max(...keys.map((key) => throttle.retryAfter(key)));
    if (wait) {
      res.setHeader('Retry-After', String(wait));
      return form
        ? redirect(res, `/signin?failed=throttled&next=${encodeURIComponent(next)}`)
        : sendProblem(res, 429, 'Too many failed attempts; try later', { code: 'throttled' });
    }
    const account = username ? await store.clinicians.findByUsername(username) : null;
    const ok = (await verifyPassword(password, account?.passwordHash ?? DECOY_HASH)) && !!account;
    if (!account || !ok) {
      for (const key of keys) throttle.fail(key);
      return form
        ? redirect(res, `/signin?failed=1&next=${encodeURIComponent(next)}`)
        : sendProblem(res, 401, 'Wrong username or password', { code: 'credential-invalid' });
    }
    throttle.succeed(keys[0]);
    const secret = newSecret();
    const maxAge = SESSION_HOURS * 3600;
    await store.sessions.add(hashSecret(secret), account.id, Date.now() + maxAge * 1000);
    const secure = guard.scheme(req) === 'https' ? '; Secure' : '';
    res.setHeader(
      'Set-Cookie',
      `${SESSION_COOKIE}=${secret}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${secure}`,
    );
    return form ? redirect(res, next) : sendJson(res, 200, { username: account.username });
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async function signOut(req, res) {
    if (!guard.fromOwnPage(req)) return sendProblem(res, 403, 'Sign out from this server’s own page');
    req.resume();
    const session = readCookie(req.headers.cookie, SESSION_COOKIE);
    if (session) await store.sessions.end(hashSecret(session));
    res.setHeader('Set-Cookie', `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`);
    const form = (req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
    if (form) return redirect(res, '/signin?signedOut=1');
    res.writeHead(204).end();
  }

  return { handle };
}

/**
 * @param {string} text @param {boolean} form
 * @returns {Record<string, unknown>}
 */
function readFields(text, form) {
  if (form) return Object.fromEntries(new URLSearchParams(text));
  try {
    const value = JSON.parse(text);
    return value && typeof value === 'object' ? value : {};
  } catch {
    return {};
  }
}

/**
 * Only a path on this server: "//evil.example" or "https://…" would send a freshly signed-in
 * clinician elsewhere.
 * @param {unknown} next
 */
export function safeNext(next) {
  return typeof next === 'string' && /^\/(?![/\\])[\w\-./?=&%]*$/.test(next) ? next : '/demo/clinician.html';
}

/** @param {import('node:http').ServerResponse} res @param {string} location */
function redirect(res, location) {
  res.writeHead(303, { Location: location, 'Cache-Control': 'no-store' }).end();
}

/** @param {string} text */
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** @param {URL} url */
function signInPage(url) {
  const failed = url.searchParams.get('failed');
  const message =
    failed === 'throttled'
      ? 'Too many failed attempts. Wait a few minutes, then try again.'
      : failed
        ? 'That username and password did not match.'
        : url.searchParams.has('signedOut')
          ? 'You are signed out.'
          : '';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Clinician sign-in</title>
  </head>
  <body>
    <main>
      <h1>Clinician sign-in</h1>
      ${message ? `<p role="alert">${escapeHtml(message)}</p>` : ''}
      <form method="post" action="/api/session">
        <input type="hidden" name="next" value="${escapeHtml(safeNext(url.searchParams.get('next')))}" />
        <p><label for="username">Username</label><br /><input id="username" name="username" autocomplete="username" required /></p>
        <p><label for="password">Password</label><br /><input id="password" name="password" type="password" autocomplete="current-password" required /></p>
        <p><button type="submit">Sign in</button></p>
      </form>
    </main>
  </body>
</html>
`;
}
