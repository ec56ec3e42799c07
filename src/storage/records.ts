// What the library keeps on the device, and the interface both stores implement
// (IndexedDB normally, memory when IndexedDB cannot be used).
import type { Entry } from '../core/entry.js';
import type { Exercise } from '../core/assignment.js';

/** Engagement counters kept with a draft across sittings. */
export interface EngagementState {
  activeMs: number;
  sittings: number;
  edits: number;
}

export interface Draft {
  /** `${exercise}:${assignment id or draft key}`: one draft per exercise and assignment. */
  key: string;
  exercise: Exercise;
  /** The entry id (and later Idempotency-Key) fixed when the draft starts. */
  entryId: string;
  assignmentId: string | null;
  data: unknown;
  /** The self-review at the end of every exercise. */
  selfReview: unknown;
  engagement: EngagementState;
  /** Exercise-specific UI state that is not entry data (e.g. the behavioural experiment's phase). */
  extra?: unknown;
  /** The entry schema the data was written for; absent in drafts saved before it was recorded. */
  schema?: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * A draft encrypted at rest (optional): everything the client wrote is in `ciphertext`
 * (AES-GCM); only what is needed to find it stays readable.
 */
export interface SealedDraft {
  key: string;
  exercise: Exercise;
  sealed: { iv: Uint8Array<ArrayBuffer>; ciphertext: ArrayBuffer };
  updatedAt: string;
}

export type StoredDraft = Draft | SealedDraft;

export type QueueResult = 'queued' | 'id-taken';

export type OutboxState = 'pending' | 'auth-required' | 'rejected';

export interface OutboxEntry {
  /** The entry id: also the Idempotency-Key on every attempt. */
  id: string;
  endpoint: string;
  entry: Entry;
  /** Sent as a FHIR QuestionnaireResponse instead of the entry (format="fhir" when queued). */
  format?: 'fhir';
  /**
   * What goes on the wire when it is not the entry itself: fixed before the first attempt
   * and kept, so every retry sends the same bytes under the same Idempotency-Key.
   */
  body?: { contentType: string; text: string };
  state: OutboxState;
  attempts: number;
  /** Epoch ms before which no attempt is made. */
  nextAttemptAt: number;
  queuedAt: number;
  /** The server's message when rejected; what went wrong last otherwise. Shown as text. */
  lastError?: string;
  /** When the endpoint last refused the sign-in (epoch ms, wall clock): retried only for a later reason. */
  authFailedAt?: number;
}

export interface Receipt {
  id: string;
  endpoint: string;
  exercise: Exercise;
  deliveredAt: number;
  status: number;
  entry: Entry;
}

export type StoreMode = 'indexeddb' | 'memory';

export interface HomeworkStore {
  readonly mode: StoreMode;
  /** Why the store is in memory mode, as a message key; undefined in IndexedDB mode. */
  readonly fallbackReason?: StorageProblem;
  /** This page's first open created the database (first visit, or site data cleared since). */
  readonly createdByThisPage: boolean;
  getDraft(key: string): Promise<StoredDraft | undefined>;
  /** Resolves only once the write is durable (transaction complete). */
  putDraft(draft: StoredDraft): Promise<void>;
  deleteDraft(key: string): Promise<void>;
  /**
   * One transaction: the outbox entry is added and the draft removed, or neither.
   * 'id-taken' (nothing written) when an entry with this id was already queued or
   * delivered: the same draft submitted from two tabs must not share an Idempotency-Key.
   */
  queueEntry(draftKey: string, entry: OutboxEntry): Promise<QueueResult>;
  listOutbox(): Promise<OutboxEntry[]>;
  getOutboxEntry(id: string): Promise<OutboxEntry | undefined>;
  updateOutbox(entry: OutboxEntry): Promise<void>;
  /** One transaction: the outbox entry is removed and its receipt kept. */
  markDelivered(receipt: Receipt): Promise<void>;
  /** Oldest delivery first; with `deliveredSince` (epoch ms), only receipts delivered since then. */
  listReceipts(deliveredSince?: number): Promise<Receipt[]>;
  /** Non-extractable encryption keys (draft encryption), by name. */
  getKey(name: string): Promise<CryptoKey | undefined>;
  /** Store a key unless one of that name exists (then the existing one stays). */
  addKey(name: string, key: CryptoKey): Promise<void>;
  /** Remove everything this library keeps on the device, keys included. */
  clear(): Promise<void>;
}

export type StorageProblem =
  'storageUnavailable' | 'storageTimeout' | 'storageFull' | 'storageOutdated' | 'storageFailed';

/** A storage failure with the message key that explains it to the client. */
export class StorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    options?: { cause?: unknown },
  ) {
    super(problem, options);
    this.name = 'StorageError';
  }
}

export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') return new StorageError('storageFull', { cause: error });
  if (name === 'VersionError') return new StorageError('storageOutdated', { cause: error });
  return new StorageError('storageFailed', { cause: error });
}
