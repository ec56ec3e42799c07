// The checks every request passes before anything is read: the Host it names must be one
// of ours (a DNS-rebound name is not), and an Origin, when sent, must be ours or one the
// practice configured. Cross-origin reads are allowed only for those configured origins.
import { permitCrossOrigin } from '../replies.mjs';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * @typedef {object} GuardOptions
 * @property {string[]} publicHosts   host names (with an optional :port) the server is reached by
 * @property {string[]} allowOrigins  origins whose pages may call the API cross-origin
 * @property {boolean} https          the server itself speaks TLS
 * @property {boolean} trustProxy     a TLS-terminating proxy sets X-Forwarded-Proto / -For
 * @property {boolean} faults         test mode on loopback: any loopback page may call
 */

/** @param {string} host */
export function isLoopbackHost(host) {
  return LOOPBACK_NAMES.has(host.toLowerCase()) || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** @param {GuardOptions} options */
export function createGuard({ publicHosts, allowOrigins, https, trustProxy, faults }) {
  const names = new Set(publicHosts.map((name) => name.toLowerCase()));
  const origins = new Set(allowOrigins.map((origin) => new URL(origin).origin));

  /** @param {import('node:http').IncomingMessage} req */
  function scheme(req) {
    if (https) return 'https';
    const forwarded = trustProxy
      ? String(req.headers['x-forwarded-proto'] ?? '')
          .split(',')[0]
          .trim()
      : '';
    return forwarded === 'https' ? 'https' : 'http';
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @returns {boolean}
   */
  function hostAllowed(req) {
    const host = (req.headers.host ?? '').toLowerCase();
    const name = host.replace(/:\d+$/, '');
    return !!name && (isLoopbackHost(name) || names.has(host) || names.has(name));
  }

  /** The origin this request reached; only meaningful once the Host passed `hostAllowed`. */
  function ownOrigin(/** @type {import('node:http').IncomingMessage} */ req) {
    return `${scheme(req)}://${(req.headers.host ?? '').toLowerCase()}`;
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @returns {'same' | 'cross' | 'refused' | 'none'}
   */
  function originOf(req) {
    const origin = req.headers.origin;
    if (origin === undefined) return 'none';
    if (origin === ownOrigin(req)) return 'same';
    if (origins.has(origin)) return 'cross';
    if (faults && isLoopbackOrigin(origin)) return 'cross';
    return 'refused';
  }

  return {
    scheme,
    ownOrigin,
    /**
     * @param {import('node:http').IncomingMessage} req
     * @returns {{ status: number, message: string } | null} the refusal, or null to go on
     */
    check(req) {
      if (!hostAllowed(req)) return { status: 421, message: 'This server does not answer for that host name' };
      const origin = originOf(req);
      if (origin === 'refused') return { status: 403, message: 'Requests from this origin are not accepted' };
      if (origin === 'cross') permitCrossOrigin(req);
      return null;
    },
    /**
     * A cookie may change state only when the request comes from our own pages.
     * @param {import('node:http').IncomingMessage} req
     */
    fromOwnPage(req) {
      return originOf(req) === 'same';
    },
    /** @param {import('node:http').IncomingMessage} req */
    address(req) {
      const forwarded = trustProxy
        ? String(req.headers['x-forwarded-for'] ?? '')
            .split(',')
            .at(-1)
            ?.trim()
        : '';
      return forwarded || req.socket.remoteAddress || 'unknown';
    },
  };
}

/** @param {string} origin */
function isLoopbackOrigin(origin) {
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && isLoopbackHost(url.hostname);
  } catch {
    return false;
  }
}

/** @typedef {ReturnType<typeof createGuard>} Guard */
