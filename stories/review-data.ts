// Entries for the review panel's stories, shaped like the client widgets' own (each is
// validated, so a story never shows something the library would not produce).
import { validateEntry, type Entry } from '../src/core/entry.js';

const DAY = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
let serial = 0;

/** `daysAgo` days before today at `hour`, written with a +01:00 offset like a device in Lisbon in winter. */
function at(daysAgo: number, hour: number): string {
  const day = new Date(Date.now() - daysAgo * DAY).toISOString().slice(0, 10);
  return `${day}T${pad(hour)}:${pad((daysAgo * 13) % 60)}:00.000+01:00`;
}

function entry(exercise: Entry['exercise'], when: string, data: unknown, review: Record<string, unknown> = {}): Entry {
  serial++;
  const check = validateEntry({
    id: `7b0c1d2e-0000-4000-8000-${pad(serial, 12)}`,
    exercise,
    schema: `${exercise}/1`,
    assignmentId:
      exercise === 'thought-record' ? 'a-thoughts' : exercise === 'mood-tracker' ? 'a-mood' : 'a-experiment',
    subject: 'story-client',
    status: 'completed',
    locale: 'en',
    createdAt: when,
    updatedAt: when,
    completedAt: when,
    data,
    engagement: {
      activeSeconds: 60 + ((serial * 37) % 600),
      sittings: 1 + (serial % 3 === 0 ? 1 : 0),
      edits: 12,
      fieldsFilled: 4,
      fieldsOffered: 7,
      selfReview: { obstacles: [], reflection: '', ...review },
    },
  });
  if (!check.ok) throw new Error(`Story entry is not valid: ${check.problems.join('; ')}`);
  return check.value;
}

export const thoughtRecordEntry = (daysAgo: number, i = 0) =>
  entry(
    'thought-record',
    at(daysAgo, 20),
    {
      columns: 7,
      situation: ['Team meeting ran late; my manager asked about the deadline', 'Friend did not reply all day'][i % 2],
      moods: [
        { id: 'm1', name: i % 2 ? 'Lonely' : 'Anxious', intensity: 70 + (i % 3) * 10, rerated: 40 + (i % 4) * 5 },
      ],
      thoughts: [{ id: 't1', text: i % 2 ? 'Nobody cares about me' : 'I am going to be fired', hot: true }],
      distortions: [
        ['jumping-to-conclusions', 'mental-filter'],
        ['labelling'],
        ['all-or-nothing', 'jumping-to-conclusions'],
      ][i % 3],
      evidenceFor: 'She frowned when I answered.',
      evidenceAgainst: 'She thanked me for the report last week.',
      balancedThought: 'She is under pressure too; one question is not a verdict on my work.',
      balancedBelief: 60,
    },
    i % 3 === 0
      ? { effort: 3, usefulness: 3, reflection: 'Writing the evidence down slowed the spiral.' }
      : { effort: 2 },
  );

export const moodEntry = (daysAgo: number, hour: number, value: number, activity?: string) =>
  entry('mood-tracker', at(daysAgo, hour), {
    at: at(daysAgo, hour),
    mood: { value, scale: '0-10' },
    emotions: value < 4 ? [{ name: 'tired', intensity: 6 }] : [],
    doing: activity ?? '',
    withWhom: '',
    trigger: '',
    ...(activity ? { activity: { name: activity, mastery: (value + 3) % 11, pleasure: value } } : {}),
    note: '',
  });

export const experimentEntry = (daysAgo: number, before: number, after: number, planOnly = false) =>
  entry(
    'behavioural-experiment',
    at(daysAgo, 12),
    {
      phase: planOnly ? 'plan' : 'outcome',
      phaseCompleted: planOnly ? 'plan' : 'outcome',
      type: 'hypothesis',
      targetBelief: 'If I speak up in the meeting, people will laugh',
      targetBeliefBefore: before,
      alternativeBelief: 'People are mostly busy with their own work',
      experiment: 'Ask one question in the Tuesday meeting',
      place: 'Office',
      prediction: 'Someone will laugh or roll their eyes',
      predictionCheck: 'I will watch faces while I ask',
      safetyBehaviours: [{ id: 's1', text: 'Rehearsing the question ten times' }],
      obstacles: [],
      outcome: planOnly ? '' : 'Two people nodded; my manager wrote the question down',
      comparison: planOnly ? '' : 'Nobody laughed',
      learned: planOnly ? '' : 'My prediction did not come true',
      ...(planOnly ? {} : { targetBeliefAfter: after }),
      previous: [],
    },
    { usefulness: 4, obstacles: planOnly ? ['avoided'] : [], reflection: planOnly ? '' : 'I can ask questions.' },
  );

export const oneOfEach = (): Entry[] => [
  thoughtRecordEntry(2),
  moodEntry(1, 9, 6, 'Walk by the river'),
  experimentEntry(0, 80, 40),
];

/** A year: check-ins most days, a thought record a week, an experiment a month (linked repeats). */
export function yearOfMixedData(): Entry[] {
  const entries: Entry[] = [];
  const activities = ['Walk', 'Cooking', 'Work', 'Reading', 'Calling a friend'];
  for (let daysAgo = 364; daysAgo >= 0; daysAgo--) {
    if (daysAgo % 11 !== 4) {
      for (const [slot, hour] of [8, 14, 21].entries()) {
        if ((daysAgo + slot) % 3 === 2) continue;
        const value = Math.round(5 + 2.5 * Math.sin(daysAgo / 9) + (slot === 1 ? 1 : -0.5));
        entries.push(moodEntry(daysAgo, hour, Math.min(10, Math.max(0, value)), activities[(daysAgo + slot) % 5]));
      }
    }
    if (daysAgo % 7 === 3) entries.push(thoughtRecordEntry(daysAgo, daysAgo));
    if (daysAgo % 30 === 5)
      entries.push(experimentEntry(daysAgo, Math.min(100, Math.round(40 + daysAgo / 5)), Math.round(30 + daysAgo / 8)));
  }
  return entries;
}

/** What a host's store might hold besides good entries: damaged records and a newer version. */
export function withInvalidEntries(): unknown[] {
  return [
    ...oneOfEach(),
    {
      id: 'damaged-1',
      exercise: 'mood-tracker',
      schema: 'mood-tracker/1',
      completedAt: at(0, 10),
      data: { mood: 'fine' },
    },
    { id: 'damaged-2', exercise: 'thought-record', schema: 'thought-record/1' },
    'a line of text where an entry should be',
    {
      id: 'newer-1',
      exercise: 'thought-record',
      schema: 'thought-record/2',
      completedAt: at(1, 18),
      data: {
        situation: 'At the bus stop',
        moods: [{ name: 'Worried', intensity: 60 }],
        bodySensations: ['tight chest'],
      },
    },
  ];
}
