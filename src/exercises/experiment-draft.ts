// A behavioural experiment being filled in: a saved draft brought back, the lists the client
// grows, and moving between the plan and the outcome. Pure; apart from
// behavioural-experiment.ts, which the schemas share, so only the element's first load carries it.
import type { Schemas } from '../lazy/schemas.js';
import { emptyExperiment, type ExperimentDraft, type ExperimentPhase } from './behavioural-experiment.js';

/** A saved draft, checked; null when it cannot be used. */
export function restoreExperiment(saved: unknown, schemas: Schemas): ExperimentDraft | null {
  if (!saved || typeof saved !== 'object') return null;
  const result = schemas.safeParse(schemas.experimentDraftSchema, { ...emptyExperiment(), ...saved });
  return result.success ? result.data : null;
}

/** The lists the client grows: safety behaviours (one text a row) and obstacles (if / then). */
export type ExperimentRows = 'safetyBehaviours' | 'obstacles';

/** A new, empty row at the end of the list. */
export function withRowAdded(data: ExperimentDraft, kind: ExperimentRows, id: string): Partial<ExperimentDraft> {
  const row = kind === 'obstacles' ? { id, obstacle: '', strategy: '' } : { id, text: '' };
  return { [kind]: [...data[kind], row] };
}

export function withRowChanged(
  data: ExperimentDraft,
  kind: ExperimentRows,
  index: number,
  change: Record<string, string>,
): Partial<ExperimentDraft> {
  return { [kind]: (data[kind] as object[]).map((row, i) => (i === index ? { ...row, ...change } : row)) };
}

export function withoutRow(data: ExperimentDraft, kind: ExperimentRows, index: number): Partial<ExperimentDraft> {
  return { [kind]: data[kind].filter((_, i) => i !== index) };
}

/** Moving to a phase; planCompletedAt keeps the first "I did it" (going back to fix the plan does not move it). */
export function inPhase(data: ExperimentDraft, phase: ExperimentPhase, at: string): Partial<ExperimentDraft> {
  return { phase, planCompletedAt: phase === 'outcome' ? (data.planCompletedAt ?? at) : data.planCompletedAt };
}
