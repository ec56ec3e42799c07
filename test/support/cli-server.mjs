// The reference endpoint as a practice runs it: the real CLI in its own process, on a
// database prepared beforehand with a clinician and one client's link (what the store tests
// and the store benchmark both need).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { issueLink } from '../../server/access/links.mjs';
import { openStore } from '../../server/store/index.mjs';
import { addClinician } from './access.mjs';

const cli = fileURLToPath(new URL('../../server/cli.mjs', import.meta.url));

/**
 * Starts `node server/cli.mjs --port 0 --db <db>`; resolves once it prints its address.
 * @param {string} db
 */
export async function startCli(db) {
  const child = spawn(process.execPath, [cli, '--port', '0', '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += chunk));
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited ${code}: ${errors}`)));
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    child,
    url: /** @type {string} */ (url),
    /** @param {NodeJS.Signals} [signal] SIGKILL for a crash */
    async stop(signal = 'SIGTERM') {
      child.kill(signal);
      await exited;
    },
  };
}

/**
 * A clinician owning `client` and that client's link, made in the store before the server
 * starts: the headers each sends.
 * @param {string} location
 * @param {string} client
 */
export async function clinicianAndLink(location, client) {
  const store = await openStore(location);
  try {
    const clinician = await addClinician(store, { clients: [client] });
    const link = await issueLink(store, { clinicianId: clinician.id, clientId: client, assignmentId: null, days: 1 });
    return { clinician: clinician.headers, client: { Authorization: `Bearer ${link.secret}` } };
  } finally {
    await store.close();
  }
}
