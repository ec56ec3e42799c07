// What the client wrote in an entry (the exercise's answers and the self-review), as text they
// can copy: offered when an entry cannot be stored or sent, or the server refused it.
import type { OutboxEntry } from './records.js';

export function answersText(item: OutboxEntry): string {
  const { data, engagement } = item.entry as { data: unknown; engagement?: { selfReview?: unknown } };
  return JSON.stringify({ answers: data, selfReview: engagement?.selfReview }, null, 2);
}
