// Every message the clinician may reword, grouped by the step where the client meets it and
// named by what it is there (wording-groups.ts), with the default beside each.
import { html, nothing } from 'lit';
import { MAX_FIELD_LENGTH } from '../../core/text.js';
import type { Localizer } from '../../i18n/catalogue.js';
import type { FormView } from './form-view.js';
import type { WordingGroup, WordingRole } from './wording-groups.js';

export interface WordingView extends FormView {
  /** The exercise's own language: the defaults the client would see. */
  exerciseT: Localizer;
  /** What may be reworded, grouped; empty until the wording has loaded. */
  groups: WordingGroup[];
  /** Keys with a rewording of the clinician's. */
  changed: number;
  reword: (key: string, value: string, defaultText: string) => void;
}

export function renderWording(v: WordingView) {
  const { t, exerciseT } = v;
  const groupName = (group: WordingGroup) =>
    group.nameKey
      ? withClientWords(t, 'composer.wording.step', exerciseT, exerciseT.t(group.nameKey))
      : t.t(`composer.wording.${group.id}`);
  let index = 0;
  return html`<details class="wording step">
    <summary>${t.t('composer.wording', { count: t.number(v.changed) })}</summary>
    <p class="hint">${t.t('composer.wording.hint')}</p>
    ${v.groups.map(
      (group) =>
        html`<fieldset class="wording-group">
          <legend>${groupName(group)}</legend>
          ${group.fields.map(({ key, role }) => renderWordingField(v, key, role, index++))}
        </fieldset>`,
    )}
  </details>`;
}

function renderWordingField(
  { t, exerciseT, form, reword }: WordingView,
  key: string,
  role: WordingRole,
  index: number,
) {
  const defaultText = exerciseT.t(key);
  const value = form.wording[key] ?? defaultText;
  const id = `wording-${index}`;
  return html`<div class="wording-row">
    <div class="field">
      <label id="${id}-label" for=${id}>${t.t(`composer.wording.role.${role}`)}</label>
      <textarea
        id=${id}
        data-key=${key}
        rows="2"
        lang=${exerciseT.locale}
        dir=${exerciseT.dir}
        maxlength=${MAX_FIELD_LENGTH}
        aria-describedby="${id}-default"
        .value=${value}
        @input=${(e: Event) => reword(key, (e.target as HTMLTextAreaElement).value, defaultText)}
      ></textarea>
      <p class="hint" id="${id}-default">${withClientWords(t, 'composer.wording.default', exerciseT, defaultText)}</p>
    </div>
    ${
      form.wording[key] !== undefined
        ? html`<button
            type="button"
            aria-describedby="${id}-label ${id}-default"
            @click=${() => reword(key, defaultText, defaultText)}
          >
            ${t.t('composer.wording.reset')}
          </button>`
        : nothing
    }
  </div>`;
}

/**
 * A message of the clinician's with the client's words in its `{text}`: those are in the
 * exercise's language and direction, isolated from the sentence around them.
 */
function withClientWords(t: Localizer, key: string, exerciseT: Localizer, text: string) {
  const [before, after = ''] = t.t(key, { text: '\u0000' }).split('\u0000');
  return html`${before}<bdi lang=${exerciseT.locale}>${text}</bdi>${after}`;
}
