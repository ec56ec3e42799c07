// The page's one outbox sender, created on first use (never at import time).
import { getStore } from '../storage/open-store.js';
import { OutboxSender } from './outbox-sender.js';

let sender: OutboxSender | null = null;

export function getSender(): OutboxSender {
  sender ??= new OutboxSender(getStore);
  return sender;
}
