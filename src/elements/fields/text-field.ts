// A labelled text field, one line or several, with its hint and a note at the limit. Renders
// into the widget's own shadow root, so every id its ARIA names resolves.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { MAX_FIELD_LENGTH } from '../../core/text.js';
import type { Localizer } from '../../i18n/catalogue.js';

export interface TextFieldOptions {
  id: string;
  label: string;
  hint?: string;
  value: string;
  multiline?: boolean;
  /** A limit below a text's (MAX_FIELD_LENGTH): a title's, say. */
  maxLength?: number;
  /** Shown under the field when the text reached the limit `max` (see tooLongNote). */
  tooLongMessage?: (max: number) => string;
  /** Wraps the label in the step's heading, so a screen reader can jump to it. */
  heading?: (label: TemplateResult) => TemplateResult;
  onInput: (value: string) => void;
}

/**
 * "At most {max} characters", made only when shown: formatting a large number is the page's
 * first Intl object, which the first screen does without (Localizer#number).
 */
export const tooLongNote = (t: Localizer) => (max: number) => t.t('fieldTooLong', { max: t.number(max) });

export function textField(o: TextFieldOptions) {
  const hintId = o.hint ? `${o.id}-hint` : undefined;
  const max = o.maxLength ?? MAX_FIELD_LENGTH;
  const atLimit = o.value.length >= max;
  const limitId = atLimit ? `${o.id}-limit` : undefined;
  const describedBy = [hintId, limitId].filter(Boolean).join(' ') || undefined;
  const onInput = (event: Event) => o.onInput((event.target as HTMLInputElement | HTMLTextAreaElement).value);
  const label = html`<label for=${o.id}>${o.label}</label>`;
  return html`<div class="field">
    ${o.heading ? o.heading(label) : label} ${o.hint ? html`<p class="hint" id=${hintId!}>${o.hint}</p>` : nothing}
    ${
      o.multiline
        ? html`<textarea
            id=${o.id}
            dir="auto"
            rows="3"
            maxlength=${max}
            aria-describedby=${ifDefined(describedBy)}
            .value=${o.value}
            @input=${onInput}
          ></textarea>`
        : html`<input
            id=${o.id}
            dir="auto"
            type="text"
            maxlength=${max}
            aria-describedby=${ifDefined(describedBy)}
            .value=${o.value}
            @input=${onInput}
          />`
    }
    ${atLimit && o.tooLongMessage ? html`<p class="limit" id=${limitId!}>${o.tooLongMessage(max)}</p>` : nothing}
  </div>`;
}
