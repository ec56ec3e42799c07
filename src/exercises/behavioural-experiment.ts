// The behavioural experiment. PLACEHOLDER: the behavioural experiment issue fills this in.
import * as z from 'zod/mini';

export const BEHAVIOURAL_EXPERIMENT = 'behavioural-experiment';
export const BEHAVIOURAL_EXPERIMENT_SCHEMA = 'behavioural-experiment/1';

export const behaviouralExperimentDataSchema = z.object({});
export type BehaviouralExperimentData = z.infer<typeof behaviouralExperimentDataSchema>;
