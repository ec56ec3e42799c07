// The thought record's steps, from what they are given: each step a group (or a question)
// under a heading "Step n of N" one level below the widget's, to jump step to step. The
// element keeps the data and passes in its changes.
import { html, nothing, type TemplateResult } from 'lit';
import { clientText, MAX_FIELD_LENGTH } from '../../core/text.js';
import {
  BURNS_DISTORTIONS,
  type Mood,
  type Thought,
  type ThoughtRecordData,
  type ThoughtRecordStep,
} from '../../exercises/thought-record.js';
import { hotThought, type RowKind } from '../../exercises/thought-record-draft.js';
import type { Localizer } from '../../i18n/catalogue.js';
import { heading } from '../base/heading.js';
import { checkboxGroup, hintText, slider, textField, tooLongNote } from '../fields/fields.js';

export interface StepsView {
  t: Localizer;
  data: ThoughtRecordData;
  steps: readonly ThoughtRecordStep[];
  /** The steps' heading level: one below the widget's. */
  level: number;
  /** The thinking patterns offered (the clinician's, or Burns's); none when switched off. */
  distortions?: readonly string[];
  update: (patch: Partial<ThoughtRecordData>) => void;
  setMood: (index: number, patch: Partial<Mood>) => void;
  setThought: (index: number, patch: Partial<Thought>) => void;
  markHot: (index: number) => void;
  toggleDistortion: (value: string, checked: boolean) => void;
  addRow: (kind: RowKind) => void;
  removeRow: (kind: RowKind, index: number) => void;
  testHotThought: () => void;
}

type TextKey = 'situation' | 'evidenceFor' | 'evidenceAgainst' | 'balancedThought';

export function renderSteps(v: StepsView): TemplateResult[] {
  return v.steps.map((step, index) => renderStep(v, step, index + 1));
}

function renderStep(v: StepsView, step: ThoughtRecordStep, number: number) {
  const { t, data } = v;
  const title = (words: unknown) =>
    heading(
      v.level,
      html`<span class="step-number"
          >${t.t('tr.step', { number: t.number(number), total: t.number(v.steps.length) })}</span
        >
        ${words}`,
    );
  const tooLong = tooLongNote(t);
  // A one-question step's heading is its number and the question (the field's label).
  const text = (id: string, key: TextKey, prefix: string) =>
    textField({
      id,
      label: t.t(`${prefix}.label`),
      hint: t.t(`${prefix}.hint`),
      value: data[key],
      multiline: true,
      tooLongMessage: tooLong,
      heading: title,
      onInput: (value) => v.update({ [key]: clientText(value) }),
    });
  switch (step) {
    case 'situation':
      return html`<div class="step" part="step">${text('situation', 'situation', 'tr.situation')}</div>`;
    case 'moods':
      return renderMoods(v, title);
    case 'automaticThoughts':
      return renderThoughts(v, title, tooLong);
    case 'evidenceFor':
      return html`<div class="step" part="step">
        ${text('evidence-for', 'evidenceFor', 'tr.evidenceFor')}${renderHotThought(t, data)}
      </div>`;
    case 'evidenceAgainst':
      return html`<div class="step" part="step">
        ${text('evidence-against', 'evidenceAgainst', 'tr.evidenceAgainst')}
      </div>`;
    case 'balancedThought':
      return html`<div class="step" part="step">
        ${text('balanced-thought', 'balancedThought', 'tr.balanced')}
        ${slider({
          id: 'balanced-belief',
          label: t.t('tr.balanced.belief'),
          value: data.balancedBelief,
          max: 100,
          valueText: (value) => outOf100(t, value),
          notRatedText: t.t('rating.notRated'),
          rateText: t.t('rating.rate'),
          onInput: (balancedBelief) => v.update({ balancedBelief }),
        })}
      </div>`;
    case 'rerateMoods':
      return renderRerate(v, title);
  }
}

type Title = (words: unknown) => TemplateResult;

const outOf100 = (t: Localizer, value: number) =>
  t.t('rating.valueText', { value: t.number(value), max: t.number(100) });

function renderMoods(v: StepsView, title: Title) {
  const { t } = v;
  return html`<fieldset class="step" part="step">
    <legend>${title(t.t('tr.moods.legend'))}</legend>
    ${hintText(t.t('tr.moods.hint'))}
    ${v.data.moods.map(
      (mood, i) =>
        html`<div class="row">
          <div class="field">
            <label for="mood-name-${i}">${t.t('tr.moods.name', { number: t.number(i + 1) })}</label>
            <input
              id="mood-name-${i}"
              dir="auto"
              data-row="moods"
              type="text"
              maxlength="200"
              .value=${mood.name}
              @input=${(e: Event) => v.setMood(i, { name: clientText((e.target as HTMLInputElement).value, 200) })}
            />
          </div>
          ${slider({
            id: `mood-intensity-${i}`,
            label: t.t('tr.moods.intensity', { number: t.number(i + 1) }),
            value: mood.intensity,
            max: 100,
            valueText: (value) => outOf100(t, value),
            notRatedText: t.t('rating.notRated'),
            rateText: t.t('rating.rate'),
            onInput: (intensity) => v.setMood(i, { intensity }),
          })}
          <button type="button" @click=${() => v.removeRow('moods', i)}>
            ${t.t('tr.moods.remove', { number: t.number(i + 1) })}
          </button>
        </div>`,
    )}
    <button type="button" id="add-moods" @click=${() => v.addRow('moods')}>${t.t('tr.moods.add')}</button>
  </fieldset>`;
}

