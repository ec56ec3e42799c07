// The experiment's two parts, from what they are given: the plan (type, belief, experiment,
// prediction, safety behaviours, obstacles) and the outcome (what happened beside what was
// predicted, the belief re-rated, earlier runs). The part's heading is one level below the
// widget's, each step's two. The element keeps the data and passes in its changes.
import { html, nothing, type TemplateResult } from 'lit';
import { clientText } from '../../core/text.js';
import {
  EXPERIMENT_TYPES,
  localInputValue,
  type EarlierRun,
  type ExperimentDraft,
  type ExperimentPhase,
} from '../../exercises/behavioural-experiment.js';
import { type ExperimentRows } from '../../exercises/experiment-draft.js';
import type { Localizer } from '../../i18n/catalogue.js';
import { heading } from '../base/heading.js';
import { hintText, slider, textField, tooLongNote } from '../fields/fields.js';

export interface PhasesView {
  t: Localizer;
  data: ExperimentDraft;
  /** The part's heading level: one below the widget's (the steps' one more). */
  level: number;
  /** Earlier runs with the same target belief, shown with the outcome. */
  earlier: readonly EarlierRun[];
  /** The plan may be sent alone (the assignment says so). */
  allowPlanOnly: boolean;
  /** The calendar reminder is offered (a study can switch it off). */
  reminders: boolean;
  patch: (change: Partial<ExperimentDraft>) => void;
  goTo: (phase: ExperimentPhase) => void;
  addRow: (kind: ExperimentRows) => void;
  removeRow: (kind: ExperimentRows, index: number) => void;
  setRow: (kind: ExperimentRows, index: number, change: Record<string, string>) => void;
  onScheduled: (event: Event) => void;
  downloadReminder: () => void;
}

type TextKey =
  | 'targetBelief'
  | 'alternativeBelief'
  | 'experiment'
  | 'place'
  | 'prediction'
  | 'predictionCheck'
  | 'outcome'
  | 'comparison'
  | 'learned';
/** The first question of each step: its label is the step's heading, to jump to with a screen reader. */
const OPENS_STEP: readonly TextKey[] = ['targetBelief', 'experiment', 'prediction', 'outcome'];
type RatingKey = 'targetBeliefBefore' | 'alternativeBeliefBefore' | 'targetBeliefAfter' | 'alternativeBeliefAfter';

export function renderPhase(v: PhasesView): TemplateResult {
  const plan = v.data.phase === 'plan';
  return html`${heading(v.level, v.t.t(plan ? 'be.phase.plan' : 'be.phase.outcome'), { id: 'phase', focusable: true })}
  ${plan ? renderPlan(v) : renderOutcome(v)}`;
}

function text(v: PhasesView, key: TextKey, label: string, hint?: string, multiline = true) {
  const { t } = v;
  return textField({
    id: key,
    label: t.t(label),
    hint: hint && t.t(hint),
    value: v.data[key],
    multiline,
    tooLongMessage: tooLongNote(t),
    heading: OPENS_STEP.includes(key) ? (words) => heading(v.level + 1, words) : undefined,
    onInput: (value) => v.patch({ [key]: clientText(value) }),
  });
}

function outOf100(t: Localizer, value: number | undefined): string {
  return value === undefined
    ? t.t('be.notRated')
    : t.t('rating.valueText', { value: t.number(value), max: t.number(100) });
}

function rating(v: PhasesView, key: RatingKey, label: string) {
  const { t } = v;
  return slider({
    id: key,
    label: t.t(label),
    value: v.data[key],
    max: 100,
    valueText: (value) => outOf100(t, value),
    notRatedText: t.t('be.notRated'),
    rateText: t.t('rating.rate'),
    onInput: (value) => v.patch({ [key]: value }),
  });
}

