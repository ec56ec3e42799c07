// Refuses to start a server that would be unsafe where it listens: reachable from other
// machines without clinician accounts, without TLS (its own or a trusted proxy's), or
// without the host names it answers for; the fault lab anywhere but loopback and a
// throwaway database.
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isLoopbackHost } from './access/guard.mjs';
import { isPostgresUrl } from './store/index.mjs';

/**
 * @param {object} options
 * @param {string} options.host
 * @param {string} options.db
 * @param {boolean} options.faults
 * @param {boolean} options.https
 * @param {boolean} options.trustProxy
 * @param {string[]} options.publicHosts
 * @returns {string | null} why not, or null when it may start
 */
export function unsafeStart({ host, db, faults, https, trustProxy, publicHosts }) {
  const loopback = isLoopbackHost(host.replace(/^\[|\]$/g, '')) || host === '::1';
  if (faults) {
    if (!loopback) return '--faults is for tests: it listens on loopback only (--host 127.0.0.1)';
    if (!isThrowaway(db)) {
      return '--faults is for tests: use --db :memory: or a new file in the temporary directory, never a practice database';
    }
    return null;
  }
  if (loopback) return null;
  if (!https && !trustProxy) {
    return `Listening on ${host} needs HTTPS: give --cert and --key, or --trust-proxy when a TLS proxy sits in front`;
  }
  if (!publicHosts.length) return `Listening on ${host} needs --public-host, the name clients reach this server by`;
  return null;
}

/** @param {string} db */
function isThrowaway(db) {
  if (db === ':memory:') return true;
  if (isPostgresUrl(db)) return false;
  const relative = path.relative(path.resolve(tmpdir()), path.resolve(db));
  return !!relative && !relative.startsWith('..') && !path.isAbsolute(relative);
}
