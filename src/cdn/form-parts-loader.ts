// The classic script's form parts: dist/cdn/lazy/form-parts.js beside it, imported with the
// draft (see src/elements/base/lazy-form-parts.ts, which this module replaces there).
import { onDemand } from '../core/on-demand.js';
import type { FormParts, formParts } from '../elements/base/form-parts.js';
import { formPartsTools } from '../elements/base/form-parts-tools.js';
import { importBesideScript } from './script-url.js';

export type { FormParts, SubmittedLine } from '../elements/base/form-parts.js';

export const loadFormParts = onDemand<FormParts>('lazy/form-parts.js', async (attempt) => {
  const module = (await importBesideScript('lazy/form-parts.js', attempt)) as { formParts: typeof formParts };
  return module.formParts(formPartsTools);
});
