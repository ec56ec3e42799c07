import { css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { clientText } from '../../core/text.js';
import { HwTestThoughtEvent } from '../../events.js';
import { newId } from '../../core/ids.js';
import {
  BURNS_DISTORTIONS,
  emptyThoughtRecord,
  filledSteps,
  stepsFor,
  submitProblems,
  migrateThoughtRecordDraft,
  THOUGHT_RECORD_SCHEMA,
  type Columns,
  type Mood,
  type Thought,
  type ThoughtRecordData,
  type ThoughtRecordStep,
} from '../../exercises/thought-record.js';
import { addEnglishMessages, type Localizer } from '../../i18n/catalogue.js';
import { thoughtRecord as english } from '../../i18n/en/thought-record.js';
import type { Schemas } from '../../lazy/schemas.js';
import { ExerciseElement } from '../base/exercise-element.js';
import type { SubmittedLine } from '../base/form-parts.js';
import { loadFormParts } from '../../lazy/form-parts.js';
import { checkboxGroup, hintText, slider, textField, toggled } from '../fields/fields.js';

// This widget's English; other languages arrive with their catalogues (loadLocale).
addEnglishMessages(english);

const SIZE_COLUMNS = { quick: 3, standard: 5, full: 7 } as const;

/**
 * A thought record in 3, 5 or 7 columns (Greenberger & Padesky). The client can stop
 * after any step; the draft on this device keeps everything until they submit.
 *
 * @tagname hw-thought-record
 * @summary Thought record: situation, moods, automatic thoughts, evidence, balanced thought.
 *
 * @fires hw-draft-saved - The draft was durably saved on this device.
 * @fires hw-before-submit - Cancelable; the completed entry is about to be queued.
 * @fires hw-entry-queued - The entry is in the outbox on this device.
 * @fires hw-entry-delivered - The endpoint accepted the entry.
 * @fires hw-entry-rejected - The endpoint refused the entry; its message is shown.
 * @fires hw-sync-status - Delivery state changed for one of this widget's entries.
 * @fires hw-config-error - The configuration is invalid; nothing will be sent.
 * @fires hw-load-error - Its own code or a translation could not be loaded (or was refused by its pinned hash).
 * @fires hw-test-thought - The client chose "Test this thought": `event.thought` (the hot thought), `event.sourceEntryId`.
 *
 * @csspart base - The widget's frame.
 * @csspart title - The heading.
 * @csspart assignment - The clinician's instructions and note.
 * @csspart step - Each step's group.
 * @csspart submit - The submit button.
 * @csspart load-error - What could not be loaded, with "Try again".
 * @csspart status - The save and delivery status line.
 * @csspart error - Configuration and submit problems.
 * @csspart rejected - The server's reason for refusing an entry.
 *
 * @cssprop --hw-color-surface - Background.
 * @cssprop --hw-color-text - Text colour.
 * @cssprop --hw-color-text-muted - Hints and secondary text.
 * @cssprop --hw-color-border - Borders of fields and groups.
 * @cssprop --hw-color-primary - Buttons, focus and accents.
 * @cssprop --hw-color-on-primary - Text on primary buttons.
 * @cssprop --hw-color-danger - Errors.
 * @cssprop --hw-color-success - "Sent".
 * @cssprop --hw-space-1 - Smallest spacing.
 * @cssprop --hw-space-3 - Standard spacing.
 * @cssprop --hw-radius-md - Corner radius of the frame.
 * @cssprop --hw-font-family - Font.
 */
export class HwThoughtRecord extends ExerciseElement<ThoughtRecordData> {
  static override styles = [
    ...ExerciseElement.styles,
    // The removal announcement: read by screen readers, not shown (the row is visibly gone).
    css`
      .announce {
        position: absolute;
        inline-size: 1px;
        block-size: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
      /* Each step's heading looks as its legend or label did: it is there to be jumped to. */
      .step h3 {
        font: inherit;
        margin: 0;
      }
      /* A long word the client wrote (the hot thought, a mood's name in a label) wraps, not widens. */
      .step {
        overflow-wrap: anywhere;
      }
    `,
  ];

  protected readonly exercise = 'thought-record';
  protected readonly schemaId = THOUGHT_RECORD_SCHEMA;

  /** 3, 5 or 7 columns; the assignment's `columns` or `size` wins when given. */
  @property({ type: Number }) columns?: number;

  private get effectiveColumns(): Columns {
    const a = this.assignment;
    const chosen = a?.columns ?? (a?.size ? SIZE_COLUMNS[a.size] : undefined) ?? this.columns ?? 7;
    return ([3, 5, 7] as const).includes(chosen as Columns) ? (chosen as Columns) : 7;
  }

  protected override configProblemsFor(): string[] {
    return this.columns !== undefined && ![3, 5, 7].includes(this.columns) ? ['columnsInvalid'] : [];
  }

  protected emptyData(): ThoughtRecordData {
    return emptyThoughtRecord(this.effectiveColumns);
  }

  protected restoreData(saved: unknown, schemas: Schemas, schema?: string): ThoughtRecordData | null {
    if (!saved || typeof saved !== 'object') return null;
    const result = schemas.safeParse(schemas.thoughtRecordDataSchema, { ...this.emptyData(), ...saved });
    if (!result.success) return null;
    return { ...migrateThoughtRecordDraft(result.data, schema), columns: this.effectiveColumns };
  }

  protected problemsFor(data: ThoughtRecordData): string[] {
    return submitProblems(data);
  }

  protected submittedLines(data: ThoughtRecordData): SubmittedLine[] {
    return data.moods.map((mood) => ({ name: mood.name, before: mood.intensity, after: mood.rerated }));
  }

  protected fieldsFilled(data: ThoughtRecordData) {
    return filledSteps(data);
  }

  protected renderTitle(t: Localizer): string {
    return t.t('tr.title');
  }

  private update_(patch: Partial<ThoughtRecordData>): void {
    this.changeData({ ...this.data, ...patch });
  }

  private setMood(index: number, patch: Partial<Mood>): void {
    this.update_({ moods: this.data.moods.map((m, i) => (i === index ? { ...m, ...patch } : m)) });
  }

  private setThought(index: number, patch: Partial<Thought>): void {
    this.update_({ thoughts: this.data.thoughts.map((th, i) => (i === index ? { ...th, ...patch } : th)) });
  }

  private markHot(index: number): void {
    this.update_({ thoughts: this.data.thoughts.map((th, i) => ({ ...th, hot: i === index })) });
  }

  private async addRow(kind: 'moods' | 'thoughts'): Promise<void> {
    if (kind === 'moods') this.update_({ moods: [...this.data.moods, { id: newId(), name: '' }] });
    else {
      const hot = this.data.thoughts.length === 0;
      this.update_({ thoughts: [...this.data.thoughts, { id: newId(), text: '', hot }] });
    }
    await this.updateComplete;
    // Put the keyboard where the new row is, so adding and typing is one motion.
    const rows = this.renderRoot.querySelectorAll<HTMLInputElement>(`[data-row="${kind}"]`);
    rows[rows.length - 1]?.focus();
  }

  private async removeRow(kind: 'moods' | 'thoughts', index: number): Promise<void> {
    const rows = this.data[kind].filter((_, i) => i !== index);
    if (kind === 'thoughts' && rows.length && !rows.some((th) => (th as Thought).hot)) (rows[0] as Thought).hot = true;
    this.removed = '';
    this.update_({ [kind]: rows });
    await this.updateComplete;
    // The rows after it moved up into the DOM of the ones before: "Rate it" as each row's
    // data says, and the keyboard not left on a "Remove" that now names another row.
    loadFormParts.loaded()?.resetReveals(this.renderRoot);
    this.renderRoot.querySelector<HTMLElement>(`#add-${kind}`)?.focus();
    // Said once the focus has moved; emptied with the removal above, so the same words twice
    // in a row are said twice.
    const t = this.localizer();
    this.removed = t.t(`tr.${kind}.removed`, { number: t.number(index + 1) });
  }

  /** "Mood 1 removed.": what a screen reader hears after a Remove, in a region that stays. */
  @state() private removed = '';

  protected renderExercise(t: Localizer): TemplateResult {
    const steps = stepsFor(this.effectiveColumns);
    return html`<p class="muted">${t.t('tr.intro')}</p>
      ${steps.map((step, index) => this.renderStep(t, step, index + 1, steps.length))}
      <p class="announce" role="status">${this.removed}</p>`;
  }

  private renderStep(t: Localizer, step: ThoughtRecordStep, number: number, total: number) {
    const progress = html`<span class="step-number"
      >${t.t('tr.step', { number: t.number(number), total: t.number(total) })}</span
    >`;
    const tooLong = t.t('fieldTooLong', { max: t.number(10_000) });
    // A one-question step's heading is its number and the question (the field's label).
    const text = (
      id: string,
      key: 'situation' | 'evidenceFor' | 'evidenceAgainst' | 'balancedThought',
      prefix: string,
    ) =>
      textField({
        id,
        label: t.t(`${prefix}.label`),
        hint: t.t(`${prefix}.hint`),
        value: this.data[key],
        multiline: true,
        tooLongMessage: tooLong,
        heading: (label) => html`<h3>${progress} ${label}</h3>`,
        onInput: (value) => this.update_({ [key]: clientText(value) }),
      });
    switch (step) {
      case 'situation':
        return html`<div class="step" part="step">${text('situation', 'situation', 'tr.situation')}</div>`;
      case 'moods':
        return this.renderMoods(t, progress);
      case 'automaticThoughts':
        return this.renderThoughts(t, progress, tooLong);
      case 'evidenceFor':
        return html`<div class="step" part="step">
          ${text('evidence-for', 'evidenceFor', 'tr.evidenceFor')}${this.renderHotThought(t)}
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
            value: this.data.balancedBelief,
            max: 100,
            valueText: (value) => t.t('rating.valueText', { value: t.number(value), max: t.number(100) }),
            notRatedText: t.t('rating.notRated'),
            rateText: t.t('rating.rate'),
            onInput: (balancedBelief) => this.update_({ balancedBelief }),
          })}
        </div>`;
      case 'rerateMoods':
        return this.renderRerate(t, progress);
    }
  }

  private renderMoods(t: Localizer, progress: TemplateResult) {
    const valueText = (value: number) => t.t('rating.valueText', { value: t.number(value), max: t.number(100) });
    return html`<fieldset class="step" part="step">
      <legend><h3>${progress} ${t.t('tr.moods.legend')}</h3></legend>
      ${hintText(t.t('tr.moods.hint'))}
      ${this.data.moods.map(
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
                @input=${(e: Event) => this.setMood(i, { name: clientText((e.target as HTMLInputElement).value, 200) })}
              />
            </div>
            ${slider({
              id: `mood-intensity-${i}`,
              label: t.t('tr.moods.intensity', { number: t.number(i + 1) }),
              value: mood.intensity,
              max: 100,
              valueText,
              notRatedText: t.t('rating.notRated'),
              rateText: t.t('rating.rate'),
              onInput: (intensity) => this.setMood(i, { intensity }),
            })}
            <button type="button" @click=${() => void this.removeRow('moods', i)}>
              ${t.t('tr.moods.remove', { number: t.number(i + 1) })}
            </button>
          </div>`,
      )}
      <button type="button" id="add-moods" @click=${() => void this.addRow('moods')}>${t.t('tr.moods.add')}</button>
    </fieldset>`;
  }

  private renderThoughts(t: Localizer, progress: TemplateResult, tooLong: string) {
    const outOf100 = (value: number) => t.t('rating.valueText', { value: t.number(value), max: t.number(100) });
    const distortions = this.assignment?.distortions ?? BURNS_DISTORTIONS;
    const showDistortions = this.assignment?.showDistortions !== false;
    return html`<fieldset class="step" part="step">
      <legend><h3>${progress} ${t.t('tr.thoughts.legend')}</h3></legend>
      ${hintText(t.t('tr.thoughts.hint'))}
      ${this.data.thoughts.map(
        (thought, i) =>
          html`<div class="row">
            <div class="field">
              <label for="thought-${i}">${t.t('tr.thoughts.text', { number: t.number(i + 1) })}</label>
              <textarea
                id="thought-${i}"
                dir="auto"
                data-row="thoughts"
                rows="2"
                maxlength="10000"
                .value=${thought.text}
                @input=${(e: Event) => this.setThought(i, { text: clientText((e.target as HTMLTextAreaElement).value) })}
              ></textarea>
              ${thought.text.length >= 10_000 ? html`<p class="limit">${tooLong}</p>` : nothing}
            </div>
            ${slider({
              id: `thought-belief-${i}`,
              label: t.t('tr.thoughts.belief', { number: t.number(i + 1) }),
              value: thought.belief,
              max: 100,
              valueText: outOf100,
              notRatedText: t.t('rating.notRated'),
              rateText: t.t('rating.rate'),
              onInput: (belief) => this.setThought(i, { belief }),
            })}
            <label class="check">
              <input type="radio" name="hot-thought" .checked=${thought.hot} @input=${() => this.markHot(i)} />
              <span>${t.t('tr.thoughts.hot', { number: t.number(i + 1) })}</span>
            </label>
            <button type="button" @click=${() => void this.removeRow('thoughts', i)}>
              ${t.t('tr.thoughts.remove', { number: t.number(i + 1) })}
            </button>
          </div>`,
      )}
      <button type="button" id="add-thoughts" @click=${() => void this.addRow('thoughts')}>
        ${t.t('tr.thoughts.add')}
      </button>
      ${
        this.data.thoughts.some((th) => th.hot && th.text.trim())
          ? html`<button type="button" @click=${() => this.testHotThought()}>${t.t('tr.testThought')}</button>`
          : nothing
      }
      ${
        showDistortions
          ? checkboxGroup({
              legend: t.t('tr.distortions.legend'),
              options: distortions.map((value) => ({
                value,
                // Burns's labels are translated; a clinician's own labels are shown as written.
                label: (BURNS_DISTORTIONS as readonly string[]).includes(value) ? t.t(`distortion.${value}`) : value,
              })),
              selected: this.data.distortions,
              onToggle: (value, checked) =>
                this.update_({ distortions: toggled(this.data.distortions, value, checked) }),
            })
          : nothing
      }
    </fieldset>`;
  }

  /** A host wires this to a behavioural experiment's `startFromThought()`. */
  private async testHotThought(): Promise<void> {
    // The entry id is fixed when the draft starts (or is read back), so the experiment can name this record.
    await this.opened;
    const hot = this.data.thoughts.find((th) => th.hot && th.text.trim());
    if (hot) this.dispatchEvent(new HwTestThoughtEvent(hot.text, this.buildEntry().id));
  }

  private renderHotThought(t: Localizer) {
    const hot = this.data.thoughts.find((th) => th.hot && th.text.trim());
    if (!hot) return nothing;
    return html`<p class="note"><span class="muted">${t.t('tr.hotThought')}:</span> ${hot.text}</p>`;
  }

  private renderRerate(t: Localizer, progress: TemplateResult) {
    const valueText = (value: number) => t.t('rating.valueText', { value: t.number(value), max: t.number(100) });
    const named = this.data.moods.map((mood, index) => ({ mood, index })).filter(({ mood }) => mood.name.trim());
    const hot = this.data.thoughts.find((th) => th.hot && th.text.trim());
    return html`<fieldset class="step" part="step">
      <legend><h3>${progress} ${t.t('tr.rerate.legend')}</h3></legend>
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
          onInput: (rerated) => this.setMood(index, { rerated }),
        }),
      )}
      ${
        // The standard last question: how much the hot thought is believed now.
        hot
          ? html`<p class="note"><span class="muted">${t.t('tr.hotThought')}:</span> ${hot.text}</p>
              ${slider({
                id: 'hot-belief-after',
                label: t.t('tr.rerate.hotBelief'),
                value: this.data.hotBeliefAfter,
                max: 100,
                valueText,
                notRatedText: t.t('rating.notRated'),
                rateText: t.t('rating.rate'),
                onInput: (hotBeliefAfter) => this.update_({ hotBeliefAfter }),
              })}`
          : nothing
      }
    </fieldset>`;
  }
}
