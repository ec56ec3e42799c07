// The device's own keys: AES-GCM to seal drafts and receipts at rest, HMAC to link records
// without keeping their words. Generated here, non-extractable, kept in IndexedDB; gone
// with everything else on sign-out.
import type { HomeworkStore, Sealed } from './records.js';

const SEALING_KEY = 'drafts';
const LINKING_KEY = 'links';
const encoder = new TextEncoder();

async function deviceKey(
  store: HomeworkStore,
  name: string,
  generate: () => Promise<CryptoKey>,
): Promise<CryptoKey | undefined> {
  const existing = await store.getKey(name);
  if (existing) return existing;
  // Two tabs may race here: the first key stored wins and both use it.
  await store.addKey(name, await generate());
  return store.getKey(name);
}

const sealingKey = (store: HomeworkStore) =>
  deviceKey(store, SEALING_KEY, () =>
    crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']),
  );

/** `value` as JSON, encrypted with a fresh IV; `label` is authenticated, so it cannot be moved. */
export async function seal(store: HomeworkStore, label: string, value: unknown): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(label) },
    (await sealingKey(store))!,
    encoder.encode(JSON.stringify(value)),
  );
  return { iv, ciphertext };
}

/** The sealed value, or undefined when the key is gone or it does not open under `label`. */
export async function unseal<T>(store: HomeworkStore, label: string, sealed: Sealed): Promise<T | undefined> {
  const key = await store.getKey(SEALING_KEY);
  if (!key) return undefined;
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: sealed.iv, additionalData: encoder.encode(label) },
      key,
      sealed.ciphertext,
    );
    return JSON.parse(new TextDecoder().decode(plain)) as T;
  } catch {
    return undefined;
  }
}

/**
 * A stable tag for `text` on this device (HMAC-SHA-256, base64): equal texts get equal tags,
 * and without the device's key a tag cannot be checked against guesses.
 */
export async function linkTag(store: HomeworkStore, text: string): Promise<string> {
  const key = await deviceKey(store, LINKING_KEY, () =>
    crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']),
  );
  const mac = await crypto.subtle.sign('HMAC', key!, encoder.encode(text));
  return btoa(String.fromCharCode(...new Uint8Array(mac)));
}
