// How the client engaged, recorded beside the exercise data.
// Self-ratings are 0-4; each maps to a Homework Rating Scale II dimension, named in the
// property, but the wording of the questions is our own.
import * as z from 'zod/mini';
import { label, rating, text } from './schema-parts.js';
import { OBSTACLES } from './self-review.js';

export { OBSTACLES, emptySelfReview } from './self-review.js';

export const selfReviewSchema = z.object({
  /** HRS-II "quantity/quality": how much effort I put in. */
  effort: z.optional(rating(4)),
  /** HRS-II "progress": how useful this was. */
  usefulness: z.optional(rating(4)),
  /** HRS-II "difficulty": how hard it was. */
  difficulty: z.optional(rating(4)),
  /** HRS-II "obstacles": what got in the way. */
  obstacles: z.array(z.enum(OBSTACLES)),
  /** One line: what I take from this. */
  reflection: text(),
});
export type SelfReview = z.infer<typeof selfReviewSchema>;

export const engagementSchema = z.object({
  activeSeconds: z.int().check(z.gte(0)),
  sittings: z.int().check(z.gte(1)),
  edits: z.int().check(z.gte(0)),
  fieldsFilled: z.int().check(z.gte(0)),
  fieldsOffered: z.int().check(z.gte(0)),
  selfReview: selfReviewSchema,
  /** Which variant of a feature the client saw, copied from the assignment (research). */
  variant: z.optional(label()),
});
export type Engagement = z.infer<typeof engagementSchema>;
