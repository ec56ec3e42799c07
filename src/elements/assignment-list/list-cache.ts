// The last list loaded on this device, so the client sees their homework offline. Kept in
// localStorage under a name made from a hash of the address and the credential: never the
// credential itself, and one client's list is not shown through another client's link on a
// shared device. Holds only what the list shows (titles, notes, due dates, states).
import type { MyAssignments } from './my-assignments.js';

const PREFIX = 'hw-assignment-list:';

export interface CachedList {
  /** Epoch ms of the load it came from. */
  savedAt: number;
  data: MyAssignments;
}

export async function cacheName(src: string, auth: Record<string, string>): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  const bytes = new TextEncoder().encode(JSON.stringify([src, auth]));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return PREFIX + [...digest.slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function readCache(name: string): CachedList | null {
  try {
    const saved = JSON.parse(localStorage.getItem(name) ?? 'null') as CachedList | null;
    return saved && typeof saved.savedAt === 'number' && saved.data ? saved : null;
  } catch {
    return null; // storage blocked, or not ours: as if nothing was kept
  }
}

export function writeCache(name: string, list: CachedList): void {
  try {
    localStorage.setItem(name, JSON.stringify(list));
  } catch {
    // Full or blocked: the list still shows; offline it cannot.
  }
}

/** Forget every list this library kept on the device (a host's sign-out, say). */
export function clearCachedLists(): void {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX)) localStorage.removeItem(key);
  } catch {
    // blocked: nothing was kept either
  }
}
