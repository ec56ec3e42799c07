// Reads and writes drafts, sealing them with AES-GCM when the host turns on encryption at
// rest (see sealing.ts): a fresh IV per write; encryption happens before the write's
// transaction opens.
import type { Draft, HomeworkStore, SealedDraft, StoredDraft } from './records.js';
import { seal, unseal } from './sealing.js';

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
    // The draft's key is authenticated too, so a sealed draft cannot be moved to another key.
    const fields = await unseal<SealedFields>(store, record.key, record.sealed);
    return fields && { ...fields, key: record.key, exercise: record.exercise, updatedAt: record.updatedAt };
  }

  async write(draft: Draft): Promise<void> {
    const store = await this.store();
    await store.putDraft(this.sealing() ? await this.seal(store, draft) : draft);
  }

  private async seal(store: HomeworkStore, draft: Draft): Promise<SealedDraft> {
    const { key, exercise, updatedAt, ...fields } = draft;
    return { key, exercise, updatedAt, sealed: await seal(store, key, fields) };
  }
}
