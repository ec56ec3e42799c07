// Clinician accounts and API tokens, as the CLI manages them: passwords come from standard
// input (never the command line, which other users of the machine can list).
import { randomUUID } from 'node:crypto';
import { TOKEN_PREFIX } from './principal.mjs';
import { hashPassword, hashSecret, MIN_PASSWORD_LENGTH, newSecret } from './secrets.mjs';

const USERNAME = /^[\w.@-]{1,100}$/;

/**
 * @param {import('../store/index.mjs').Store} store
 * @param {string} username
 * @param {string} password
 */
export async function addClinician(store, username, password) {
  checkUsername(username);
  checkPassword(password);
  if (await store.clinicians.findByUsername(username)) throw new Error(`${username} already exists; use reset`);
  await store.clinicians.add({ id: randomUUID(), username, passwordHash: await hashPassword(password) });
}

/**
 * @param {import('../store/index.mjs').Store} store
 * @param {string} username
 * @param {string} password
 */
export async function resetClinician(store, username, password) {
  checkPassword(password);
  if (!(await store.clinicians.resetPassword(username, await hashPassword(password)))) {
    throw new Error(`No clinician ${username}`);
  }
}

/**
 * A read-only token for an EHR or another system that pulls a clinician's entries.
 * @param {import('../store/index.mjs').Store} store
 * @param {string} username
 * @param {string} label
 * @returns {Promise<{ id: string, token: string }>} the token itself is shown once
 */
export async function addReadToken(store, username, label) {
  const account = await store.clinicians.findByUsername(username);
  if (!account) throw new Error(`No clinician ${username}`);
  const token = newSecret(TOKEN_PREFIX);
  const id = randomUUID();
  await store.tokens.add({
    id,
    tokenHash: hashSecret(token),
    clinicianId: account.id,
    label,
    scope: 'read',
    revokedAt: null,
  });
  return { id, token };
}

/** @param {string} username */
function checkUsername(username) {
  if (!USERNAME.test(username)) throw new Error('A username is 1-100 letters, digits or . _ @ -');
}

/** @param {string} password */
function checkPassword(password) {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new Error(`A password needs at least ${MIN_PASSWORD_LENGTH} characters`);
  }
}

/**
 * The first line of standard input (a pipe, or typed at the terminal).
 * @param {NodeJS.ReadableStream} input
 */
export async function readPassword(input) {
  let text = '';
  for await (const chunk of input) {
    text += chunk.toString();
    if (text.includes('\n') || text.length > 4096) break;
  }
  return text.split(/\r?\n/)[0];
}
