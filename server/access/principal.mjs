// Who is asking: a signed-in clinician (session cookie), an API token, a client's link, or
// nobody. Each request carries at most one of them; a bad one is refused, never ignored.
import { hashSecret } from './secrets.mjs';

export const SESSION_COOKIE = 'hw_session';
export const LINK_PREFIX = 'hwl_';
export const TOKEN_PREFIX = 'hwt_';

/**
 * @typedef {{ kind: 'clinician', clinicianId: string, actor: string, canWrite: boolean }
 *   | { kind: 'link', link: import('../store/credentials.mjs').LinkRow, actor: string }
 *   | { kind: 'open', actor: string }
 *   | { kind: 'none' }
 *   | { kind: 'refused', status: number, code: string, message: string, retryAfter?: number }} Principal
 */

/**
 * @param {object} options
 * @param {import('../store/index.mjs').Store} options.store
 * @param {import('./guard.mjs').Guard} options.guard
 * @param {ReturnType<typeof import('./throttle.mjs').createThrottle>} options.throttle
 * @param {boolean} options.faults  an uncredentialed request is the test lab's open client
 */
export function createIdentify({ store, guard, throttle, faults }) {
  /**
   * @param {import('node:http').IncomingMessage} req
   * @returns {Promise<Principal>}
   */
  return async function identify(req) {
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1];
    if (req.headers.authorization !== undefined && !bearer) return invalid();
    if (bearer) {
      const address = `address:${guard.address(req)}`;
      const wait = throttle.retryAfter(address);
      if (wait)
        return {
          kind: 'refused',
          status: 429,
          code: 'throttled',
          message: 'Too many failed attempts; try later',
          retryAfter: wait,
        };
      const principal = await fromBearer(bearer);
      if (principal.kind === 'refused' && principal.code === 'credential-invalid') throttle.fail(address);
      return principal;
    }
    const session = readCookie(req.headers.cookie, SESSION_COOKIE);
    if (session) {
      const found = await store.sessions.find(hashSecret(session));
      if (found) {
        // SameSite=Strict keeps the cookie off other sites; checking Origin also stops a
        // page on another port or subdomain of the same site from writing with it.
        const safe = req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS';
        return {
          kind: 'clinician',
          clinicianId: found.clinicianId,
          actor: `clinician:${found.clinicianId}`,
          canWrite: safe || guard.fromOwnPage(req),
        };
      }
    }
    return faults ? { kind: 'open', actor: 'open' } : { kind: 'none' };
  };

  /**
   * @param {string} secret
   * @returns {Promise<Principal>}
   */
  async function fromBearer(secret) {
    const hash = hashSecret(secret);
    if (secret.startsWith(LINK_PREFIX)) {
      const link = await store.links.findByToken(hash);
      if (!link) return invalid();
      if (link.revokedAt) {
        return refused('link-revoked', 'This link has been withdrawn. Please ask your therapist for a new one.');
      }
      if (link.expiresMs <= Date.now()) {
        return refused('link-expired', 'This link has expired. Please ask your therapist for a new one.');
      }
      return { kind: 'link', link, actor: `link:${link.id}` };
    }
    if (secret.startsWith(TOKEN_PREFIX)) {
      const token = await store.tokens.findByToken(hash);
      if (!token) return invalid();
      if (token.revokedAt) return refused('token-revoked', 'This API token has been revoked');
      return {
        kind: 'clinician',
        clinicianId: token.clinicianId,
        actor: `token:${token.id}`,
        canWrite: token.scope === 'clinician',
      };
    }
    // The test lab lets fault tests send any header of their own; a credential this server
    // issues (by its prefix) is still checked above, and anywhere else this is refused.
    return faults ? { kind: 'open', actor: 'open' } : invalid();
  }
}

/** @returns {Principal} */
function invalid() {
  return refused('credential-invalid', 'Missing or invalid credentials');
}

/**
 * @param {string} code @param {string} message
 * @returns {Principal}
 */
function refused(code, message) {
  return { kind: 'refused', status: 401, code, message };
}

/**
 * @param {string | undefined} header
 * @param {string} name
 */
export function readCookie(header, name) {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=') || null;
  }
  return null;
}
