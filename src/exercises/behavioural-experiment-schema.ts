// The behavioural experiment's schemas (see behavioural-experiment.ts for checks and
// links). Kept apart so elements load zod only when they restore a draft or validate an entry.
import * as z from 'zod/mini';
import { flagged, id, rating, text, timestamp } from '../core/schema-parts.js';
import { EXPERIMENT_PHASES, EXPERIMENT_TYPES } from './behavioural-experiment.js';

const safetyBehaviourSchema = z.object({ id: id(), text: text() });
export type SafetyBehaviour = z.infer<typeof safetyBehaviourSchema>;

/** "If <obstacle> happens, then I will <strategy>." */
const obstacleSchema = z.object({ id: id(), obstacle: text(), strategy: text() });
export type Obstacle = z.infer<typeof obstacleSchema>;

/** An earlier run of the same experiment (same target belief) on this device. */
const earlierRunSchema = z.object({
  entryId: id(),
  beliefBefore: z.optional(rating(100)),
  beliefAfter: z.optional(rating(100)),
  completedAt: timestamp(),
});
export type EarlierRun = z.infer<typeof earlierRunSchema>;

const fields = {
  phase: z.enum(EXPERIMENT_PHASES),
  type: z.enum(EXPERIMENT_TYPES),
  targetBelief: text(),
  targetBeliefBefore: z.optional(rating(100)),
  alternativeBelief: text(),
  alternativeBeliefBefore: z.optional(rating(100)),
  /** The experiment: what I will do. */
  experiment: text(),
  /** When I plan to do it: the client's local time, with its UTC offset. */
  scheduledFor: z.optional(timestamp()),
  place: text(),
  prediction: text(),
  /** How I will know whether the prediction came true. */
  predictionCheck: text(),
  safetyBehaviours: z.array(safetyBehaviourSchema).check(z.maxLength(20)),
  obstacles: z.array(obstacleSchema).check(z.maxLength(20)),
  outcome: text(),
  /** How the outcome compares with the prediction. */
  comparison: text(),
  learned: text(),
  targetBeliefAfter: z.optional(rating(100)),
  alternativeBeliefAfter: z.optional(rating(100)),
  /** The thought this experiment tests, when it was started from a thought record. */
  fromThought: z.optional(z.object({ text: text(), entryId: z.optional(id()) })),
  /** Earlier runs with the same target belief, oldest first: belief change across runs. */
  previous: z.array(earlierRunSchema).check(z.maxLength(100)),
  /** When the client began the plan (first change). */
  plannedAt: z.optional(timestamp()),
  /** When the client said they had done the experiment (or submitted the plan alone). */
  planCompletedAt: z.optional(timestamp()),
  /** When the outcome was submitted. */
  outcomeRecordedAt: z.optional(timestamp()),
  flagged: flagged(),
};

/** A draft: either phase, in progress. */
export const experimentDraftSchema = z.object(fields);
export type ExperimentDraft = z.infer<typeof experimentDraftSchema>;

/** A submitted experiment: `phaseCompleted` is 'plan' when the client sent the plan alone. */
export const behaviouralExperimentDataSchema = z.object({ ...fields, phaseCompleted: z.enum(EXPERIMENT_PHASES) });
export type BehaviouralExperimentData = z.infer<typeof behaviouralExperimentDataSchema>;
