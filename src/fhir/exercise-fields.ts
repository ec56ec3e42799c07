// The three exercises as FHIR items. Item text is the English wording the widgets show
// (src/i18n/en), without the "{number}" placeholders a repeated row uses on screen. Text
// taken from the catalogue keeps its keys (`wording`), so the published Questionnaire carries
// each translated catalogue's wording too (translations.ts); text written here is English only.
import type { Exercise } from '../core/assignment.js';
import { behaviouralExperiment as be } from '../i18n/en/behavioural-experiment.js';
import { common } from '../i18n/en/common.js';
import { moodTracker as mood } from '../i18n/en/mood-tracker.js';
import { thoughtRecord as tr } from '../i18n/en/thought-record.js';
import type { EnableWhen, Field, Wording } from './fields.js';
import { CODE_SYSTEM_BASE } from './urls.js';

// The code lists of the exercise modules, repeated here because those modules build zod
// schemas: the writer loads on its own (dist/cdn/fhir.js) and must not carry a second zod.
// A test checks that each list equals the exercise module's.
export const CODES = {
  distortions: [
    'all-or-nothing',
    'overgeneralisation',
    'mental-filter',
    'disqualifying-the-positive',
    'jumping-to-conclusions',
    'magnification-minimisation',
    'emotional-reasoning',
    'should-statements',
    'labelling',
    'personalisation',
  ],
  emotions: ['happy', 'calm', 'hopeful', 'sad', 'anxious', 'angry', 'ashamed', 'guilty', 'lonely', 'tired'],
  moodScales: ['0-10', '0-100', 'valence'],
  experimentPhases: ['plan', 'outcome'],
  experimentTypes: ['hypothesis', 'survey'],
  obstacles: ['forgot', 'too-big', 'unclear', 'did-not-fit', 'avoided', 'other'],
} as const;

/**
 * The self-review's English (src/i18n/en/self-review.ts), repeated: that catalogue travels in
 * the schemas' chunk, and importing it would make the CDN's fhir.js share a chunk with it.
 * A test checks the two agree.
 */
export const SELF_REVIEW_ENGLISH = {
  'review.legend': 'Looking back (optional)',
  'review.effort': 'Effort: how much effort did I put in?',
  'review.usefulness': 'Usefulness: how useful was this for me?',
  'review.difficulty': 'Difficulty: how hard was it?',
  'review.scale.0': 'None',
  'review.scale.4': 'A lot',
  'review.obstacles': 'Obstacles: what got in the way?',
  'obstacle.forgot': 'I forgot',
  'obstacle.too-big': 'It felt too big',
  'obstacle.unclear': 'It was unclear',
  'obstacle.did-not-fit': 'It did not fit my situation',
  'obstacle.avoided': 'I put it off',
  'obstacle.other': 'Something else',
  'review.reflection': 'What I take from this (one line)',
} as const;

const english = { ...common, ...tr, ...mood, ...be, ...SELF_REVIEW_ENGLISH } as Record<string, string>;
const say = (key: string) => english[key] ?? key;
/** Item text from the catalogue: the English, and how it is worded for the translations. */
const worded = (wording: Wording) => ({ text: wording(say), wording });
const message = (key: string) => worded((m) => m(key));
/** A choice's displays: the catalogue's wording of each code, as the widget names it. */
const displays = (prefix: string) => ({
  display: (code: string) => say(prefix + code),
  displayKey: (code: string) => prefix + code,
});
/**
 * The review panel's label for the same part, without the widget's "(optional)". Its English
 * is written here (that catalogue is the clinician's, not in the writer); a test checks it.
 */
const panelLabel = (english: string, key: string) => ({ text: english, wording: ((m) => m(key)) as Wording });
const rating100 = { type: 'integer', min: 0, max: 100, optional: true } as const;
/** Short labels and ids: the schemas' `label()` and `id()`, with their shorter limit. */
const short = { short: true } as const;

