// What every part of the composer's form is drawn from: the clinician's language, the form as
// it stands and the one way to change it, and the composer's own small controls.
import { html } from 'lit';
import type { ComposerForm } from '../../core/compose-assignment.js';
import { MAX_FIELD_LENGTH } from '../../core/text.js';
import type { Localizer } from '../../i18n/catalogue.js';
import { textField } from '../fields/text-field.js';

export interface FormView {
  t: Localizer;
  form: ComposerForm;
  change: (patch: Partial<ComposerForm>) => void;
}

/** A text of the assignment's own: a label (one line, at most 200 characters) or several lines. */
export function textInput(
  { form, change }: FormView,
  id: string,
  label: string,
  key: 'title' | 'instructions' | 'note' | 'variant',
  multiline: boolean,
  hint?: string,
) {
  return textField({
    id,
    label,
    hint,
    multiline,
    maxLength: multiline ? undefined : 200,
    value: form[key],
    onInput: (value) => change({ [key]: value.slice(0, MAX_FIELD_LENGTH) }),
  });
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
