// Entries of every exercise for the FHIR tests: full ones, sparse ones (empty optional
// fields, unrated, plan-only) and hostile text. Plain data, valid by the entry schema.

const engagement = (extra = {}) => ({
  activeSeconds: 312,
  sittings: 2,
  edits: 41,
  fieldsFilled: 5,
  fieldsOffered: 7,
  selfReview: { obstacles: [], reflection: '' },
  ...extra,
});

const envelope = (id, exercise, extra = {}) => ({
  id,
  exercise,
  schema: `${exercise}/1`,
  assignmentId: null,
  subject: null,
  status: 'completed',
  locale: 'en',
  createdAt: '2026-11-20T08:15:00.000+01:00',
  updatedAt: '2026-11-20T09:02:31.120+01:00',
  completedAt: '2026-11-20T09:02:33.004+01:00',
  engagement: engagement(),
  ...extra,
});

const HOSTILE = '<script>alert("x")</script> =HYPERLINK("https://evil.example","click") \'; DROP TABLE entries;--';

export const thoughtRecords = [
  envelope('5b0c1c1e-7d0e-4d6c-9a57-1f8f7f5e0001', 'thought-record', {
    assignmentId: 'a-123',
    subject: 'Patient/pat-42',
    locale: 'es',
    variant: 'hints-on',
    engagement: engagement({
      variant: 'hints-on',
      selfReview: {
        effort: 3,
        usefulness: 4,
        difficulty: 0,
        obstacles: ['forgot', 'too-big'],
        reflection: 'Slow down.',
      },
    }),
    data: {
      columns: 7,
      situation: 'Meeting with my manager on Monday at 10.',
      moods: [
        { id: 'm1', name: 'anxious', intensity: 80, rerated: 40 },
        { id: 'm2', name: 'ashamed', intensity: 0 },
      ],
      thoughts: [
        { id: 't1', text: 'She thinks I am useless.', hot: true },
        { id: 't2', text: 'I will be fired.', hot: false },
      ],
      distortions: ['jumping-to-conclusions', 'labelling', 'Fortune telling (my word)'],
      evidenceFor: 'She frowned.\nShe did not say thank you.',
      evidenceAgainst: 'She asked me to lead the next project.',
      balancedThought: 'She was busy; my work has been praised before.',
      balancedBelief: 70,
    },
  }),
  // Quick three-column record: only the situation, nothing rated, no subject.
  envelope('5b0c1c1e-7d0e-4d6c-9a57-1f8f7f5e0002', 'thought-record', {
    data: {
      columns: 3,
      situation: 'On the bus.',
      moods: [],
      thoughts: [],
      distortions: [],
      evidenceFor: '',
      evidenceAgainst: '',
      balancedThought: '',
    },
  }),
  // Hostile text in every kind of field, a subject that is not a Patient reference.
  envelope('5b0c1c1e-7d0e-4d6c-9a57-1f8f7f5e0003', 'thought-record', {
    subject: 'client 42 / ünïcode <b>',
    locale: 'ar',
    assignmentId: '<img src=x onerror=alert(1)>',
    data: {
      columns: 5,
      situation: HOSTILE,
      moods: [{ id: '"><svg onload=alert(1)>', name: "=cmd|' /C calc'!A0", intensity: 100, rerated: 0 }],
      thoughts: [{ id: 't', text: 'مرحبا 👋🏽 \u202Eevil\u202C  trailing spaces  ', hot: false }],
      distortions: ['<script>', 'all-or-nothing'],
      evidenceFor: '{"resourceType":"Patient"}',
      evidenceAgainst: '',
      balancedThought: '\t indented with a tab',
    },
  }),
];

export const moodCheckIns = [
  envelope('6c1d2d2f-8e1f-4e7d-8b68-2a9a8a6f0001', 'mood-tracker', {
    subject: 'client-7',
    data: {
      at: '2026-11-20T07:30:00.000+01:00',
      mood: { value: 6, scale: '0-10' },
      emotions: [{ name: 'calm', intensity: 7 }, { name: 'hopeful' }, { name: 'Heimweh', intensity: 3 }],
      doing: 'Walking the dog',
      withWhom: 'Alone',
      trigger: 'Sunshine',
      sleep: { hours: 7.5, quality: 3 },
      activity: { name: 'Walk', mastery: 4, pleasure: 8 },
      note: 'Better than yesterday.',
    },
  }),
  // Valence scale, nothing else: the smallest check-in.
  envelope('6c1d2d2f-8e1f-4e7d-8b68-2a9a8a6f0002', 'mood-tracker', {
    locale: 'zh-Hans',
    engagement: engagement({ selfReview: { obstacles: [], reflection: '' } }),
    data: {
      at: '2026-11-19T23:59:59.999-05:00',
      mood: { value: -3, scale: 'valence' },
      emotions: [],
      doing: '',
      withWhom: '',
      trigger: '',
      note: '',
    },
  }),
  // Present but empty optional parts: sleep {} and an unnamed, unrated activity.
  envelope('6c1d2d2f-8e1f-4e7d-8b68-2a9a8a6f0003', 'mood-tracker', {
    data: {
      at: '2026-11-18T12:00:00Z',
      mood: { value: 0, scale: '0-100' },
      emotions: [{ name: 'sad', intensity: 0 }],
      doing: HOSTILE,
      withWhom: '',
      trigger: '',
      sleep: {},
      activity: { name: '' },
      note: '',
    },
  }),
];