export const codeSystems = {
  distortion: CODE_SYSTEM_BASE + 'distortion',
  emotion: CODE_SYSTEM_BASE + 'emotion',
  moodScale: CODE_SYSTEM_BASE + 'mood-scale',
  experimentType: CODE_SYSTEM_BASE + 'experiment-type',
  experimentPhase: CODE_SYSTEM_BASE + 'experiment-phase',
  obstacle: CODE_SYSTEM_BASE + 'obstacle',
} as const;

const phase = (key: string, text: string, initial?: string): Field => ({
  key,
  text,
  type: 'choice',
  system: codeSystems.experimentPhase,
  codes: CODES.experimentPhases,
  ...displays('be.phase.'),
  ...(initial ? { initial } : {}),
});

// What the widgets show only after another answer. The thought record's steps by column
// count (thought-record.ts): evidence in 7 columns, the balanced thought and re-rating in 5 and 7.
const in7Columns: EnableWhen = { question: 'columns', operator: '=', answerInteger: 7 };
const beyond3Columns: EnableWhen = { question: 'columns', operator: '!=', answerInteger: 3 };
/** The experiment's outcome fields: shown once the client moved on to the outcome. */
const inOutcome: EnableWhen[] = [
  { question: 'phase', operator: '=', answerCoding: { system: codeSystems.experimentPhase, code: 'outcome' } },
];

const thoughtRecord: Field[] = [
  // The assignment's setting, shown not asked; 7 when nothing sets another (the widget's default).
  {
    key: 'columns',
    text: 'Columns of the thought record (3, 5 or 7)',
    type: 'integer',
    options: [3, 5, 7],
    readOnly: true,
    initial: 7,
  },
  { key: 'situation', ...message('tr.situation.label'), type: 'text' },
  {
    key: 'moods',
    ...message('tr.moods.legend'),
    type: 'group',
    repeats: true,
    items: [
      { key: 'id', text: 'Mood id', type: 'string', hidden: true, ...short },
      { key: 'name', text: 'Mood: word for the mood', type: 'string', ...short },
      // Absent when the client named the mood but did not rate it (schema version 2).
      { key: 'intensity', text: 'Mood: how strong was it? (0-100)', ...rating100 },
      // Re-rated in 5 and 7 columns, each mood the client named (rated before or not): both hold.
      {
        key: 'rerated',
        text: 'Re-rate moods: how strong is it now? (0-100)',
        ...rating100,
        enableWhen: [beyond3Columns, { question: 'moods.name', operator: 'exists', answerBoolean: true }],
      },
    ],
  },
  {
    key: 'thoughts',
    ...message('tr.thoughts.legend'),
    type: 'group',
    repeats: true,
    items: [
      { key: 'id', text: 'Thought id', type: 'string', hidden: true, ...short },
      { key: 'text', text: 'Automatic thought', type: 'text' },
      { key: 'hot', text: 'This is my hot thought', type: 'boolean' },
      { key: 'belief', text: 'Automatic thought: how much I believe it (0-100)', ...rating100 },
    ],
  },
  {
    key: 'distortions',
    ...message('tr.distortions.legend'),
    type: 'choice',
    system: codeSystems.distortion,
    codes: CODES.distortions,
    ...displays('distortion.'),
    open: true,
    repeats: true,
    ...short,
  },
  { key: 'evidenceFor', ...message('tr.evidenceFor.label'), type: 'text', enableWhen: [in7Columns] },
  { key: 'evidenceAgainst', ...message('tr.evidenceAgainst.label'), type: 'text', enableWhen: [in7Columns] },
  { key: 'balancedThought', ...message('tr.balanced.label'), type: 'text', enableWhen: [beyond3Columns] },
  { key: 'balancedBelief', ...message('tr.balanced.belief'), ...rating100, enableWhen: [beyond3Columns] },
  { key: 'hotBeliefAfter', ...message('tr.rerate.hotBelief'), ...rating100, enableWhen: [beyond3Columns] },
];