function renderThoughts(v: StepsView, title: Title, tooLong: (max: number) => string) {
  const { t, data } = v;
  return html`<fieldset class="step" part="step">
    <legend>${title(t.t('tr.thoughts.legend'))}</legend>
    ${hintText(t.t('tr.thoughts.hint'))}
    ${data.thoughts.map(
      (thought, i) =>
        html`<div class="row">
          <div class="field">
            <label for="thought-${i}">${t.t('tr.thoughts.text', { number: t.number(i + 1) })}</label>
            <textarea
              id="thought-${i}"
              dir="auto"
              data-row="thoughts"
              rows="2"
              maxlength=${MAX_FIELD_LENGTH}
              .value=${thought.text}
              @input=${(e: Event) => v.setThought(i, { text: clientText((e.target as HTMLTextAreaElement).value) })}
            ></textarea>
            ${thought.text.length >= MAX_FIELD_LENGTH ? html`<p class="limit">${tooLong(MAX_FIELD_LENGTH)}</p>` : nothing}
          </div>
          ${slider({
            id: `thought-belief-${i}`,
            label: t.t('tr.thoughts.belief', { number: t.number(i + 1) }),
            value: thought.belief,
            max: 100,
            valueText: (value) => outOf100(t, value),
            notRatedText: t.t('rating.notRated'),
            rateText: t.t('rating.rate'),
            onInput: (belief) => v.setThought(i, { belief }),
          })}
          <label class="check">
            <input type="radio" name="hot-thought" .checked=${thought.hot} @input=${() => v.markHot(i)} />
            <span>${t.t('tr.thoughts.hot', { number: t.number(i + 1) })}</span>
          </label>
          <button type="button" @click=${() => v.removeRow('thoughts', i)}>
            ${t.t('tr.thoughts.remove', { number: t.number(i + 1) })}
          </button>
        </div>`,
    )}
    <button type="button" id="add-thoughts" @click=${() => v.addRow('thoughts')}>${t.t('tr.thoughts.add')}</button>
    ${
      hotThought(data)
        ? html`<button type="button" @click=${() => v.testHotThought()}>${t.t('tr.testThought')}</button>`
        : nothing
    }
    ${
      v.distortions
        ? checkboxGroup({
            legend: t.t('tr.distortions.legend'),
            options: v.distortions.map((value) => ({
              value,
              // Burns's labels are translated; a clinician's own labels are shown as written.
              label: (BURNS_DISTORTIONS as readonly string[]).includes(value) ? t.t(`distortion.${value}`) : value,
            })),
            selected: data.distortions,
            onToggle: (value, checked) => v.toggleDistortion(value, checked),
          })
        : nothing
    }
    ${renderPatternMeanings(t, v.distortions)}
  </fieldset>`;
}

/** What each named pattern means, in plain words, folded beside them (once their words are here). */
function renderPatternMeanings(t: Localizer, shown: readonly string[] | undefined) {
  const named = shown?.filter((value) => (BURNS_DISTORTIONS as readonly string[]).includes(value)) ?? [];
  const help = t.t('patterns.help');
  return named.length && help !== 'patterns.help'
    ? html`<details class="meanings">
        <summary>${help}</summary>
        <dl>
          ${named.map(
            (value) =>
              html`<dt>${t.t(`distortion.${value}`)}</dt>
                <dd>${t.t(`patterns.${value}`)}</dd>`,
          )}
        </dl>
      </details>`
    : nothing;
}

function renderHotThought(t: Localizer, data: ThoughtRecordData) {
  const hot = hotThought(data);
  return hot ? html`<p class="note"><span class="muted">${t.t('tr.hotThought')}:</span> ${hot.text}</p>` : nothing;
}

function renderRerate(v: StepsView, title: Title) {
  const { t, data } = v;
  const valueText = (value: number) => outOf100(t, value);
  const named = data.moods.map((mood, index) => ({ mood, index })).filter(({ mood }) => mood.name.trim());
  return html`<fieldset class="step" part="step">
    <legend>${title(t.t('tr.rerate.legend'))}</legend>
    ${hintText(t.t(named.length ? 'tr.rerate.hint' : 'tr.rerate.empty'))}
    ${named.map(({ mood, index }) =>
      slider({
        id: `mood-rerate-${index}`,
        label: t.t('tr.rerate.intensity', { mood: mood.name }),
        value: mood.rerated,
        max: 100,
        valueText,
        notRatedText: t.t('rating.notRated'),
        rateText: t.t('rating.rate'),
        onInput: (rerated) => v.setMood(index, { rerated }),
      }),
    )}
    ${
      // The standard last question: how much the hot thought is believed now.
      hotThought(data)
        ? html`${renderHotThought(t, data)}
          ${slider({
            id: 'hot-belief-after',
            label: t.t('tr.rerate.hotBelief'),
            value: data.hotBeliefAfter,
            max: 100,
            valueText,
            notRatedText: t.t('rating.notRated'),
            rateText: t.t('rating.rate'),
            onInput: (hotBeliefAfter) => v.update({ hotBeliefAfter }),
          })}`
        : nothing
    }
  </fieldset>`;
}
