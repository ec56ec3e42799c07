// What every part of the composer's form is drawn from: the clinician's language, the form as
// it stands and the one way to change it, and the composer's own small controls.
import { html, nothing } from 'lit';
import type { ComposerForm } from '../../core/compose-assignment.js';
import { MAX_FIELD_LENGTH } from '../../core/text.js';
import type { Localizer } from '../../i18n/catalogue.js';

export interface FormView {
  t: Localizer;
  form: ComposerForm;
  change: (patch: Partial<ComposerForm>) => void;
}

/** A text of the assignment's own; one line (a label, at most 200 characters) or several. */
export function textInput(
  v: FormView,
  id: string,
  label: string,
  key: 'title' | 'instructions' | 'note' | 'variant',
  multiline: boolean,
  hint?: string,
) {
  const onInput = (event: Event) =>
    v.change({ [key]: (event.target as HTMLInputElement).value.slice(0, MAX_FIELD_LENGTH) });
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
    ${
      multiline
        ? html`<textarea
            id=${id}
            rows="3"
            maxlength=${MAX_FIELD_LENGTH}
            aria-describedby=${hint ? `${id}-hint` : nothing}
            .value=${v.form[key]}
            @input=${onInput}
          ></textarea>`
        : html`<input id=${id} type="text" maxlength="200" .value=${v.form[key]} @input=${onInput} />`
    }
  </div>`;
}

export function checkbox(id: string, label: string, checked: boolean, onChange: (checked: boolean) => void) {
  return html`<label class="check" for=${id}>
    <input
      id=${id}
      type="checkbox"
      .checked=${checked}
      @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)}
    />
    <span>${label}</span>
  </label>`;
}
