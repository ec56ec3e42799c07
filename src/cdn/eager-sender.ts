// The classic script's sender, without the lazy chunk's wrapper (replaces
// src/sync/lazy-sender.ts in that build only).
import type { OutboxSender } from '../sync/outbox-sender.js';
import { getSender } from '../sync/page-sender.js';

export const withSender = (): Promise<OutboxSender> => Promise.resolve(getSender());
