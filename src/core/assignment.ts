// What the clinician sends: exercise, sizing, their own words, and per-client wording
// overrides (ARCHITECTURE.md, "Assignment"). All text in it is rendered as text.
import * as z from 'zod/mini';
import { id, label, text } from './schema-parts.js';

export const EXERCISES = ['thought-record', 'mood-tracker', 'behavioural-experiment'] as const;
export type Exercise = (typeof EXERCISES)[number];

export const assignmentSchema = z.object({
  id: id(),
  exercise: z.enum(EXERCISES),
  title: z.optional(label()),
  instructions: z.optional(text()),
  /** The clinician's personal note to the client. */
  note: z.optional(text()),
  /** ISO date (YYYY-MM-DD) or date-time. */
  dueDate: z.optional(z.string().check(z.maxLength(40))),
  size: z.optional(z.enum(['quick', 'standard', 'full'])),
  columns: z.optional(z.union([z.literal(3), z.literal(5), z.literal(7)])),
  locale: z.optional(z.string().check(z.maxLength(35))),
  /** Replacement wording for any message key (prompts, hints, examples). */
  overrides: z.optional(z.record(z.string().check(z.maxLength(100)), text())),
  /** The clinician's own distortion labels instead of Burns's ten. */
  distortions: z.optional(z.array(label()).check(z.maxLength(30))),
  /** Whether distortion labels are offered at all (default: offered, optional). */
  showDistortions: z.optional(z.boolean()),
  /** Mood tracker: the overall mood scale (default 0-10). */
  scale: z.optional(z.enum(['0-10', '0-100', 'valence'])),
  /** Mood tracker: the clinician's emotion words instead of the default list. */
  emotions: z.optional(z.array(label()).check(z.maxLength(40))),
  /** Behavioural experiment: the client may submit the plan alone (marked as such). */
  allowPlanOnly: z.optional(z.boolean()),
  variant: z.optional(label()),
});
export type Assignment = z.infer<typeof assignmentSchema>;

export function parseAssignment(candidate: unknown) {
  return z.safeParse(assignmentSchema, candidate);
}
