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
  body?: {
    contentType: string;
    text: string;
    /** Sent as If-None-Exist (a FHIR server's conditional create on the entry id). */
    ifNoneExist?: string;
  };
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

/** Sealed with the device's AES-GCM key when the host turns on encryption at rest. */
export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  ciphertext: ArrayBuffer;
}

/**
 * What a receipt remembers of a delivered entry: only what the widgets on this device draw
 * or link, never what the client wrote (the entry itself is the host's, on its server).
 */
export interface ReceiptDetails {
  assignmentId: string | null;
  subject: string | null;
  completedAt: string;
  /** A check-in, for the mood history. */
  mood?: { at: string; value: number; scale: string };
  /**
   * An experiment, for linking repeats of the same belief: a keyed hash of the belief
   * (never its words) and the before/after ratings.
   */
  experiment?: { beliefKey: string; before?: number; after?: number };
}

export interface Receipt {
  id: string;
  endpoint: string;
  exercise: Exercise;
  deliveredAt: number;
  status: number;
  /** Readable details, or `sealed` (the same details, encrypted) when encryption is on. */
  details?: ReceiptDetails;
  sealed?: Sealed;
}

/** A receipt as an earlier version kept it: the whole entry, in plain text (migrated away). */
export interface LegacyReceipt extends Omit<Receipt, 'details' | 'sealed'> {
  entry: Entry;
}

/** How long receipts are kept: per exercise, in ms since delivery. */
export type ReceiptAges = Readonly<Record<Exercise, number>>;

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
  /** Every draft (one per exercise and assignment started, so a short list). */
  listDrafts(): Promise<StoredDraft[]>;
  /**
   * One transaction: the outbox entry is added and the draft removed, or neither.
   * 'id-taken' (nothing written) when an entry with this id was already queued or
   * delivered: the same draft submitted from two tabs must not share an Idempotency-Key.
   */
  queueEntry(draftKey: string, entry: OutboxEntry): Promise<QueueResult>;
  listOutbox(): Promise<OutboxEntry[]>;
  getOutboxEntry(id: string): Promise<OutboxEntry | undefined>;
  updateOutbox(entry: OutboxEntry): Promise<void>;
  /** Remove an outbox entry only if the endpoint refused it; resolves whether it was removed. */
  discardRejected(id: string): Promise<boolean>;
  /**
   * The outbox entry is removed and its receipt kept, in one transaction. When the receipt
   * does not fit (storage full), the entry is still removed: it was delivered, and a resend
   * would only be deduped by the server. Resolves false when the receipt was not kept.
   */
  markDelivered(receipt: Receipt): Promise<boolean>;
  /** One exercise's receipts delivered since `since` (epoch ms), oldest first, read through an index. */
  listReceipts(exercise: Exercise, since: number): Promise<(Receipt | LegacyReceipt)[]>;
  /**
   * Delete receipts older than `ages` allows, at most `limit` of them (a bounded pass, read
   * through the index, oldest first). Resolves how many were deleted.
   */
  pruneReceipts(ages: ReceiptAges, limit: number): Promise<number>;
  /**
   * Rewrite up to `limit` receipts an earlier version stored whole, with `slim`. Resolves
   * how many were rewritten; 0 when none are left (the migration is then done for good).
   */
  slimLegacyReceipts(slim: (legacy: LegacyReceipt) => Promise<Receipt>, limit: number): Promise<number>;
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
