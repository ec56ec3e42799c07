// The store of last resort: when IndexedDB is missing, blocked or hangs, the widget keeps
// working in memory (and says so), so an online submit still goes through.
import type { HomeworkStore, OutboxEntry, QueueResult, Receipt, StorageProblem, StoredDraft } from './records.js';

const copy = <T>(value: T): T => structuredClone(value);

export class MemoryStore implements HomeworkStore {
  readonly mode = 'memory' as const;
  readonly createdByThisPage = false;
  private drafts = new Map<string, StoredDraft>();
  private keys = new Map<string, CryptoKey>();
  private outbox = new Map<string, OutboxEntry>();
  private receipts = new Map<string, Receipt>();

  constructor(readonly fallbackReason?: StorageProblem) {}

  async getDraft(key: string) {
    const draft = this.drafts.get(key);
    return draft && copy(draft);
  }
  async putDraft(draft: StoredDraft) {
    this.drafts.set(draft.key, copy(draft));
  }
  async deleteDraft(key: string) {
    this.drafts.delete(key);
  }
  async queueEntry(draftKey: string, entry: OutboxEntry): Promise<QueueResult> {
    if (this.outbox.has(entry.id) || this.receipts.has(entry.id)) return 'id-taken';
    this.outbox.set(entry.id, copy(entry));
    this.drafts.delete(draftKey);
    return 'queued';
  }
  async listOutbox() {
    return [...this.outbox.values()].map(copy);
  }
  async getOutboxEntry(id: string) {
    const entry = this.outbox.get(id);
    return entry && copy(entry);
  }
  async updateOutbox(entry: OutboxEntry) {
    if (this.outbox.has(entry.id)) this.outbox.set(entry.id, copy(entry));
  }
  async markDelivered(receipt: Receipt) {
    this.outbox.delete(receipt.id);
    this.receipts.set(receipt.id, copy(receipt));
  }
  async listReceipts(deliveredSince = -Infinity) {
    return [...this.receipts.values()].filter((receipt) => receipt.deliveredAt >= deliveredSince).map(copy);
  }
  async getKey(name: string) {
    return this.keys.get(name);
  }
  async addKey(name: string, key: CryptoKey) {
    if (!this.keys.has(name)) this.keys.set(name, key);
  }
  async clear() {
    this.keys.clear();
    this.drafts.clear();
    this.outbox.clear();
    this.receipts.clear();
  }
}
