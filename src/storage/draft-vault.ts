// Reads and writes drafts, sealing them with AES-GCM when the host turns on encryption at
// rest. The key is generated on the device, non-extractable, and kept in IndexedDB; a fresh
// IV per write; encryption happens before the write's transaction opens.
import type { Draft, HomeworkStore, SealedDraft, StoredDraft } from './records.js';

const KEY_NAME = 'drafts';
const encoder = new TextEncoder();

/** What a sealed draft hides: everything but its key, exercise and time. */
type SealedFields = Omit<Draft, 'key' | 'exercise' | 'updatedAt'>;

export function isSealed(record: StoredDraft): record is SealedDraft {
  return 'sealed' in record;
}

export class DraftVault {
  constructor(
    private readonly store: () => Promise<HomeworkStore>,
    private readonly sealing: () => boolean,
  ) {}

  /** The draft, opened if sealed; undefined if there is none or it cannot be opened. */
  async read(key: string): Promise<Draft | undefined> {
    const store = await this.store();
    const record = await store.getDraft(key);
    if (!record || !isSealed(record)) return record;
    const cryptoKey = await store.getKey(KEY_NAME);
    if (!cryptoKey) return undefined;
    try {
      const plain = await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: record.sealed.iv, additionalData: encoder.encode(record.key) },
        cryptoKey,
        record.sealed.ciphertext,
      );
      const fields = JSON.parse(new TextDecoder().decode(plain)) as SealedFields;
      return { ...fields, key: record.key, exercise: record.exercise, updatedAt: record.updatedAt };
    } catch {
      return undefined;
    }
  }

  async write(draft: Draft): Promise<void> {
    const store = await this.store();
    await store.putDraft(this.sealing() ? await this.seal(store, draft) : draft);
  }

  private async seal(store: HomeworkStore, draft: Draft): Promise<SealedDraft> {
    const { key, exercise, updatedAt, ...fields } = draft;
    const iv = crypto.getRandomValues(new Uint8Array(12));
    // The draft's key is authenticated too, so a sealed draft cannot be moved to another key.
    const ciphertext = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: encoder.encode(key) },
      await this.cryptoKey(store),
      encoder.encode(JSON.stringify(fields)),
    );
    return { key, exercise, updatedAt, sealed: { iv, ciphertext } };
  }

  private async cryptoKey(store: HomeworkStore): Promise<CryptoKey> {
    const existing = await store.getKey(KEY_NAME);
    if (existing) return existing;
    const fresh = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    // Two tabs may race here: the first key stored wins and both use it.
    await store.addKey(KEY_NAME, fresh);
    return (await store.getKey(KEY_NAME))!;
  }
}
