// The thought record's data schema (see thought-record.ts for the steps and checks). Kept
// apart so elements load zod only when they restore a draft or validate an entry.
import * as z from 'zod/mini';
import { flagged, id, label, rating, text } from '../core/schema-parts.js';

export const moodSchema = z.object({
  id: id(),
  name: label(),
  /** Absent until the client rates it (version 2); version 1 always held a number. */
  intensity: z.optional(rating(100)),
  /** The same mood rated again at the end (7- and 5-column records). */
  rerated: z.optional(rating(100)),
});
export type Mood = z.infer<typeof moodSchema>;

export const thoughtSchema = z.object({
  id: id(),
  text: text(),
  hot: z.boolean(),
  /** How much the client believes it (0-100), when they rated it (version 2). */
  belief: z.optional(rating(100)),
});
export type Thought = z.infer<typeof thoughtSchema>;

export const thoughtRecordDataSchema = z
  .object({
    columns: z.union([z.literal(3), z.literal(5), z.literal(7)]),
    situation: text(),
    moods: z.array(moodSchema).check(z.maxLength(20)),
    thoughts: z.array(thoughtSchema).check(z.maxLength(20)),
    /** Distortion labels the client chose; ids from the default or the assignment's list. */
    distortions: z.array(label()).check(z.maxLength(20)),
    evidenceFor: text(),
    evidenceAgainst: text(),
    balancedThought: text(),
    balancedBelief: z.optional(rating(100)),
    /** Belief in the hot thought re-rated at the end (version 2; 5- and 7-column records). */
    hotBeliefAfter: z.optional(rating(100)),
    flagged: flagged(),
  })
  .check(
    z.refine((d) => d.thoughts.filter((t) => t.hot).length <= 1, {
      message: 'At most one thought can be the hot thought',
      path: ['thoughts'],
    }),
  );
export type ThoughtRecordData = z.infer<typeof thoughtRecordDataSchema>;
