// The classic script's form parts: dist/cdn/lazy/form-parts.js beside it, imported with the
// draft (see src/elements/base/lazy-form-parts.ts, which this module replaces there).
import { html, nothing } from 'lit';
import { now } from '../core/clock.js';
import { onDemand } from '../core/on-demand.js';
import { OBSTACLES } from '../core/self-review.js';
import { clientText } from '../core/text.js';
import { checkboxGroup, radioScale, textField, toggled } from '../elements/fields/fields.js';
import { getStore } from '../storage/lazy-store.js';
import type { FormParts, formParts } from '../elements/base/form-parts.js';
import { importBesideScript } from './script-url.js';

export type { FormParts, SubmittedLine } from '../elements/base/form-parts.js';

export const loadFormParts = onDemand<FormParts>('lazy/form-parts.js', async (attempt) => {
  const module = (await importBesideScript('lazy/form-parts.js', attempt)) as { formParts: typeof formParts };
  const fields = { checkboxGroup, radioScale, textField, toggled };
  return module.formParts({ html, nothing, now, getStore, fields, OBSTACLES, clientText });
});
