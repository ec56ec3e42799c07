// The parts of a widget shown only once its form is open (src/elements/base/form-parts.ts), as a chunk of its
// own: loaded beside the draft and the schemas, which the form waits for anyway. What it
// uses of the first load is handed to it (see that file for why it imports nothing).
import { onDemand } from '../core/on-demand.js';
import type { FormParts } from '../elements/base/form-parts.js';
import { formPartsTools } from '../elements/base/form-parts-tools.js';

export type { FormParts, SubmittedLine } from '../elements/base/form-parts.js';

export const loadFormParts = onDemand<FormParts>('form-parts', () =>
  import('../elements/base/form-parts.js').then(({ formParts }) => formParts(formPartsTools)),
);
