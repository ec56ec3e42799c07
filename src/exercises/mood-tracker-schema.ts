// The mood check-in's schemas (see mood-tracker.ts for scales and checks). Kept apart so
// elements load zod only when they restore a draft or validate an entry.
import * as z from 'zod/mini';
import { flagged, label, rating, text, timestamp } from '../core/schema-parts.js';
import { MOOD_SCALES, SCALE_RANGE } from './mood-tracker.js';

/** The raw value with the scale it was given on, so entries on different scales never mix up. */
export const moodRatingSchema = z.object({ value: z.int(), scale: z.enum(MOOD_SCALES) }).check(
  z.refine(({ value, scale }) => value >= SCALE_RANGE[scale][0] && value <= SCALE_RANGE[scale][1], {
    message: 'Mood is outside its scale',
    path: ['value'],
  }),
);
export type MoodRating = z.infer<typeof moodRatingSchema>;

export const emotionSchema = z.object({
  /** An id from DEFAULT_EMOTIONS, or the clinician's word as written. */
  name: label().check(z.minLength(1)),
  intensity: z.optional(rating(10)),
});
export type Emotion = z.infer<typeof emotionSchema>;

export const moodTrackerDataSchema = z.object({
  /** When the check-in is about: the moment of submitting, or an earlier time the client chose. */
  at: timestamp(),
  mood: moodRatingSchema,
  emotions: z.array(emotionSchema).check(z.maxLength(40)),
  doing: text(),
  withWhom: text(),
  trigger: text(),
  sleep: z.optional(
    z.object({
      /** Hours of sleep last night, in half hours. */
      hours: z.optional(z.number().check(z.gte(0), z.lte(24), z.multipleOf(0.5))),
      /** 0 (very badly) .. 4 (very well). */
      quality: z.optional(rating(4)),
    }),
  ),
  activity: z.optional(
    z.object({
      name: label(),
      mastery: z.optional(rating(10)),
      pleasure: z.optional(rating(10)),
    }),
  ),
  note: text(),
  flagged: flagged(),
});
export type MoodTrackerData = z.infer<typeof moodTrackerDataSchema>;

/** A check-in being filled in: no mood until the client chooses one; no time means "now". */
export const moodCheckInDraftSchema = z.extend(moodTrackerDataSchema, {
  at: z.optional(timestamp()),
  mood: z.optional(moodRatingSchema),
});
export type MoodCheckInDraft = z.infer<typeof moodCheckInDraftSchema>;
