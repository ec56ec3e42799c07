// What the chosen exercise asks of the client: a thought record's size and thinking patterns,
// a mood check-in's scale, when help comes forward and its emotion words, or whether an
// experiment may be only planned.
import { html, nothing } from 'lit';
import { helpSteps, type Size } from '../../core/compose-assignment.js';
import type { Localizer } from '../../i18n/catalogue.js';
import type * as ForClient from './for-client.js';
import { checkbox, type FormView } from './form-view.js';

export interface SizeView extends FormView {
  /** The exercise's own language: the emotion words the client would see. */
  exerciseT: Localizer;
  /** The mood tracker's emotion words, once the wording has loaded. */
  defaultEmotions: readonly string[] | undefined;
  /** "When help comes forward", once that chunk is here. */
  forClient: typeof ForClient | undefined;
}

export function renderSize(v: SizeView) {
  const { t, form: f, change } = v;
  if (f.exercise === 'thought-record') {
    return html`<fieldset class="step">
      <legend>${t.t('composer.size')}</legend>
      ${(['quick', 'standard', 'full'] as Size[]).map(
        (size) =>
          html`<div>
            <label class="check">
              <input type="radio" name="size" .checked=${f.size === size} @change=${() => change({ size })} />
              <span>${t.t(`composer.size.${size}`)}</span>
            </label>
          </div>`,
      )}
      <div>
        ${checkbox('show-distortions', t.t('composer.distortions.show'), f.showDistortions, (showDistortions) => change({ showDistortions }))}
      </div>
      ${f.showDistortions ? lines(v, 'distortions', t.t('composer.distortions.own'), 'distortions') : nothing}
    </fieldset>`;
  }
  if (f.exercise === 'mood-tracker') {
    const words = v.defaultEmotions?.map((word) => v.exerciseT.t(`mood.emotion.${word}`)).join(', ') ?? '';
    return html`<fieldset class="step">
      <legend>${t.t('composer.scale')}</legend>
      ${(['0-10', '0-100', 'valence'] as const).map(
        (scale) =>
          html`<div>
            <label class="check">
              <input type="radio" name="scale" .checked=${f.scale === scale} @change=${() => change({ scale })} />
              <span>${t.t(`composer.scale.${scale}`)}</span>
            </label>
          </div>`,
      )}
      ${v.forClient?.renderHelpThreshold(t, f.scale, helpSteps(f.scale), f.helpAtOrBelow, (helpAtOrBelow) => change({ helpAtOrBelow }))}
      ${lines(v, 'emotions', t.t('composer.emotions'), 'emotions', t.t('composer.emotions.default', { words }))}
    </fieldset>`;
  }
  return html`<div class="step">
    ${checkbox('plan-only', t.t('composer.planOnly'), f.allowPlanOnly, (allowPlanOnly) => change({ allowPlanOnly }))}
  </div>`;
}

/** The clinician's own words, one per line. */
function lines({ form, change }: FormView, id: string, label: string, key: 'emotions' | 'distortions', hint?: string) {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
    <textarea
      id=${id}
      rows="4"
      maxlength="8000"
      aria-describedby=${hint ? `${id}-hint` : nothing}
      .value=${form[key]}
      @input=${(e: Event) => change({ [key]: (e.target as HTMLTextAreaElement).value })}
    ></textarea>
  </div>`;
}
