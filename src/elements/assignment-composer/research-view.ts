// For a study: which variant the client sees, and the switches a study varies (hints, and an
// experiment's reminders).
import { html, nothing } from 'lit';
import { checkbox, textInput, type FormView } from './form-view.js';

export function renderResearch(v: FormView) {
  const { t, form: f, change } = v;
  const toggle = (id: 'hints' | 'reminders', label: string) =>
    html`<div>${checkbox(id, label, f[id], (checked) => change({ [id]: checked }))}</div>`;
  return html`<fieldset class="step">
    <legend>${t.t('composer.research')}</legend>
    ${textInput(v, 'variant', t.t('composer.variant'), 'variant', false)} ${toggle('hints', t.t('composer.hints'))}
    ${f.exercise === 'behavioural-experiment' ? toggle('reminders', t.t('composer.reminders')) : nothing}
  </fieldset>`;
}
