// The last list loaded on this device, so the client sees their homework offline. Kept in
// IndexedDB (a database of its own, so the list's small script needs none of the widgets'
// storage), keyed by a hash of the address and the credential: never the credential itself,
// and one client's list is not shown through another client's link on a shared device.
// Holds only what the list shows (titles, notes, due dates, states).
import { openDB, type IDBPDatabase } from 'idb';
import type { MyAssignments } from './my-assignments.js';

export const LIST_DB_NAME = 'homework-elements-lists';
const STORE = 'lists';

export interface CachedList {
  /** Epoch ms of the load it came from. */
  savedAt: number;
  data: MyAssignments;
}

let opening: Promise<IDBPDatabase> | undefined;
function database(): Promise<IDBPDatabase> {
  opening ??= openDB(LIST_DB_NAME, 1, { upgrade: (db) => void db.createObjectStore(STORE) }).catch((error) => {
    opening = undefined; // blocked or failed this time: the next load tries again
    throw error;
  });
  return opening;
}

export async function cacheName(src: string, auth: Record<string, string>): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  const bytes = new TextEncoder().encode(JSON.stringify([src, auth]));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest.slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function readCache(name: string): Promise<CachedList | null> {
  try {
    const saved = (await (await database()).get(STORE, name)) as CachedList | undefined;
    return saved && typeof saved.savedAt === 'number' && saved.data ? saved : null;
  } catch {
    return null; // storage blocked: as if nothing was kept
  }
}

export async function writeCache(name: string, list: CachedList): Promise<void> {
  try {
    await (await database()).put(STORE, list, name);
  } catch {
    // Full or blocked: the list still shows; offline it cannot.
  }
}

/** Forget every list this library kept on the device (a host's sign-out, say). */
export async function clearCachedLists(): Promise<void> {
  try {
    await (await database()).clear(STORE);
  } catch {
    // blocked: nothing was kept either
  }
}
