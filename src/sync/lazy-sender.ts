// The page's outbox sender (delivery, retries, backoff) as a chunk of its own, loaded
// after first paint; see lazy-store.ts. Callers chain on the promise, so calls made
// before it loads run in order once it has.
import type { OutboxSender } from './outbox-sender.js';

let loading: Promise<OutboxSender> | undefined;

export function withSender(): Promise<OutboxSender> {
  loading ??= import('./page-sender.js').then((module) => module.getSender());
  return loading;
}
