// The behavioural experiment (Oxford Cognitive Therapy Centre record sheet; Bennett-Levy
// et al.): a plan now, the outcome days later. Pure and DOM-free: schema, checks, links.
// The schemas are in behavioural-experiment-schema.ts, loaded apart (zod is not in an
// element's first load).
import { isoWithOffset } from '../core/clock.js';
import type { BehaviouralExperimentData, EarlierRun, ExperimentDraft } from './behavioural-experiment-schema.js';

export type {
  BehaviouralExperimentData,
  EarlierRun,
  ExperimentDraft,
  Obstacle,
  SafetyBehaviour,
} from './behavioural-experiment-schema.js';

export const BEHAVIOURAL_EXPERIMENT = 'behavioural-experiment';
export const BEHAVIOURAL_EXPERIMENT_SCHEMA = 'behavioural-experiment/1';

/** Where the client is: planning, or recording what happened. Kept in the draft. */
export const EXPERIMENT_PHASES = ['plan', 'outcome'] as const;
export type ExperimentPhase = (typeof EXPERIMENT_PHASES)[number];

/** Testing a prediction, or gathering other people's views (a survey). */
export const EXPERIMENT_TYPES = ['hypothesis', 'survey'] as const;
export type ExperimentType = (typeof EXPERIMENT_TYPES)[number];

export function emptyExperiment(): ExperimentDraft {
  return {
    phase: 'plan',
    type: 'hypothesis',
    targetBelief: '',
    alternativeBelief: '',
    experiment: '',
    place: '',
    prediction: '',
    predictionCheck: '',
    safetyBehaviours: [],
    obstacles: [],
    outcome: '',
    comparison: '',
    learned: '',
    previous: [],
  };
}

export type ExperimentProblem =
  | 'be.targetMissing'
  | 'be.experimentMissing'
  | 'be.outcomeNeeded'
  | 'be.outcomeMissing'
  | 'be.safetyBlank'
  | 'be.obstacleBlank';

/** What still stops a submit, as message keys. A plan alone only goes when the assignment allows it. */
export function submitProblems(data: ExperimentDraft, allowPlanOnly: boolean): ExperimentProblem[] {
  const problems: ExperimentProblem[] = [];
  if (!data.targetBelief.trim()) problems.push('be.targetMissing');
  if (!data.experiment.trim()) problems.push('be.experimentMissing');
  if (data.safetyBehaviours.some((s) => !s.text.trim())) problems.push('be.safetyBlank');
  if (data.obstacles.some((o) => !o.obstacle.trim() && !o.strategy.trim())) problems.push('be.obstacleBlank');
  if (data.phase === 'plan' && !allowPlanOnly) problems.push('be.outcomeNeeded');
  if (data.phase === 'outcome' && !data.outcome.trim()) problems.push('be.outcomeMissing');
  return problems;
}

/** Fields holding something, of those offered in the phases the client reached. */
export function filledFields(data: ExperimentDraft): { filled: number; offered: number } {
  const plan = [
    data.targetBelief,
    data.alternativeBelief,
    data.experiment,
    data.scheduledFor || data.place,
    data.prediction || data.predictionCheck,
    data.safetyBehaviours.length ? 'y' : '',
    data.obstacles.length ? 'y' : '',
  ];
  const outcome = [data.outcome, data.comparison, data.learned, data.targetBeliefAfter === undefined ? '' : 'y'];
  const offered = data.phase === 'plan' ? plan : [...plan, ...outcome];
  return { filled: offered.filter((value) => String(value).trim()).length, offered: offered.length };
}

/** The entry's data at submit: which phase was completed, and when. */
export function completedExperiment(
  data: ExperimentDraft,
  previous: EarlierRun[],
  at: string = isoWithOffset(),
): BehaviouralExperimentData {
  const outcome = data.phase === 'outcome';
  return {
    ...data,
    previous,
    phaseCompleted: data.phase,
    planCompletedAt: data.planCompletedAt ?? at,
    ...(outcome ? { outcomeRecordedAt: at } : {}),
  };
}

/** `2026-12-01T18:30` as a datetime-local input gives it (the client's wall clock) -> ISO with offset. */
export function scheduledFromLocal(value: string): string | undefined {
  const match = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)/.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const local = new Date(year, month - 1, day, hour, minute);
  return Number.isNaN(local.getTime()) ? undefined : isoWithOffset(local.getTime());
}

/** The reverse, for the input's value: the same instant on this device's wall clock. */
export function localInputValue(iso: string | undefined): string {
  const at = iso ? new Date(iso) : null;
  if (!at || Number.isNaN(at.getTime())) return '';
  return isoWithOffset(at.getTime()).slice(0, 16);
}
