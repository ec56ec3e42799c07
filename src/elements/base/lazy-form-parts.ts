// The parts of a widget shown only once its form is open (form-parts.ts), as a chunk of its
// own: loaded beside the draft and the schemas, which the form waits for anyway. lit is
// handed to it from here (see form-parts.ts for why it does not import lit itself).
import { html, nothing } from 'lit';
import { now } from '../../core/clock.js';
import { onDemand } from '../../core/on-demand.js';
import { OBSTACLES } from '../../core/self-review.js';
import { clientText } from '../../core/text.js';
import { getStore } from '../../storage/lazy-store.js';
import { checkboxGroup, radioScale, textField, toggled } from '../fields/fields.js';
import type { FormParts } from './form-parts.js';

export type { FormParts, SubmittedLine } from './form-parts.js';

export const loadFormParts = onDemand<FormParts>('form-parts', () =>
  import('./form-parts.js').then(({ formParts }) =>
    formParts({
      html,
      nothing,
      now,
      getStore,
      fields: { checkboxGroup, radioScale, textField, toggled },
      OBSTACLES,
      clientText,
    }),
  ),
);
