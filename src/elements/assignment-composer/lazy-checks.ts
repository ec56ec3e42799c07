// What the composer loads after its first render, in parallel: zod and the schemas (to
// check the assignment as it is typed) and the client widgets' wording (wording.ts). The
// form is usable at once; the preview, the wording list and saving wait for both. The
// client choice and the save request are chunks of their own too. Each goes through
// onDemand: a failed load is forgotten, so the next render or "Save" tries again.
import { onDemand } from '../../core/on-demand.js';
import { loadedSchemas, loadSchemas, type Schemas } from '../../lazy/schemas.js';

type Wording = typeof import('./wording.js');

export interface ComposerChecks {
  schemas: Schemas;
  adaptableKeys: Wording['adaptableKeys'];
  groupWording: Wording['groupWording'];
  defaultEmotions: Wording['defaultEmotions'];
  describeIssues: Wording['describeIssues'];
  vagueAspects: Wording['vagueAspects'];
}

const loadWording = onDemand<Wording>('composer-wording', () => import('./wording.js'));

/** The client choice and "how many times" (for-client.ts). */
export const loadForClient = onDemand<typeof import('./for-client.js')>(
  'composer-for-client',
  () => import('./for-client.js'),
);

/** The save request and the client's link (save-assignment.ts). */
export const loadSaveAssignment = onDemand<typeof import('./save-assignment.js')>(
  'composer-save',
  () => import('./save-assignment.js'),
);

/** Both parts, once loaded; undefined before. */
export function loadedChecks(): ComposerChecks | undefined {
  const schemas = loadedSchemas();
  const wording = loadWording.loaded();
  return schemas && wording ? { ...wording, schemas } : undefined;
}

/** Rejects when either part cannot load (offline before they were cached). */
export async function loadChecks(): Promise<ComposerChecks> {
  const [schemas, wording] = await Promise.all([loadSchemas(), loadWording()]);
  return { ...wording, schemas };
}
