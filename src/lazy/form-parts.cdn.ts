// Classic-script twin of form-parts.ts: dist/cdn/lazy/form-parts.js beside the script,
// imported with the draft.
import { onDemand } from '../core/on-demand.js';
import type { FormParts, formParts } from '../elements/base/form-parts.js';
import { formPartsTools } from '../elements/base/form-parts-tools.js';
import { importBesideScript } from '../cdn/script-url.js';

export type { FormParts, SubmittedLine } from '../elements/base/form-parts.js';

export const loadFormParts = onDemand<FormParts>('lazy/form-parts.js', async (attempt) => {
  const module = (await importBesideScript('lazy/form-parts.js', attempt)) as { formParts: typeof formParts };
  return module.formParts(formPartsTools);
});
