// Every published FHIR resource's semantic version and date. A resource's content (item
// text comes from the English UI catalogue) must not change under a version it was published
// with: test/server/fhir-versions.test.mjs keeps a hash per version and fails until the
// version here is bumped and the new hash recorded.
//   Questionnaire  major = the entry schema's major it describes (`thought-record/2` -> 2.x.y),
//                  minor = items added or settings changed, patch = wording only
//   others         major = codes or elements removed or changed in meaning, minor = added,
//                  patch = wording only
import type { Exercise } from '../core/assignment.js';

export interface Release {
  version: string;
  /** When this version was published (FHIR `date`). */
  date: string;
}

export const QUESTIONNAIRE_RELEASES: Readonly<Record<Exercise, Release>> = {
  // 2.1.0 / 1.1.0: the self-review items, read-only settings with initial values, enableWhen, per-field maxLength.
  // 2.1.1 / 1.1.1: the title and catalogue item text translated (es, ar, fr, zh-Hans, hi).
  'thought-record': { version: '2.1.1', date: '2026-12-06' },
  'mood-tracker': { version: '1.1.1', date: '2026-12-06' },
  'behavioural-experiment': { version: '1.1.1', date: '2026-12-06' },
};

/** By the CodeSystem's id (`distortion`, `emotion` ...). */
export const CODE_SYSTEM_RELEASES: Readonly<Record<string, Release>> = {
  // 1.1.0: a definition for every code.
  distortion: { version: '1.1.0', date: '2026-12-06' },
  emotion: { version: '1.1.0', date: '2026-12-06' },
  'experiment-phase': { version: '1.1.0', date: '2026-12-06' },
  'experiment-type': { version: '1.1.0', date: '2026-12-06' },
  'mood-scale': { version: '1.1.0', date: '2026-12-06' },
  observation: { version: '1.1.0', date: '2026-12-06' },
  obstacle: { version: '1.1.0', date: '2026-12-06' },
  problem: { version: '1.1.0', date: '2026-12-06' },
  'task-input': { version: '1.1.0', date: '2026-12-06' },
};

/** By the StructureDefinition's id (`entry`, `engagement`). */
export const STRUCTURE_DEFINITION_RELEASES: Readonly<Record<string, Release>> = {
  entry: { version: '1.0.0', date: '2026-12-05' },
  engagement: { version: '1.0.0', date: '2026-12-05' },
};

/** The release of a resource; a resource with none is a mistake the build must not publish. */
export function releaseOf(releases: Readonly<Record<string, Release>>, id: string): Release {
  const release = releases[id];
  if (!release) throw new Error(`No version for the FHIR resource ${id}: add it to src/fhir/versions.ts`);
  return release;
}
