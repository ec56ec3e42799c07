// Classic-script twin of sender.ts: the script holds the sender anyway.
import type { OutboxSender } from '../sync/outbox-sender.js';
import { getSender } from '../sync/page-sender.js';

export const withSender = (): Promise<OutboxSender> => Promise.resolve(getSender());
