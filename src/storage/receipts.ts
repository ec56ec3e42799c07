// Receipts: what the device remembers of a delivered entry. Only what its widgets draw or
// link (see ReceiptDetails), sealed like drafts when encryption is on, and kept for a
// bounded time (RECEIPT_AGES; docs/device-storage.md).
import type { Exercise } from '../core/assignment.js';
import type { Entry } from '../core/entry.js';
import { normalBelief } from '../exercises/experiment-runs.js';
import type { HomeworkStore, LegacyReceipt, Receipt, ReceiptAges, ReceiptDetails } from './records.js';
import { linkTag, seal, unseal } from './sealing.js';

const DAY_MS = 86_400_000;

/**
 * How long receipts stay. The mood history looks back 31 days at most; an experiment links
 * to runs of the same belief, which come weeks or months apart.
 */
export const RECEIPT_AGES: ReceiptAges = {
  'mood-tracker': 90 * DAY_MS,
  'thought-record': 90 * DAY_MS,
  'behavioural-experiment': 365 * DAY_MS,
};

/**
 * When the disk is full and a submit needs room: nothing the mood history shows goes, and
 * a day of thought records stays for the id check of a draft submitted in two tabs.
 */
export const RECEIPT_AGES_WHEN_FULL: ReceiptAges = {
  'mood-tracker': 31 * DAY_MS,
  'thought-record': DAY_MS,
  'behavioural-experiment': 31 * DAY_MS,
};

/** Receipts deleted per pass: a page load never pays for a long absence at once. */
export const PRUNE_LIMIT = 500;
/** A submit waiting for room may delete more: the client is waiting on a full disk. */
const ROOM_PRUNE_LIMIT = 5_000;
const SLIM_BATCH = 200;

export interface Delivered {
  id: string;
  endpoint: string;
  entry: Entry;
  deliveredAt: number;
  status: number;
}

/** The receipt for a delivered entry: its details, sealed when `sealing`. */
export async function makeReceipt(store: HomeworkStore, delivered: Delivered, sealing: boolean): Promise<Receipt> {
  const { id, endpoint, entry, deliveredAt, status } = delivered;
  const details = await detailsOf(store, entry);
  const head = { id, endpoint, exercise: entry.exercise, deliveredAt, status };
  return sealing ? { ...head, sealed: await seal(store, receiptLabel(id), details) } : { ...head, details };
}

/** A receipt's details, opened if sealed; undefined when they cannot be read. */
export async function readReceipt(
  store: HomeworkStore,
  receipt: Receipt | LegacyReceipt,
): Promise<ReceiptDetails | undefined> {
  if ('entry' in receipt) return detailsOf(store, receipt.entry);
  if (receipt.sealed) return unseal<ReceiptDetails>(store, receiptLabel(receipt.id), receipt.sealed);
  return receipt.details;
}

/** The tag an experiment's belief is linked by (see ReceiptDetails.experiment). */
export const beliefKey = (store: HomeworkStore, belief: string) => linkTag(store, `belief:${normalBelief(belief)}`);

/**
 * Once per page: slim what an earlier version kept whole, then a bounded pruning pass.
 * `sealing`: the slimmed receipts are sealed (a host on this page encrypts).
 */
export async function tidyReceipts(store: HomeworkStore, sealing: boolean): Promise<void> {
  const slim = async (legacy: LegacyReceipt): Promise<Receipt> => makeReceipt(store, legacy, sealing);
  while ((await store.slimLegacyReceipts(slim, SLIM_BATCH)) > 0);
  await store.pruneReceipts(RECEIPT_AGES, PRUNE_LIMIT);
}

/** A submit found the disk full: delete the receipts that may go (RECEIPT_AGES_WHEN_FULL). */
export const makeRoom = (store: HomeworkStore) => store.pruneReceipts(RECEIPT_AGES_WHEN_FULL, ROOM_PRUNE_LIMIT);

const receiptLabel = (id: string) => `receipt:${id}`;

async function detailsOf(store: HomeworkStore, entry: Entry): Promise<ReceiptDetails> {
  const details: ReceiptDetails = {
    assignmentId: entry.assignmentId,
    subject: entry.subject,
    completedAt: entry.completedAt,
  };
  const data = entry.data as Record<string, unknown> | null;
  if (typeof data !== 'object' || data === null) return details;
  const exercise: Exercise = entry.exercise;
  if (exercise === 'mood-tracker') {
    const mood = data.mood as { value?: unknown; scale?: unknown } | undefined;
    if (typeof data.at === 'string' && typeof mood?.value === 'number' && typeof mood.scale === 'string')
      details.mood = { at: data.at, value: mood.value, scale: mood.scale };
  } else if (exercise === 'behavioural-experiment' && typeof data.targetBelief === 'string') {
    details.experiment = {
      beliefKey: await beliefKey(store, data.targetBelief),
      before: rating(data.targetBeliefBefore),
      after: rating(data.targetBeliefAfter),
    };
  }
  return details;
}

const rating = (value: unknown) => (typeof value === 'number' ? value : undefined);
