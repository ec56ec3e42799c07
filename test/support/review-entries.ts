// Entries as the three client widgets build them, for the review panel's tests. Each
// builder returns a valid entry (checked), with the parts a test cares about overridable.
import { validateEntry, type Entry } from '../../src/core/entry.js';

let counter = 0;

/** A uuid that is stable per call order, so failures are reproducible. */
export function testId(): string {
  counter++;
  return `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
}

type Envelope = Partial<Omit<Entry, 'data' | 'exercise' | 'schema'>>;

function envelope(at: string, overrides: Envelope = {}) {
  return {
    id: testId(),
    assignmentId: null,
    subject: 'client-1',
    status: 'completed' as const,
    locale: 'en',
    createdAt: at,
    updatedAt: at,
    completedAt: at,
    engagement: {
      activeSeconds: 120,
      sittings: 1,
      edits: 10,
      fieldsFilled: 3,
      fieldsOffered: 7,
      selfReview: { obstacles: [], reflection: '' },
    },
    ...overrides,
  };
}

function checked(candidate: unknown): Entry {
  const result = validateEntry(candidate);
  if (!result.ok) throw new Error(`Test entry is not valid: ${result.problems.join('; ')}`);
  return result.value;
}

export function thoughtRecord(at: string, data: Record<string, unknown> = {}, overrides: Envelope = {}): Entry {
  return checked({
    ...envelope(at, overrides),
    exercise: 'thought-record',
    schema: 'thought-record/1',
    data: {
      columns: 7,
      situation: 'Meeting with my manager',
      moods: [{ id: 'm1', name: 'Anxious', intensity: 80, rerated: 50 }],
      thoughts: [
        { id: 't1', text: 'I will be fired', hot: true },
        { id: 't2', text: 'She looked annoyed', hot: false },
      ],
      distortions: ['jumping-to-conclusions'],
      evidenceFor: 'She frowned',
      evidenceAgainst: 'She praised my report last week',
      balancedThought: 'She may have been tired; my work has been fine',
      balancedBelief: 60,
      ...data,
    },
  });
}

export function moodCheckIn(at: string, data: Record<string, unknown> = {}, overrides: Envelope = {}): Entry {
  return checked({
    ...envelope(at, overrides),
    exercise: 'mood-tracker',
    schema: 'mood-tracker/1',
    data: {
      at,
      mood: { value: 6, scale: '0-10' },
      emotions: [],
      doing: '',
      withWhom: '',
      trigger: '',
      note: '',
      ...data,
    },
  });
}

export function experiment(at: string, data: Record<string, unknown> = {}, overrides: Envelope = {}): Entry {
  return checked({
    ...envelope(at, overrides),
    exercise: 'behavioural-experiment',
    schema: 'behavioural-experiment/1',
    data: {
      phase: 'outcome',
      phaseCompleted: 'outcome',
      type: 'hypothesis',
      targetBelief: 'If I speak up, people will laugh',
      targetBeliefBefore: 80,
      alternativeBelief: '',
      experiment: 'Ask one question in the team meeting',
      place: 'Office',
      prediction: 'Everyone will laugh',
      predictionCheck: 'I will see people laughing',
      safetyBehaviours: [],
      obstacles: [],
      outcome: 'Two people nodded, nobody laughed',
      comparison: 'Not what I predicted',
      learned: 'People mostly did not react',
      targetBeliefAfter: 40,
      previous: [],
      ...data,
    },
  });
}
