// Sign-out: wipe everything this library keeps on the device, in every open tab.
// Undelivered entries are never discarded silently: the caller is told how many there
// are and must ask again, explicitly, to discard them.
import { getStore } from '../lazy/store.js';

const CHANNEL_NAME = 'homework-elements';
const CLEARED_EVENT = 'hw-local-data-cleared';

export interface ClearLocalDataOptions {
  /** Proceed even though some entries were never delivered (they will be lost). */
  discardUndelivered?: boolean;
}

export interface ClearLocalDataResult {
  cleared: boolean;
  /** Entries still in the outbox when asked (0 when none were at risk). */
  undelivered: number;
}

/**
 * Remove drafts, the outbox and receipts from this device and tell every other tab to
 * forget what its widgets hold in memory. Without `discardUndelivered`, nothing is removed
 * while entries are still waiting to be sent: show the client the count and ask first.
 */
export async function clearLocalData(options: ClearLocalDataOptions = {}): Promise<ClearLocalDataResult> {
  const store = await getStore();
  const undelivered = (await store.listOutbox()).length;
  if (undelivered > 0 && !options.discardUndelivered) return { cleared: false, undelivered };
  // Widgets drop their in-memory drafts first, so no pending autosave writes them back.
  await announce();
  await store.clear();
  // Posted on the tab's own channel object, which does not hear its own messages.
  sharedChannel()?.postMessage({ type: 'cleared' });
  return { cleared: true, undelivered };
}

type Listener = () => Promise<void> | void;
const listeners = new Set<Listener>();
let channel: BroadcastChannel | null = null;

/** Run `listener` whenever local data is cleared, in this tab or another. Returns an unsubscribe. */
export function onLocalDataCleared(listener: Listener): () => void {
  listeners.add(listener);
  sharedChannel();
  return () => listeners.delete(listener);
}

function sharedChannel(): BroadcastChannel | null {
  if (!channel && typeof BroadcastChannel !== 'undefined') {
    channel = new BroadcastChannel(CHANNEL_NAME);
    channel.onmessage = (event) => {
      if (event.data?.type === 'cleared') void announce();
    };
  }
  return channel;
}

async function announce(): Promise<void> {
  await Promise.all([...listeners].map((listener) => listener()));
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(CLEARED_EVENT));
}