const moodTracker: Field[] = [
  { key: 'at', text: 'When: the time this check-in is about', type: 'dateTime' },
  {
    key: 'mood',
    ...message('mood.valence'),
    type: 'group',
    items: [
      // The range depends on the scale (0-10, 0-100, -3..3), so no min/max on the item.
      { key: 'value', text: 'Mood: how do I feel? (on the scale below)', type: 'integer' },
      {
        key: 'scale',
        text: 'Mood: the scale of the rating',
        type: 'choice',
        system: codeSystems.moodScale,
        codes: CODES.moodScales,
        display: (code) => code,
        // The assignment's setting, shown not asked; 0-10 when nothing sets another.
        readOnly: true,
        initial: '0-10',
      },
    ],
  },
  {
    key: 'emotions',
    ...message('mood.emotions.legend'),
    type: 'group',
    repeats: true,
    items: [
      {
        key: 'name',
        text: 'Emotion',
        type: 'choice',
        system: codeSystems.emotion,
        codes: CODES.emotions,
        ...displays('mood.emotion.'),
        open: true,
        ...short,
      },
      { key: 'intensity', text: 'Emotion: how strong? (0-10)', type: 'integer', min: 0, max: 10, optional: true },
    ],
  },
  { key: 'doing', ...message('mood.doing'), type: 'text' },
  { key: 'withWhom', ...message('mood.withWhom'), type: 'text' },
  { key: 'trigger', ...message('mood.trigger'), type: 'text' },
  {
    key: 'sleep',
    text: 'Sleep',
    type: 'group',
    optional: true,
    items: [
      {
        key: 'hours',
        ...message('mood.sleep.hours'),
        type: 'decimal',
        min: 0,
        max: 24,
        optional: true,
        // LOINC 93832-4 Sleep duration (observations.ts writes the same code).
        code: [{ system: 'http://loinc.org', code: '93832-4', display: 'Sleep duration' }],
      },
      {
        key: 'quality',
        text: 'Sleep: how well did I sleep? (0 very badly - 4 very well)',
        type: 'integer',
        min: 0,
        max: 4,
        optional: true,
      },
    ],
  },
  {
    key: 'activity',
    ...panelLabel('Activity', 'rp.mood.activity'),
    type: 'group',
    optional: true,
    items: [
      { key: 'name', ...message('mood.activity.name'), type: 'string', ...short },
      { key: 'mastery', ...message('mood.activity.mastery'), type: 'integer', min: 0, max: 10, optional: true },
      { key: 'pleasure', ...message('mood.activity.pleasure'), type: 'integer', min: 0, max: 10, optional: true },
    ],
  },
  { key: 'note', ...panelLabel('Note', 'rp.mood.note'), type: 'text' },
];

