// Credentials for tests against the real reference endpoint: a clinician (straight in the
// store, or through the fault lab's fixture route) and client links made through the API.
import { randomUUID } from 'node:crypto';
import { TOKEN_PREFIX } from '../../server/access/principal.mjs';
import { hashPassword, hashSecret, newSecret } from '../../server/access/secrets.mjs';

/**
 * A clinician owning `clients`, with a bearer token (scope 'clinician' may also write).
 * @param {import('../../server/store/index.mjs').Store} store
 * @param {{ username?: string, password?: string, clients?: string[], scope?: 'read' | 'clinician' }} [options]
 */
export async function addClinician(
  store,
  { username = `c-${randomUUID()}`, password, clients = [], scope = 'clinician' } = {},
) {
  const id = randomUUID();
  await store.clinicians.add({ id, username, passwordHash: await hashPassword(password ?? newSecret()) });
  for (const client of clients) await store.clinicians.claimClient(id, client);
  const token = newSecret(TOKEN_PREFIX);
  const tokenId = randomUUID();
  await store.tokens.add({
    id: tokenId,
    tokenHash: hashSecret(token),
    clinicianId: id,
    label: 'test',
    scope,
    revokedAt: null,
  });
  return { id, username, token, tokenId, headers: { Authorization: `Bearer ${token}` } };
}

/**
 * The fault lab's fixture clinician (servers started with `faults`).
 * @param {string} base
 * @param {string[]} [clients]
 */
export async function fixtureClinician(base, clients = []) {
  const response = await fetch(`${base}/__test/clinician`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ clients }),
  });
  if (response.status !== 201) throw new Error(`fixture clinician: ${response.status} ${await response.text()}`);
  const { token } = await response.json();
  return { token, headers: { Authorization: `Bearer ${token}` } };
}

/**
 * A client link made by the clinician, as the clinician's page would.
 * @param {string} base
 * @param {Record<string, string>} clinicianHeaders
 * @param {string} client
 * @param {{ assignmentId?: string, expiresInDays?: number }} [options]
 */
export async function createLink(base, clinicianHeaders, client, options = {}) {
  const response = await fetch(`${base}/api/links`, {
    method: 'POST',
    headers: { ...clinicianHeaders, 'Content-Type': 'application/json' },
    body: JSON.stringify({ client, ...options }),
  });
  if (response.status !== 201) throw new Error(`link: ${response.status} ${await response.text()}`);
  const body = await response.json();
  return { ...body, headers: { Authorization: `Bearer ${body.link}` } };
}
