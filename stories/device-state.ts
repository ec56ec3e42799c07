// What a device holds before a story renders, written through the library's own store
// the way an earlier visit would have left it: nothing, a draft, or entries in the outbox.
import { isoWithOffset, now } from '../src/core/clock.js';
import { validateEntry, type Entry } from '../src/core/entry.js';
import { emptyThoughtRecord, type ThoughtRecordData } from '../src/exercises/thought-record.js';
import { getStore } from '../src/storage/open-store.js';
import type { Draft, HomeworkStore, OutboxEntry } from '../src/storage/records.js';

const MINUTE = 60_000;

/**
 * A loader that empties the store, then writes what the story needs. Clearing and writing
 * happen in one loader because Storybook runs a story's loaders in parallel.
 */
export function onDevice(seed?: (store: HomeworkStore) => Promise<unknown>): () => Promise<void> {
  return async () => {
    const store = await getStore();
    await store.clear();
    await seed?.(store);
  };
}

/** A seven-column record worked through to the end, as a client might leave it unsent. */
export function workedThoughtRecord(): ThoughtRecordData {
  return {
    ...emptyThoughtRecord(7),
    situation:
      'Sunday evening, 9 pm. An email from my manager: "Can we have a quick chat first thing tomorrow?" Nothing else.',
    moods: [
      { id: 'mood-anxious', name: 'Anxious', intensity: 85, rerated: 40 },
      { id: 'mood-ashamed', name: 'Ashamed', intensity: 60, rerated: 25 },
    ],
    thoughts: [
      { id: 'thought-let-go', text: 'I have done something wrong and they are going to let me go.', hot: true },
      { id: 'thought-noticed', text: 'Everyone in the team has noticed that I am not coping.', hot: false },
    ],
    distortions: ['jumping-to-conclusions', 'magnification-minimisation'],
    evidenceFor: 'The email was short and did not say what it is about. I missed a deadline two weeks ago.',
    evidenceAgainst:
      'The deadline was moved with her agreement. My last review was good. She books "quick chats" with everyone before planning week.',
    balancedThought:
      'A short email tells me nothing about the meeting. It is more likely to be about planning than about my job, and if it is about the deadline, I can explain what was agreed.',
    balancedBelief: 70,
  };
}

/** The draft a client left on this device two sittings ago. */
export function savedDraft(key: string, data: ThoughtRecordData): Draft {
  const started = now() - 2 * 24 * 60 * MINUTE;
  return {
    key,
    exercise: 'thought-record',
    entryId: crypto.randomUUID(),
    assignmentId: null,
    data,
    selfReview: { effort: 3, obstacles: ['too-big'], reflection: '' },
    engagement: { activeMs: 14 * MINUTE, sittings: 2, edits: 41 },
    createdAt: isoWithOffset(started),
    updatedAt: isoWithOffset(now() - 5 * MINUTE),
  };
}

/** A completed entry in the outbox, as the widget queues it on submit. */
export function queuedEntry(
  endpoint: string,
  assignmentId: string,
  delivery: Pick<OutboxEntry, 'state' | 'attempts' | 'lastError'>,
): OutboxEntry {
  const data: ThoughtRecordData = {
    ...emptyThoughtRecord(7),
    situation: 'Meeting at work',
    moods: [{ id: 'mood-tense', name: 'Tense', intensity: 70 }],
  };
  const candidate = {
    id: crypto.randomUUID(),
    exercise: 'thought-record',
    schema: 'thought-record/1',
    assignmentId,
    subject: null,
    status: 'completed',
    locale: 'en',
    createdAt: isoWithOffset(now() - 20 * MINUTE),
    updatedAt: isoWithOffset(now() - 12 * MINUTE),
    completedAt: isoWithOffset(now() - 10 * MINUTE),
    data,
    engagement: {
      activeSeconds: 480,
      sittings: 1,
      edits: 9,
      fieldsFilled: 2,
      fieldsOffered: 7,
      selfReview: { obstacles: [], reflection: '' },
    },
  };
  // A story must show what the library does with a real entry, so an invalid sample fails loudly.
  const check = validateEntry(candidate);
  if (!check.ok) throw new Error(`Story entry is not valid: ${check.problems.join('; ')}`);
  const entry: Entry = check.value;
  return {
    id: entry.id,
    endpoint,
    entry,
    nextAttemptAt: now(),
    queuedAt: now() - 10 * MINUTE,
    ...delivery,
  };
}