const behaviouralExperiment: Field[] = [
  // The client's own step (plan now, outcome days later); a draft begins with the plan.
  phase('phase', 'Phase the client was in', 'plan'),
  {
    key: 'type',
    ...message('be.type.legend'),
    type: 'choice',
    system: codeSystems.experimentType,
    codes: CODES.experimentTypes,
    ...displays('be.type.'),
  },
  { key: 'targetBelief', ...message('be.target.label'), type: 'text' },
  { key: 'targetBeliefBefore', ...message('be.target.before'), ...rating100 },
  { key: 'alternativeBelief', ...message('be.alternative.label'), type: 'text' },
  { key: 'alternativeBeliefBefore', ...message('be.alternative.before'), ...rating100 },
  { key: 'experiment', ...message('be.experiment.label'), type: 'text' },
  { key: 'scheduledFor', ...message('be.when.label'), type: 'dateTime', optional: true },
  { key: 'place', ...message('be.where.label'), type: 'text' },
  { key: 'prediction', ...message('be.prediction.label'), type: 'text' },
  { key: 'predictionCheck', ...message('be.prediction.check'), type: 'text' },
  {
    key: 'safetyBehaviours',
    ...message('be.safetyBehaviours.legend'),
    type: 'group',
    repeats: true,
    items: [
      { key: 'id', text: 'Safety behaviour id', type: 'string', hidden: true, ...short },
      { key: 'text', text: 'Safety behaviour I will drop', type: 'text' },
    ],
  },
  {
    key: 'obstacles',
    ...message('be.obstacles.legend'),
    type: 'group',
    repeats: true,
    items: [
      { key: 'id', text: 'Obstacle id', type: 'string', hidden: true, ...short },
      { key: 'obstacle', text: 'Obstacle: if this happens…', type: 'text' },
      { key: 'strategy', text: 'Obstacle: …then I will', type: 'text' },
    ],
  },
  { key: 'outcome', ...message('be.outcome.label'), type: 'text', enableWhen: inOutcome },
  { key: 'comparison', ...message('be.comparison.label'), type: 'text', enableWhen: inOutcome },
  { key: 'learned', ...message('be.learned.label'), type: 'text', enableWhen: inOutcome },
  { key: 'targetBeliefAfter', ...message('be.target.after'), ...rating100, enableWhen: inOutcome },
  { key: 'alternativeBeliefAfter', ...message('be.alternative.after'), ...rating100, enableWhen: inOutcome },
  {
    key: 'fromThought',
    text: 'The thought from a thought record this experiment tests',
    type: 'group',
    optional: true,
    items: [
      { key: 'text', text: 'Thought', type: 'text' },
      { key: 'entryId', text: 'Thought record entry id', type: 'string', optional: true, hidden: true, ...short },
    ],
  },
  {
    key: 'previous',
    ...message('be.earlier'),
    type: 'group',
    repeats: true,
    items: [
      { key: 'entryId', text: 'Earlier run: entry id', type: 'string', hidden: true, ...short },
      { key: 'beliefBefore', text: 'Earlier run: target belief before (0-100)', ...rating100 },
      { key: 'beliefAfter', text: 'Earlier run: target belief after (0-100)', ...rating100 },
      { key: 'completedAt', text: 'Earlier run: completed at', type: 'dateTime' },
    ],
  },
  { key: 'plannedAt', text: 'When the plan was begun', type: 'dateTime', optional: true },
  { key: 'planCompletedAt', text: 'When the plan was completed', type: 'dateTime', optional: true },
  { key: 'outcomeRecordedAt', text: 'When the outcome was recorded', type: 'dateTime', optional: true },
  phase('phaseCompleted', 'Phase completed (the plan alone, or plan and outcome)'),
];

/** "Please look at this", on every exercise: present only when the client marked the entry. */
const flag: Field = {
  key: 'flagged',
  text: 'Please look at this: the client marked this entry for the next review',
  type: 'boolean',
  optional: true,
};

export const EXERCISE_FIELDS: Record<Exercise, readonly Field[]> = {
  'thought-record': [...thoughtRecord, flag],
  'mood-tracker': [...moodTracker, flag],
  'behavioural-experiment': [...behaviouralExperiment, flag],
};

/** Each Questionnaire's title: the widget's heading. */
export const EXERCISE_TITLES: Record<Exercise, { text: string; wording: Wording }> = {
  'thought-record': message('tr.title'),
  'mood-tracker': message('mood.title'),
  'behavioural-experiment': message('be.title'),
};

/** The self-review's obstacle codes, as they travel in the engagement extension. */
export const obstacleDisplay = displays('obstacle.').display;

const selfRating = (key: 'effort' | 'usefulness' | 'difficulty'): Field => ({
  key,
  ...worded((m) => `${m(`review.${key}`)} (0 ${m('review.scale.0')} - 4 ${m('review.scale.4')})`),
  type: 'integer',
  min: 0,
  max: 4,
  optional: true,
});

/**
 * The closing self-review as Questionnaire items, on every exercise, so a tool that knows
 * only the Questionnaire sees it. It is engagement, not exercise data: the writer fills it
 * from entry.engagement.selfReview (which the engagement extension carries too).
 */
export const SELF_REVIEW_FIELD: Field = {
  key: 'selfReview',
  ...message('review.legend'),
  type: 'group',
  optional: true,
  items: [
    selfRating('effort'),
    selfRating('usefulness'),
    selfRating('difficulty'),
    {
      key: 'obstacles',
      ...message('review.obstacles'),
      type: 'choice',
      system: codeSystems.obstacle,
      codes: CODES.obstacles,
      ...displays('obstacle.'),
      repeats: true,
    },
    { key: 'reflection', ...message('review.reflection'), type: 'text' },
  ],
};
