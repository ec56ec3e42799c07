// The page's outbox sender (delivery, retries, backoff) as a chunk of its own, loaded
// after first paint; see store.ts. Callers chain on the promise, so calls made
// before it loads run in order once it has. A failed load is not kept (on-demand.ts):
// the next call tries the chunk again.
import { onDemand } from '../core/on-demand.js';
import type { OutboxSender } from '../sync/outbox-sender.js';

const loadSender = onDemand('page-sender', () => import('../sync/page-sender.js'));

export const withSender = (): Promise<OutboxSender> => loadSender().then((module) => module.getSender());
