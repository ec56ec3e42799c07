// The assignment itself: which exercise, its title, instructions, due date, how many times and
// note, and how specific it reads (specificity.ts says which aspects are vague).
import { html, nothing } from 'lit';
import type { Exercise } from '../../core/assignment.js';
import { EXERCISES } from '../../core/assignment-kinds.js';
import type { vagueAspects } from '../../core/specificity.js';
import type * as ForClient from './for-client.js';
import { textInput, type FormView } from './form-view.js';

const TITLE_KEYS: Record<Exercise, string> = {
  'thought-record': 'tr.title',
  'mood-tracker': 'mood.title',
  'behavioural-experiment': 'be.title',
};

export function renderExercise({ t, form, change }: FormView) {
  return html`<fieldset class="step">
    <legend>${t.t('composer.exercise')}</legend>
    <div class="scale-row">
      ${EXERCISES.map(
        (exercise) =>
          html`<label class="scale-choice">
            <input
              type="radio"
              name="exercise"
              .checked=${form.exercise === exercise}
              @change=${() => change({ exercise })}
            />
            <span>${t.t(TITLE_KEYS[exercise])}</span>
          </label>`,
      )}
    </div>
  </fieldset>`;
}

/** @param forClient  "how many times", once that chunk is here */
export function renderDetails(v: FormView, forClient: typeof ForClient | undefined) {
  const { t, form, change } = v;
  return html`<fieldset class="step">
    <legend>${t.t('composer.details')}</legend>
    ${textInput(v, 'assignment-title', t.t('composer.assignmentTitle'), 'title', false)}
    ${textInput(v, 'instructions', t.t('composer.instructions'), 'instructions', true, t.t('composer.instructions.hint'))}
    <div class="field">
      <label for="due-date">${t.t('composer.dueDate')}</label>
      <input
        id="due-date"
        type="date"
        .value=${form.dueDate}
        @input=${(e: Event) => change({ dueDate: (e.target as HTMLInputElement).value })}
      />
    </div>
    ${forClient?.renderTimes(t, form.times, (times) => change({ times }))}
    ${textInput(v, 'note', t.t('composer.note'), 'note', true)}
  </fieldset>`;
}

/** @param check  vagueAspects, with the composer's checks (lazy-checks.ts); until then, nothing */
export function renderSpecificity({ t, form }: FormView, check: typeof vagueAspects | undefined) {
  if (!check) return nothing;
  const vague = check(form);
  return html`<section class="note" aria-labelledby="specificity-title">
    <h3 id="specificity-title">${t.t('composer.specificity')}</h3>
    ${
      vague.length
        ? html`<p>${t.t('composer.specificity.vague')}</p>
            <ul class="vague">
              ${vague.map((aspect) => html`<li data-aspect=${aspect}>${t.t(`composer.vague.${aspect}`)}</li>`)}
            </ul>`
        : html`<p class="ok">${t.t('composer.specificity.ok')}</p>`
    }
  </section>`;
}
