// The exercises and framings an assignment names, without zod (the assignment's schema is
// in assignment.ts, which elements load apart, on demand).
export const EXERCISES = ['thought-record', 'mood-tracker', 'behavioural-experiment'] as const;
export type Exercise = (typeof EXERCISES)[number];

/**
 * Why the client is asked to do this: for their own growth, to support their family, or
 * their community. Widgets show the
 * framing's intro (message `framing.<framing>`, overridable like any message).
 */
export const FRAMINGS = ['self-improvement', 'family', 'community'] as const;
export type Framing = (typeof FRAMINGS)[number];
