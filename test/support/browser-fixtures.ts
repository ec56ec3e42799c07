// Helpers for browser tests: the real reference endpoint, its fault switch, a clean
// IndexedDB per test, and waiting on real asynchronous effects (no fixed sleeps).
import { executeServerCommand } from '@web/test-runner-commands';
import type { Assignment } from '../../src/core/assignment.js';
import { resetStore } from '../../src/storage/open-store.js';
import { DB_NAME } from '../../src/storage/idb-store.js';

let cachedUrl: string | undefined;

export async function serverUrl(): Promise<string> {
  cachedUrl ??= ((await executeServerCommand('reference-server')) as { url: string }).url;
  return cachedUrl;
}

export async function endpoint(): Promise<string> {
  return `${await serverUrl()}/api/homework`;
}

export interface Fault {
  status?: number;
  body?: unknown;
  retryAfter?: string;
  delayMs?: number;
  hang?: boolean;
  dropAfterCommit?: boolean;
  malformed?: boolean;
  /** With `status`: Retry-After is sent but not exposed to a cross-origin page. */
  hideRetryAfter?: boolean;
}

let clinician: Promise<Record<string, string>> | undefined;

/**
 * The test lab's clinician, made after each reset and owning `clients` (the test entries'
 * subjects): bearer headers that read their entries and write assignments (a test page on
 * another origin cannot use the sign-in cookie).
 */
export function clinicianHeaders(clients = ['client-1', 'paged-client']): Promise<Record<string, string>> {
  clinician ??= (async () => {
    const response = await fetch(`${await serverUrl()}/__test/clinician`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ clients }),
    });
    const { token } = (await response.json()) as { token: string };
    return { Authorization: `Bearer ${token}` };
  })();
  return clinician;
}

export async function resetServer(): Promise<void> {
  clinician = undefined;
  await fetch(`${await serverUrl()}/__test/reset`, { method: 'POST' });
}

export async function queueFaults(...queue: Fault[]): Promise<void> {
  await fetch(`${await serverUrl()}/__test/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ queue }),
  });
}

/** Drop the faults still queued: the endpoint behaves normally again. */
export async function clearFaults(): Promise<void> {
  await fetch(`${await serverUrl()}/__test/faults`, { method: 'DELETE' });
}

export async function storedEntries(): Promise<Array<Record<string, unknown>>> {
  return (await fetch(`${await serverUrl()}/__test/entries`)).json();
}

/** One POST the endpoint received: its key, the status it answered (null: none), its fault, when (ISO). */
export interface LoggedRequest {
  key: string;
  status: number | null;
  fault: Fault | null;
  at: string;
}

export async function requestLog(): Promise<LoggedRequest[]> {
  return (await fetch(`${await serverUrl()}/__test/requests`)).json();
}

/** Close the page's store and delete the database: each test starts with an empty device. */
export async function freshDevice(): Promise<void> {
  await resetStore();
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    // 'blocked' is only news: open connections get 'versionchange', close, and the delete proceeds.
  });
}

/** Poll until `check` returns a truthy value; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(check: () => T | Promise<T>, what: string, timeoutMs = 8000): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (performance.now() > deadline) throw new Error(`Timed out waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Read every record of one object store straight from IndexedDB (not through the library). */
export async function readStore(name: 'drafts' | 'outbox' | 'receipts' | 'keys'): Promise<unknown[]> {
  // Opening a database that does not exist would create an empty one and break the library's upgrade.
  if (!(await indexedDB.databases()).some((db) => db.name === DB_NAME)) return [];
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(DB_NAME);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(name)) {
        db.close();
        resolve([]);
        return;
      }
      const request = db.transaction(name).objectStore(name).getAll();
      request.onsuccess = () => {
        db.close();
        resolve(request.result);
      };
      request.onerror = () => reject(request.error);
    };
  });
}

/** Stores an assignment as its clinician would; resolves with its URL, for `assignment-src`. */
export async function storeAssignment(assignment: Assignment): Promise<string> {
  const response = await fetch(`${await serverUrl()}/api/assignments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(await clinicianHeaders()) },
    body: JSON.stringify(assignment),
  });
  if (response.status !== 201) throw new Error(`storing the assignment: ${response.status} ${await response.text()}`);
  return new URL((await response.json()).url, await serverUrl()).href;
}
