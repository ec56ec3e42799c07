// The mood check-in (mood monitoring with behavioural-activation activity ratings).
// Pure and DOM-free: scales, defaults, what stops a submit, filled fields. The schemas are
// in mood-tracker-schema.ts, loaded apart (zod is not in an element's first load).
import type { MoodCheckInDraft, MoodRating, MoodTrackerData } from './mood-tracker-schema.js';

export type { Emotion, MoodCheckInDraft, MoodRating, MoodTrackerData } from './mood-tracker-schema.js';

export const MOOD_TRACKER = 'mood-tracker';
export const MOOD_TRACKER_SCHEMA = 'mood-tracker/1';

/** 0-10 (default), 0-100, or seven steps from very unpleasant (-3) to very pleasant (+3). */
export const MOOD_SCALES = ['0-10', '0-100', 'valence'] as const;
export type MoodScale = (typeof MOOD_SCALES)[number];

/** Lowest and highest value of each scale. Valence is centred on 0 (neither), like HealthKit's -1..1. */
export const SCALE_RANGE: Record<MoodScale, readonly [number, number]> = {
  '0-10': [0, 10],
  '0-100': [0, 100],
  valence: [-3, 3],
};

/** The default emotion words (ids; the widget translates them). A clinician's list replaces them. */
export const DEFAULT_EMOTIONS = [
  'happy',
  'calm',
  'hopeful',
  'sad',
  'anxious',
  'angry',
  'ashamed',
  'guilty',
  'lonely',
  'tired',
] as const;

export function emptyCheckIn(): MoodCheckInDraft {
  return { emotions: [], doing: '', withWhom: '', trigger: '', note: '' };
}

export function isMoodScale(value: unknown): value is MoodScale {
  return (MOOD_SCALES as readonly unknown[]).includes(value);
}

/** Where a rating sits between its scale's ends, 0..1: how the history puts scales side by side. */
export function moodLevel(mood: MoodRating): number {
  const [low, high] = SCALE_RANGE[mood.scale];
  return (mood.value - low) / (high - low);
}

/** A 0..1 level on `scale`, unrounded (averages of levels are shown on the widget's scale). */
export function levelOnScale(level: number, scale: MoodScale): number {
  const [low, high] = SCALE_RANGE[scale];
  return low + level * (high - low);
}

/**
 * At or below this overall mood the crisis help comes forward (and the review flags the
 * check-in): the clinician's value can raise it but never take it below the scale's lowest
 * step, which is the default, so the lowest rating always counts.
 */
export function helpThreshold(scale: MoodScale, assigned?: number): number {
  const [low] = SCALE_RANGE[scale];
  return Number.isFinite(assigned) ? Math.max(low, assigned!) : low;
}

export function bringsHelpForward(mood: MoodRating | undefined, assignedThreshold?: number): boolean {
  return !!mood && mood.value <= helpThreshold(mood.scale, assignedThreshold);
}

export type MoodCheckInProblem = 'mood.missing' | 'mood.future';

/** What stops a submit, as message keys: only the overall mood is needed. */
export function submitProblems(draft: MoodCheckInDraft, nowMs: number): MoodCheckInProblem[] {
  const problems: MoodCheckInProblem[] = [];
  if (!draft.mood) problems.push('mood.missing');
  // A minute of slack: the clock may tick between choosing the time and submitting.
  if (draft.at && Date.parse(draft.at) > nowMs + 60_000) problems.push('mood.future');
  return problems;
}

/** The entry's data: the time is fixed now if the client left it at "now". */
export function completeCheckIn(draft: MoodCheckInDraft, completedAt: string): MoodTrackerData {
  return { ...draft, at: draft.at ?? completedAt } as MoodTrackerData;
}

/** Which of the offered parts hold something: an engagement measure, not a score. */
export function filledParts(draft: MoodCheckInDraft): { filled: number; offered: number } {
  const parts = [
    draft.mood !== undefined,
    draft.emotions.length > 0,
    [draft.doing, draft.withWhom, draft.trigger].some((value) => value.trim() !== ''),
    draft.sleep?.hours !== undefined || draft.sleep?.quality !== undefined,
    !!draft.activity?.name.trim() || draft.activity?.mastery !== undefined || draft.activity?.pleasure !== undefined,
    draft.note.trim() !== '',
  ];
  return { filled: parts.filter(Boolean).length, offered: parts.length };
}
