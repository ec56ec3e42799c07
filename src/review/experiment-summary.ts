// Behavioural experiments at a glance: the prediction beside what happened, and how strongly
// the client believed the target belief before and after, per run and across linked
// repeats (same target belief). Differences of the client's own ratings; no scoring.
import type { BehaviouralExperimentEntry } from '../core/entry.js';
import { sameBelief } from '../exercises/experiment-runs.js';
import { byTime } from './time-order.js';

export interface ExperimentRow {
  id: string;
  at: string;
  /** True when the client sent the plan alone (the assignment allowed it). */
  planOnly: boolean;
  targetBelief: string;
  experiment: string;
  prediction: string;
  outcome: string;
  comparison: string;
  learned: string;
  beliefBefore: number | null;
  beliefAfter: number | null;
  /** after - before, or null when either is missing. */
  beliefChange: number | null;
}

export interface ExperimentRun {
  entryId: string;
  at: string;
  beliefBefore: number | null;
  beliefAfter: number | null;
  /** False for a run the client's device linked but that is not among the entries shown. */
  shown: boolean;
}

/** Runs of one target belief, oldest first. */
export interface ExperimentSeries {
  targetBelief: string;
  runs: ExperimentRun[];
}

export interface ExperimentSummary {
  count: number;
  planOnly: number;
  /** Newest first. */
  rows: ExperimentRow[];
  /** Only beliefs tested more than once, most runs first. */
  repeats: ExperimentSeries[];
}

const orNull = (value: number | undefined) => value ?? null;

export function experimentRow(entry: BehaviouralExperimentEntry): ExperimentRow {
  const { data } = entry;
  const before = orNull(data.targetBeliefBefore);
  const after = orNull(data.targetBeliefAfter);
  return {
    id: entry.id,
    at: entry.completedAt,
    planOnly: data.phaseCompleted === 'plan',
    targetBelief: data.targetBelief,
    experiment: data.experiment,
    prediction: data.prediction,
    outcome: data.outcome,
    comparison: data.comparison,
    learned: data.learned,
    beliefBefore: before,
    beliefAfter: after,
    beliefChange: before === null || after === null ? null : after - before,
  };
}

export function summariseExperiments(entries: readonly BehaviouralExperimentEntry[]): ExperimentSummary {
  const rows = byTime(entries.map(experimentRow), (row) => row.at, 'newest');
  return {
    count: rows.length,
    planOnly: rows.filter((row) => row.planOnly).length,
    rows,
    repeats: linkedRuns(entries),
  };
}

/** Group by target belief (case and spacing ignored), adding earlier runs the device linked. */
export function linkedRuns(entries: readonly BehaviouralExperimentEntry[]): ExperimentSeries[] {
  const series: { targetBelief: string; runs: Map<string, ExperimentRun> }[] = [];
  const oldestFirst = byTime(entries, (entry) => entry.completedAt, 'oldest');
  for (const entry of oldestFirst) {
    const { data } = entry;
    if (!data.targetBelief.trim()) continue;
    let group = series.find((s) => sameBelief(s.targetBelief, data.targetBelief));
    if (!group) series.push((group = { targetBelief: data.targetBelief, runs: new Map() }));
    for (const earlier of data.previous) {
      if (group.runs.has(earlier.entryId)) continue;
      group.runs.set(earlier.entryId, {
        entryId: earlier.entryId,
        at: earlier.completedAt,
        beliefBefore: orNull(earlier.beliefBefore),
        beliefAfter: orNull(earlier.beliefAfter),
        shown: false,
      });
    }
    group.runs.set(entry.id, {
      entryId: entry.id,
      at: entry.completedAt,
      beliefBefore: orNull(data.targetBeliefBefore),
      beliefAfter: orNull(data.targetBeliefAfter),
      shown: true,
    });
  }
  return series
    .map(({ targetBelief, runs }) => ({
      targetBelief,
      runs: byTime([...runs.values()], (run) => run.at, 'oldest'),
    }))
    .filter((s) => s.runs.length > 1)
    .sort((a, b) => b.runs.length - a.runs.length);
}
