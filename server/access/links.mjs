// Issues a client link: the capability for one client (optionally one assignment), shown
// once; only its hash is stored.
import { randomUUID } from 'node:crypto';
import { LINK_PREFIX } from './principal.mjs';
import { hashSecret, newSecret } from './secrets.mjs';

const DAY_MS = 86_400_000;

/**
 * @param {import('../store/index.mjs').Store} store
 * @param {{ clinicianId: string, clientId: string, assignmentId: string | null, days: number }} link
 */
export async function issueLink(store, { clinicianId, clientId, assignmentId, days }) {
  const secret = newSecret(LINK_PREFIX);
  const row = { id: randomUUID(), clinicianId, clientId, assignmentId, expiresMs: Date.now() + days * DAY_MS };
  await store.links.add({ ...row, tokenHash: hashSecret(secret), revokedAt: null });
  return { ...row, secret };
}
