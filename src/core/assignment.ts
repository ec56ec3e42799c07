// What the clinician sends: exercise, sizing, their own words, and per-client wording
// overrides. All text in it is rendered as text.
import * as z from 'zod/mini';
import { EXERCISES, FRAMINGS } from './assignment-kinds.js';
import { id, label, text } from './schema-parts.js';

export { EXERCISES, FRAMINGS, type Exercise, type Framing } from './assignment-kinds.js';

/**
 * Research switches a study varies between `variant`s. Everything is on by default.
 * `hints: false` hides every hint and example under the fields; `reminders: false` hides
 * the behavioural experiment's calendar (.ics) reminder.
 */
export const featuresSchema = z.object({
  hints: z.optional(z.boolean()),
  reminders: z.optional(z.boolean()),
});
export type Features = z.infer<typeof featuresSchema>;

export const assignmentSchema = z.object({
  id: id(),
  exercise: z.enum(EXERCISES),
  title: z.optional(label()),
  instructions: z.optional(text()),
  /** The clinician's personal note to the client. */
  note: z.optional(text()),
  /** ISO date (YYYY-MM-DD) or date-time. */
  dueDate: z.optional(z.string().check(z.maxLength(40))),
  /**
   * How many entries the clinician asks for (e.g. 3 mood check-ins before the next session);
   * absent means once. The caseload shows "n of m"; it is done when m have arrived.
   */
  times: z.optional(z.int().check(z.gte(1), z.lte(100))),
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
  /**
   * Mood tracker: at or below this overall mood (on the assignment's scale) the crisis help
   * comes forward. Default and floor: the lowest step; a clinician may raise it, never
   * switch it off (a value below the lowest step counts as the lowest).
   */
  helpAtOrBelow: z.optional(z.number().check(z.minimum(-1000), z.maximum(1000))),
  /** Mood tracker: the clinician's emotion words instead of the default list. */
  emotions: z.optional(z.array(label()).check(z.maxLength(40))),
  /** Behavioural experiment: the client may submit the plan alone (marked as such). */
  allowPlanOnly: z.optional(z.boolean()),
  /** Framing of the exercise; its intro is shown above the fields. */
  framing: z.optional(z.enum(FRAMINGS)),
  /** Research: which variant the client sees; copied into every entry as `variant`. */
  variant: z.optional(label()),
  /** Research: feature switches the widgets honour (see Features). */
  features: z.optional(featuresSchema),
});
export type Assignment = z.infer<typeof assignmentSchema>;

export function parseAssignment(candidate: unknown) {
  return z.safeParse(assignmentSchema, candidate);
}