function renderPlan(v: PhasesView) {
  const { t, data: d } = v;
  const survey = d.type === 'survey';
  return html`<p class="muted">${t.t('be.intro')}</p>
    <fieldset class="step" part="step">
      <legend>${heading(v.level + 1, t.t('be.type.legend'))}</legend>
      <div class="scale-row">
        ${EXPERIMENT_TYPES.map(
          (type) =>
            html`<label class="scale-choice">
              <input type="radio" name="type" .checked=${d.type === type} @input=${() => v.patch({ type })} />
              <span>${t.t(`be.type.${type}`)}</span>
            </label>`,
        )}
      </div>
    </fieldset>
    <div class="step" part="step">
      ${text(v, 'targetBelief', 'be.target.label', 'be.target.hint')}
      ${rating(v, 'targetBeliefBefore', 'be.target.before')} ${text(v, 'alternativeBelief', 'be.alternative.label')}
      ${d.alternativeBelief.trim() ? rating(v, 'alternativeBeliefBefore', 'be.alternative.before') : nothing}
    </div>
    <div class="step" part="step">
      ${text(v, 'experiment', 'be.experiment.label', survey ? 'be.experiment.hint.survey' : 'be.experiment.hint')}
      <div class="field">
        <label for="when">${t.t('be.when.label')}</label>
        <input id="when" type="datetime-local" .value=${localInputValue(d.scheduledFor)} @input=${v.onScheduled} />
      </div>
      ${text(v, 'place', 'be.where.label', undefined, false)}
      ${
        d.scheduledFor && v.reminders
          ? html`<p class="hint" id="calendar-hint">${t.t('be.calendar.hint')}</p>
              <button type="button" aria-describedby="calendar-hint" @click=${v.downloadReminder}>
                ${t.t('be.calendar')}
              </button>`
          : nothing
      }
    </div>
    <div class="step" part="step">
      ${text(v, 'prediction', 'be.prediction.label', survey ? 'be.prediction.hint.survey' : 'be.prediction.hint')}
      ${text(v, 'predictionCheck', 'be.prediction.check')}
    </div>
    ${renderRows(v, 'safetyBehaviours', [['text', 'be.safety.item']], 'be.safety.hint')}
    ${renderRows(v, 'obstacles', [
      ['obstacle', 'be.obstacle.if'],
      ['strategy', 'be.obstacle.then'],
    ])}
    <div class="actions">
      <button type="button" @click=${() => v.goTo('outcome')}>${t.t('be.toOutcome')}</button>
      ${v.allowPlanOnly ? html`<p class="hint">${t.t('be.planOnly')}</p>` : nothing}
    </div>`;
}

/** A list the client grows: safety behaviours (one field a row) or obstacles (if / then). */
function renderRows(v: PhasesView, kind: ExperimentRows, fields: [key: string, label: string][], hint?: string) {
  const { t } = v;
  const name = kind === 'obstacles' ? 'obstacle' : 'safety';
  return html`<fieldset class="step" part="step">
    <legend>${heading(v.level + 1, t.t(`be.${kind}.legend`))}</legend>
    ${hint ? hintText(t.t(hint)) : nothing}
    ${(v.data[kind] as Record<string, string>[]).map(
      (row, i) =>
        html`<div class="row">
          ${fields.map(([key, label], f) =>
            textField({
              id: `${kind}-${i}${f ? `-${key}` : ''}`,
              label: t.t(label, { number: t.number(i + 1) }),
              value: row[key],
              onInput: (value) => v.setRow(kind, i, { [key]: clientText(value) }),
            }),
          )}
          <button type="button" @click=${() => v.removeRow(kind, i)}>
            ${t.t(`be.${name}.remove`, { number: t.number(i + 1) })}
          </button>
        </div>`,
    )}
    <button type="button" id="add-${kind}" @click=${() => v.addRow(kind)}>${t.t(`be.${name}.add`)}</button>
  </fieldset>`;
}

function renderOutcome(v: PhasesView) {
  const { t, data: d } = v;
  const survey = d.type === 'survey';
  return html`<div class="actions">
      <button type="button" @click=${() => v.goTo('plan')}>${t.t('be.toPlan')}</button>
    </div>
    <div class="step" part="step">
      <div class="compare">
        <div class="note">
          <p class="muted">${t.t('be.predicted')}</p>
          <p class="quoted">${d.prediction}</p>
          ${d.predictionCheck.trim() ? html`<p class="quoted">${d.predictionCheck}</p>` : nothing}
        </div>
        ${text(v, 'outcome', 'be.outcome.label', survey ? 'be.outcome.hint.survey' : 'be.outcome.hint')}
      </div>
      ${text(v, 'comparison', 'be.comparison.label')} ${text(v, 'learned', 'be.learned.label', 'be.learned.hint')}
    </div>
    <div class="step" part="step">
      ${heading(v.level + 1, t.t('be.target.label'))}
      <p class="note quoted">${d.targetBelief}</p>
      <p class="hint">${t.t('be.before', { rating: outOf100(t, d.targetBeliefBefore) })}</p>
      ${rating(v, 'targetBeliefAfter', 'be.target.after')}
      ${
        d.alternativeBelief.trim()
          ? html`<p class="note quoted">${d.alternativeBelief}</p>
              <p class="hint">${t.t('be.before', { rating: outOf100(t, d.alternativeBeliefBefore) })}</p>
              ${rating(v, 'alternativeBeliefAfter', 'be.alternative.after')}`
          : nothing
      }
      ${renderEarlierRuns(v)}
    </div>`;
}

function renderEarlierRuns({ t, earlier, level }: PhasesView) {
  if (!earlier.length) return nothing;
  return html`${heading(level + 1, t.t('be.earlier'))}
    <ul>
      ${earlier.map(
        (run) =>
          html`<li>
            ${t.t('be.earlier.run', {
              date: t.date(Date.parse(run.completedAt)),
              before: outOf100(t, run.beliefBefore),
              after: outOf100(t, run.beliefAfter),
            })}
          </li>`,
      )}
    </ul>`;
}
