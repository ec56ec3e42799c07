// Review items with the core's entry check built in: for hosts and servers that parse
// records outside the panel (the panel loads the check lazily and uses itemFrom).
import { validateEntry } from '../core/entry.js';
import { distinctKeys, itemFrom, type ReviewItem } from './review-item.js';

export function parseItem(record: unknown, index = 0): ReviewItem {
  return itemFrom(record, index, validateEntry);
}

export function parseItems(records: readonly unknown[]): ReviewItem[] {
  return distinctKeys(records.map((record, index) => parseItem(record, index)));
}