export const experiments = [
  envelope('7d2e3e30-9f20-4f8e-9c79-3bab9b7f0001', 'behavioural-experiment', {
    assignmentId: 'a-9',
    subject: 'Patient/1',
    engagement: engagement({ selfReview: { effort: 2, obstacles: ['avoided', 'other'], reflection: 'It went fine.' } }),
    data: {
      phase: 'outcome',
      type: 'hypothesis',
      targetBelief: 'If I speak up, people will think I am stupid.',
      targetBeliefBefore: 85,
      alternativeBelief: 'People will mostly not notice.',
      alternativeBeliefBefore: 20,
      experiment: 'Ask one question in the Tuesday meeting.',
      scheduledFor: '2026-11-24T10:00:00.000+05:45',
      place: 'Room 4',
      prediction: 'Silence, someone laughs.',
      predictionCheck: 'I will watch faces.',
      safetyBehaviours: [{ id: 's1', text: 'Rehearsing the question ten times' }],
      obstacles: [{ id: 'o1', obstacle: 'The meeting is cancelled', strategy: 'Ask by email instead' }],
      outcome: 'Two people nodded; the manager answered.',
      comparison: 'Nobody laughed.',
      learned: 'My prediction was wrong this time.',
      targetBeliefAfter: 40,
      alternativeBeliefAfter: 60,
      fromThought: { text: 'They will think I am stupid.', entryId: '5b0c1c1e-7d0e-4d6c-9a57-1f8f7f5e0001' },
      previous: [
        { entryId: 'earlier-1', beliefBefore: 90, beliefAfter: 70, completedAt: '2026-11-01T18:00:00.000+01:00' },
        { entryId: 'earlier-2', completedAt: '2026-11-08T18:00:00.000+01:00' },
      ],
      plannedAt: '2026-11-20T09:00:00.000+01:00',
      planCompletedAt: '2026-11-24T11:00:00.000+01:00',
      outcomeRecordedAt: '2026-11-24T12:00:00.000+01:00',
      phaseCompleted: 'outcome',
    },
  }),
  // Plan only, nothing rated, no time or place.
  envelope('7d2e3e30-9f20-4f8e-9c79-3bab9b7f0002', 'behavioural-experiment', {
    data: {
      phase: 'plan',
      type: 'survey',
      targetBelief: 'Everyone else finds parties easy.',
      alternativeBelief: '',
      experiment: 'Ask five friends how they feel before a party.',
      place: '',
      prediction: '',
      predictionCheck: '',
      safetyBehaviours: [],
      obstacles: [],
      outcome: '',
      comparison: '',
      learned: '',
      previous: [],
      planCompletedAt: '2026-11-20T09:02:33.004+01:00',
      phaseCompleted: 'plan',
    },
  }),
  // Started from a thought typed by hand (no entry id); hostile text; an obstacle with no strategy.
  envelope('7d2e3e30-9f20-4f8e-9c79-3bab9b7f0003', 'behavioural-experiment', {
    data: {
      phase: 'outcome',
      type: 'hypothesis',
      targetBelief: HOSTILE,
      alternativeBelief: '',
      experiment: '=1+1',
      place: '',
      prediction: '',
      predictionCheck: '',
      safetyBehaviours: [],
      obstacles: [{ id: 'o', obstacle: 'Rain', strategy: '' }],
      outcome: 'It rained.',
      comparison: '',
      learned: '',
      targetBeliefAfter: 0,
      fromThought: { text: 'I always fail.' },
      previous: [],
      phaseCompleted: 'outcome',
    },
  }),
];

export const allEntries = [...thoughtRecords, ...moodCheckIns, ...experiments];

export const assignments = [
  {
    id: 'a-123',
    exercise: 'thought-record',
    title: 'A thought record after Monday’s meeting',
    instructions: 'Fill in the first three columns within a day of a difficult moment.',
    note: 'You did well today. <b>Be kind</b> to yourself.',
    dueDate: '2026-11-27',
    columns: 3,
    locale: 'es',
    overrides: { 'tr.situation.hint': 'Think of Monday.' },
  },
  { id: 'a-9', exercise: 'behavioural-experiment', dueDate: '2026-11-27T18:00:00+01:00', allowPlanOnly: true },
  { id: 'a-m', exercise: 'mood-tracker', scale: 'valence', dueDate: 'next week' },
];
