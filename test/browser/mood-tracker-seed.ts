// Check-ins an earlier visit left on this device, written through the library's own store:
// delivered ones as receipts, unsent ones in the outbox. Every entry is validated first.
import { isoWithOffset } from '../../src/core/clock.js';
import { validateEntry, type Entry } from '../../src/core/entry.js';
import { completeCheckIn, emptyCheckIn, type MoodRating } from '../../src/exercises/mood-tracker.js';
import { getStore } from '../../src/storage/open-store.js';
import { makeReceipt } from '../../src/storage/receipts.js';

export interface SeededCheckIn {
  daysAgo: number;
  hour: number;
  mood: MoodRating;
  sent: boolean;
}

export function moodEntry(checkIn: SeededCheckIn): Entry {
  const when = new Date();
  when.setDate(when.getDate() - checkIn.daysAgo);
  when.setHours(checkIn.hour, 0, 0, 0);
  const at = isoWithOffset(when.getTime());
  const check = validateEntry({
    id: crypto.randomUUID(),
    exercise: 'mood-tracker',
    schema: 'mood-tracker/1',
    assignmentId: null,
    subject: null,
    status: 'completed',
    locale: 'en',
    createdAt: at,
    updatedAt: at,
    completedAt: at,
    data: completeCheckIn({ ...emptyCheckIn(), mood: checkIn.mood }, at),
    engagement: {
      activeSeconds: 12,
      sittings: 1,
      edits: 1,
      fieldsFilled: 1,
      fieldsOffered: 6,
      selfReview: { obstacles: [], reflection: '' },
    },
  });
  if (!check.ok) throw new Error(`Seeded check-in is not valid: ${check.problems.join('; ')}`);
  return check.value;
}

/** Unsent check-ins go to an endpoint nothing listens on, so they stay unsent during the test. */
export async function seedCheckIns(checkIns: SeededCheckIn[], endpoint = 'http://127.0.0.1:9/api/homework') {
  const store = await getStore();
  for (const checkIn of checkIns) {
    const entry = moodEntry(checkIn);
    const deliveredAt = Date.parse(entry.completedAt);
    if (checkIn.sent) {
      await store.markDelivered(
        await makeReceipt(store, { id: entry.id, endpoint, entry, deliveredAt, status: 201 }, false),
      );
    } else {
      await store.queueEntry(`mood-tracker:seed-${entry.id}`, {
        id: entry.id,
        endpoint,
        entry,
        state: 'pending',
        attempts: 0,
        nextAttemptAt: Date.now() + 3_600_000,
        queuedAt: deliveredAt,
      });
    }
  }
}

/** About `perDay` check-ins a day for `days` days, moods on a gentle wave: a plausible history. */
export function daysOfCheckIns(days: number, perDay = 3): SeededCheckIn[] {
  const checkIns: SeededCheckIn[] = [];
  for (let daysAgo = days - 1; daysAgo >= 0; daysAgo--) {
    for (let i = 0; i < perDay; i++) {
      const value = Math.round(5 + 3 * Math.sin(daysAgo / 3 + i));
      checkIns.push({ daysAgo, hour: 8 + i * 5, mood: { value, scale: '0-10' }, sent: true });
    }
  }
  return checkIns;
}
