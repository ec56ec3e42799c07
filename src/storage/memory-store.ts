// The store of last resort: when IndexedDB is missing, blocked or hangs, the widget keeps
// working in memory (and says so), so an online submit still goes through.
import type { Exercise } from '../core/assignment.js';
import type {
  HomeworkStore,
  LegacyReceipt,
  OutboxEntry,
  QueueResult,
  Receipt,
  ReceiptAges,
  StorageProblem,
  StoredDraft,
} from './records.js';

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
  async listDrafts() {
    return [...this.drafts.values()].map(copy);
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
  async discardRejected(id: string) {
    return this.outbox.get(id)?.state === 'rejected' && this.outbox.delete(id);
  }
  async markDelivered(receipt: Receipt) {
    this.outbox.delete(receipt.id);
    this.receipts.set(receipt.id, copy(receipt));
    return true;
  }
  // Memory holds only this page's receipts, so a scan here stays small.
  async listReceipts(exercise: Exercise, since: number) {
    return [...this.receipts.values()]
      .filter((receipt) => receipt.exercise === exercise && receipt.deliveredAt >= since)
      .sort((a, b) => a.deliveredAt - b.deliveredAt)
      .map(copy);
  }
  async pruneReceipts(ages: ReceiptAges, limit: number) {
    let deleted = 0;
    for (const receipt of this.receipts.values()) {
      if (deleted >= limit) break;
      if (receipt.deliveredAt <= Date.now() - ages[receipt.exercise] && this.receipts.delete(receipt.id)) deleted++;
    }
    return deleted;
  }
  // Nothing from an earlier version lives in memory.
  async slimLegacyReceipts(_slim: (legacy: LegacyReceipt) => Promise<Receipt>, _limit: number) {
    return 0;
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
