// The entry envelope: what a widget delivers to the host's endpoint. Versioned per
// exercise so a backend can tell data of different versions apart.
import * as z from 'zod/mini';
import { BEHAVIOURAL_EXPERIMENT_SCHEMA } from '../exercises/behavioural-experiment.js';
import { behaviouralExperimentDataSchema } from '../exercises/behavioural-experiment-schema.js';
import { MOOD_TRACKER_SCHEMA } from '../exercises/mood-tracker.js';
import { moodTrackerDataSchema } from '../exercises/mood-tracker-schema.js';
import { THOUGHT_RECORD_SCHEMA, THOUGHT_RECORD_SCHEMA_V1 } from '../exercises/thought-record.js';
import { thoughtRecordDataSchema } from '../exercises/thought-record-schema.js';
import { engagementSchema } from './engagement-schema.js';
import { describeIssues, type ValidationResult } from './issues.js';
import { id, label, timestamp } from './schema-parts.js';

export { describeIssues, type ValidationResult } from './issues.js';

const envelopeFields = {
  id: z.uuid(),
  assignmentId: z.nullable(id()),
  subject: z.nullable(id()),
  status: z.literal('completed'),
  locale: z.string().check(z.minLength(2), z.maxLength(35)),
  createdAt: timestamp(),
  updatedAt: timestamp(),
  completedAt: timestamp(),
  engagement: engagementSchema,
  variant: z.optional(label()),
};

export const thoughtRecordEntrySchema = z.object({
  ...envelopeFields,
  exercise: z.literal('thought-record'),
  // Version 1 entries stay readable: their data is version 2's with every mood rated.
  schema: z.enum([THOUGHT_RECORD_SCHEMA, THOUGHT_RECORD_SCHEMA_V1]),
  data: thoughtRecordDataSchema,
});
export type ThoughtRecordEntry = z.infer<typeof thoughtRecordEntrySchema>;

export const moodTrackerEntrySchema = z.object({
  ...envelopeFields,
  exercise: z.literal('mood-tracker'),
  schema: z.literal(MOOD_TRACKER_SCHEMA),
  data: moodTrackerDataSchema,
});
export type MoodTrackerEntry = z.infer<typeof moodTrackerEntrySchema>;

export const behaviouralExperimentEntrySchema = z.object({
  ...envelopeFields,
  exercise: z.literal('behavioural-experiment'),
  schema: z.literal(BEHAVIOURAL_EXPERIMENT_SCHEMA),
  data: behaviouralExperimentDataSchema,
});
export type BehaviouralExperimentEntry = z.infer<typeof behaviouralExperimentEntrySchema>;

/** Every entry the library produces. */
export const entrySchema = z.discriminatedUnion('exercise', [
  thoughtRecordEntrySchema,
  moodTrackerEntrySchema,
  behaviouralExperimentEntrySchema,
]);
export type Entry = z.infer<typeof entrySchema>;

/** Validate anything claiming to be an entry; problems are readable "path: message" lines. */
export function validateEntry(candidate: unknown): ValidationResult<Entry> {
  const result = z.safeParse(entrySchema, candidate);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: describeIssues(result.error.issues) };
}
