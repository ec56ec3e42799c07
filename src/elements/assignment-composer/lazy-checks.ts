// What the composer loads after its first render, in parallel: zod and the schemas (to
// check the assignment as it is typed) and the client widgets' wording (wording.ts). The
// form is usable at once; the preview, the wording list and saving wait for both.
import { loadedSchemas, loadSchemas, type Schemas } from '../../core/lazy-schemas.js';

type Wording = typeof import('./wording.js');

export interface ComposerChecks {
  schemas: Schemas;
  adaptableKeys: Wording['adaptableKeys'];
  groupWording: Wording['groupWording'];
  defaultEmotions: Wording['defaultEmotions'];
  describeIssues: Wording['describeIssues'];
}

let wording: Wording | undefined;

/** Both parts, once loaded; undefined before. */
export function loadedChecks(): ComposerChecks | undefined {
  const schemas = loadedSchemas();
  return schemas && wording ? { ...wording, schemas } : undefined;
}

/** Rejects when either part cannot load (offline before they were cached). */
export async function loadChecks(): Promise<ComposerChecks> {
  const [schemas, module] = await Promise.all([loadSchemas(), import('./wording.js')]);
  wording = module;
  return { ...module, schemas };
}
