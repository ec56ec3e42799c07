// <hw-behavioural-experiment>: the two phases rendered and wired to the draft; the logic
// (schema, checks, links between runs, the calendar file) lives in src/exercises.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { isoWithOffset, now } from '../../core/clock.js';
import type { Entry } from '../../core/entry.js';
import { newId } from '../../core/ids.js';
import { clientText, MAX_FIELD_LENGTH } from '../../core/text.js';
import {
  BEHAVIOURAL_EXPERIMENT_SCHEMA,
  completedExperiment,
  emptyExperiment,
  EXPERIMENT_TYPES,
  filledFields,
  localInputValue,
  scheduledFromLocal,
  submitProblems,
  type EarlierRun,
  type ExperimentDraft,
  type ExperimentPhase,
} from '../../exercises/behavioural-experiment.js';
import { addEnglishMessages, type Localizer } from '../../i18n/catalogue.js';
import { behaviouralExperiment as english } from '../../i18n/en/behavioural-experiment.js';
import { getStore, loadReceipts } from '../../lazy/store.js';
import type { Schemas } from '../../lazy/schemas.js';
import { ExerciseElement } from '../base/exercise-element.js';
import type { SubmittedLine } from '../base/form-parts.js';
import { dateTimeStyles } from '../fields/date-time-styles.js';
import { hintText, slider, textField } from '../fields/fields.js';
import { experimentStyles } from './experiment-styles.js';
import { loadCalendarFile } from '../../lazy/calendar-file.js';

// This widget's English; other languages arrive with their catalogues (loadLocale).
addEnglishMessages(english);

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
type RowKind = 'safetyBehaviours' | 'obstacles';

/**
 * A behavioural experiment in two phases, often days apart: the plan (belief, experiment,
 * prediction, safety behaviours, obstacles), then the outcome (what happened beside what was
 * predicted, what I learned, the belief re-rated). The phase is part of the draft, so the
 * widget reopens where the client stopped.
 *
 * @tagname hw-behavioural-experiment
 * @summary Behavioural experiment: plan now, record the outcome later.
 *
 * @fires hw-draft-saved - The draft was durably saved on this device.
 * @fires hw-before-submit - Cancelable; the completed entry is about to be queued.
 * @fires hw-entry-queued - The entry is in the outbox on this device.
 * @fires hw-entry-delivered - The endpoint accepted the entry.
 * @fires hw-entry-rejected - The endpoint refused the entry; its message is shown.
 * @fires hw-sync-status - Delivery state changed for one of this widget's entries.
 * @fires hw-config-error - The configuration is invalid; nothing will be sent.
 * @fires hw-load-error - Its own code or a translation could not be loaded (or was refused by its pinned hash).
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
 * @cssprop --hw-color-surface-subtle - Background of the prediction shown beside the outcome.
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
export class HwBehaviouralExperiment extends ExerciseElement<ExperimentDraft> {
  static override styles = [...ExerciseElement.styles, dateTimeStyles, experimentStyles];

  protected readonly exercise = 'behavioural-experiment';
  protected readonly schemaId = BEHAVIOURAL_EXPERIMENT_SCHEMA;

  /** Earlier runs with the same target belief, found among the entries kept on this device. */
  private earlier: EarlierRun[] = [];
  private lookedUpFor?: string;

  /**
   * Pre-fill the target belief with a thought, e.g. a thought record's hot thought
   * (`hw-test-thought`), and remember where it came from. Waits for the saved draft to load.
   * Only an empty target belief is filled: words the client already wrote are never replaced
   * and nothing is asked, so it resolves `false` and changes nothing (a host wanting a second
   * experiment can use another `draft-key`). Resolves `true` when the thought was filled in.
   */
  async startFromThought(thought: string, sourceEntryId?: string): Promise<boolean> {
    await this.opened;
    const text = clientText(String(thought ?? ''));
    if (this.data.targetBelief.trim() || !text.trim()) return false;
    const entryId = sourceEntryId && sourceEntryId.length <= 200 ? String(sourceEntryId) : undefined;
    this.patch({ targetBelief: text, fromThought: entryId ? { text, entryId } : { text } });
    return true;
  }

  protected emptyData(): ExperimentDraft {
    return emptyExperiment();
  }

  protected restoreData(saved: unknown, schemas: Schemas): ExperimentDraft | null {
    if (!saved || typeof saved !== 'object') return null;
    const result = schemas.safeParse(schemas.experimentDraftSchema, { ...emptyExperiment(), ...saved });
    return result.success ? result.data : null;
  }

  protected problemsFor(data: ExperimentDraft): string[] {
    return submitProblems(data, this.assignment?.allowPlanOnly === true);
  }

  protected submittedLines(data: ExperimentDraft): SubmittedLine[] {
    return [
      { name: data.targetBelief, before: data.targetBeliefBefore, after: data.targetBeliefAfter },
      { name: data.alternativeBelief, before: data.alternativeBeliefBefore, after: data.alternativeBeliefAfter },
    ];
  }

  protected fieldsFilled(data: ExperimentDraft) {
    return filledFields(data);
  }

  protected renderTitle(t: Localizer): string {
    return t.t('be.title');
  }

  protected override async submit(): Promise<void> {
    await this.lookUpEarlierRuns();
    return super.submit();
  }

  protected override buildEntry(): Entry {
    const entry = super.buildEntry();
    return { ...entry, data: completedExperiment(this.data, this.earlier, entry.completedAt) } as Entry;
  }

  /** The plan alone may be sent only when the assignment says so; otherwise after the outcome. */
  protected override offersSubmit(): boolean {
    return this.data.phase === 'outcome' || this.assignment?.allowPlanOnly === true;
  }

  protected override renderSelfReviewSection(t: Localizer): TemplateResult {
    // Looking back belongs with Submit: after the experiment, or with a plan sent alone.
    return this.offersSubmit() ? super.renderSelfReviewSection(t) : html``;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.data.phase === 'outcome' && this.data.targetBelief !== this.lookedUpFor) void this.lookUpEarlierRuns();
  }

  private async lookUpEarlierRuns(): Promise<void> {
    const target = (this.lookedUpFor = this.data.targetBelief);
    try {
      const [store, device] = await Promise.all([getStore(), loadReceipts()]);
      this.earlier = await device.earlierRunsOnDevice(store, target);
    } catch {
      // The link between runs is a convenience: a storage failure must not stop a submit.
      this.earlier = [];
    }
    this.requestUpdate();
  }

  private patch(change: Partial<ExperimentDraft>): void {
    this.changeData({ ...this.data, plannedAt: this.data.plannedAt ?? isoWithOffset(), ...change });
  }

  private async goTo(phase: ExperimentPhase): Promise<void> {
    // planCompletedAt keeps the first "I did it": going back to fix the plan does not move it.
    this.patch({
      phase,
      planCompletedAt: phase === 'outcome' ? (this.data.planCompletedAt ?? isoWithOffset()) : this.data.planCompletedAt,
    });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#phase')?.focus();
  }

  private setRow(kind: RowKind, index: number, change: Record<string, string>): void {
    const rows = (this.data[kind] as object[]).map((row, i) => (i === index ? { ...row, ...change } : row));
    this.patch({ [kind]: rows });
  }

  private async addRow(kind: RowKind): Promise<void> {
    const row = kind === 'obstacles' ? { id: newId(), obstacle: '', strategy: '' } : { id: newId(), text: '' };
    this.patch({ [kind]: [...this.data[kind], row] });
    await this.updateComplete;
    // Put the keyboard where the new row is, so adding and typing is one motion.
    this.renderRoot.querySelector<HTMLElement>(`#${kind}-${this.data[kind].length - 1}`)?.focus();
  }

  private async removeRow(kind: RowKind, index: number): Promise<void> {
    this.patch({ [kind]: this.data[kind].filter((_, i) => i !== index) });
    await this.updateComplete;
    // The removed button took the focus with it; the list's "Add" button is the nearest place.
    this.renderRoot.querySelector<HTMLElement>(`#add-${kind}`)?.focus();
  }

  private onScheduled = (e: Event) => {
    const input = e.target as HTMLInputElement;
    // A half-typed date reads as '': keep the last whole one instead of wiping what is typed.
    if (!input.validity.badInput) this.patch({ scheduledFor: scheduledFromLocal(input.value) });
  };

  private async downloadReminder(t: Localizer): Promise<void> {
    const start = Date.parse(this.data.scheduledFor ?? '');
    if (Number.isNaN(start)) return;
    // Not loaded: the plan stays on screen and saved; the client is told, and may try again.
    // The download's code comes with the click, like the calendar file: not in the first load.
    const loaded = await Promise.all([loadCalendarFile(), import('./save-file.js')]).catch((error: unknown) =>
      this.reportLoadFailure(error, false),
    );
    if (!loaded) return;
    const [{ calendarFile }, { saveFile }] = loaded;
    // Only what and where: calendars are often shared or synced, so beliefs stay out.
    const text = calendarFile({
      // The entry id is fixed when the draft starts, so a second download updates the same event.
      uid: `${this.buildEntry().id}@homework-elements`,
      start,
      minutes: 30,
      stamp: now(),
      summary: t.t('be.calendar.summary'),
      description: this.data.experiment,
      location: this.data.place,
      alarmMinutesBefore: 15,
    });
    saveFile(this.renderRoot, text, 'experiment.ics', 'text/calendar;charset=utf-8');
  }

  private text(t: Localizer, key: TextKey, label: string, hint?: string, multiline = true) {
    return textField({
      id: key,
      label: t.t(label),
      hint: hint && t.t(hint),
      value: this.data[key],
      multiline,
      tooLongMessage: t.t('fieldTooLong', { max: t.number(MAX_FIELD_LENGTH) }),
      heading: OPENS_STEP.includes(key) ? (label) => html`<h4>${label}</h4>` : undefined,
      onInput: (value) => this.patch({ [key]: clientText(value) }),
    });
  }

  private outOf100(t: Localizer, value: number | undefined): string {
    return value === undefined
      ? t.t('be.notRated')
      : t.t('rating.valueText', { value: t.number(value), max: t.number(100) });
  }

  private rating(t: Localizer, key: RatingKey, label: string) {
    return slider({
      id: key,
      label: t.t(label),
      value: this.data[key],
      max: 100,
      valueText: (value) => this.outOf100(t, value),
      notRatedText: t.t('be.notRated'),
      rateText: t.t('rating.rate'),
      onInput: (value) => this.patch({ [key]: value }),
    });
  }

  protected renderExercise(t: Localizer): TemplateResult {
    const plan = this.data.phase === 'plan';
    return html`<h3 id="phase" tabindex="-1">${t.t(plan ? 'be.phase.plan' : 'be.phase.outcome')}</h3>
      ${plan ? this.renderPlan(t) : this.renderOutcome(t)}`;
  }

  private renderPlan(t: Localizer) {
    const d = this.data;
    const survey = d.type === 'survey';
    return html`<p class="muted">${t.t('be.intro')}</p>
      <fieldset class="step" part="step">
        <legend><h4>${t.t('be.type.legend')}</h4></legend>
        <div class="scale-row">
          ${EXPERIMENT_TYPES.map(
            (type) =>
              html`<label class="scale-choice">
                <input type="radio" name="type" .checked=${d.type === type} @input=${() => this.patch({ type })} />
                <span>${t.t(`be.type.${type}`)}</span>
              </label>`,
          )}
        </div>
      </fieldset>
      <div class="step" part="step">
        ${this.text(t, 'targetBelief', 'be.target.label', 'be.target.hint')}
        ${this.rating(t, 'targetBeliefBefore', 'be.target.before')}
        ${this.text(t, 'alternativeBelief', 'be.alternative.label')}
        ${d.alternativeBelief.trim() ? this.rating(t, 'alternativeBeliefBefore', 'be.alternative.before') : nothing}
      </div>
      <div class="step" part="step">
        ${this.text(t, 'experiment', 'be.experiment.label', survey ? 'be.experiment.hint.survey' : 'be.experiment.hint')}
        <div class="field">
          <label for="when">${t.t('be.when.label')}</label>
          <input id="when" type="datetime-local" .value=${localInputValue(d.scheduledFor)} @input=${this.onScheduled} />
        </div>
        ${this.text(t, 'place', 'be.where.label', undefined, false)}
        ${
          // A study can switch the reminder off (assignment.features.reminders).
          d.scheduledFor && this.assignment?.features?.reminders !== false
            ? html`<p class="hint" id="calendar-hint">${t.t('be.calendar.hint')}</p>
                <button type="button" aria-describedby="calendar-hint" @click=${() => void this.downloadReminder(t)}>
                  ${t.t('be.calendar')}
                </button>`
            : nothing
        }
      </div>
      <div class="step" part="step">
        ${this.text(t, 'prediction', 'be.prediction.label', survey ? 'be.prediction.hint.survey' : 'be.prediction.hint')}
        ${this.text(t, 'predictionCheck', 'be.prediction.check')}
      </div>
      ${this.renderRows(t, 'safetyBehaviours', [['text', 'be.safety.item']], 'be.safety.hint')}
      ${this.renderRows(t, 'obstacles', [
        ['obstacle', 'be.obstacle.if'],
        ['strategy', 'be.obstacle.then'],
      ])}
      <div class="actions">
        <button type="button" @click=${() => void this.goTo('outcome')}>${t.t('be.toOutcome')}</button>
        ${this.assignment?.allowPlanOnly ? html`<p class="hint">${t.t('be.planOnly')}</p>` : nothing}
      </div>`;
  }

  /** A list the client grows: safety behaviours (one field a row) or obstacles (if / then). */
  private renderRows(t: Localizer, kind: RowKind, fields: [key: string, label: string][], hint?: string) {
    const name = kind === 'obstacles' ? 'obstacle' : 'safety';
    return html`<fieldset class="step" part="step">
      <legend><h4>${t.t(`be.${kind}.legend`)}</h4></legend>
      ${hint ? hintText(t.t(hint)) : nothing}
      ${(this.data[kind] as Record<string, string>[]).map(
        (row, i) =>
          html`<div class="row">
            ${fields.map(([key, label], f) =>
              textField({
                id: `${kind}-${i}${f ? `-${key}` : ''}`,
                label: t.t(label, { number: t.number(i + 1) }),
                value: row[key],
                onInput: (value) => this.setRow(kind, i, { [key]: clientText(value) }),
              }),
            )}
            <button type="button" @click=${() => void this.removeRow(kind, i)}>
              ${t.t(`be.${name}.remove`, { number: t.number(i + 1) })}
            </button>
          </div>`,
      )}
      <button type="button" id="add-${kind}" @click=${() => void this.addRow(kind)}>${t.t(`be.${name}.add`)}</button>
    </fieldset>`;
  }

  private renderOutcome(t: Localizer) {
    const d = this.data;
    const survey = d.type === 'survey';
    return html`<div class="actions">
        <button type="button" @click=${() => void this.goTo('plan')}>${t.t('be.toPlan')}</button>
      </div>
      <div class="step" part="step">
        <div class="compare">
          <div class="note">
            <p class="muted">${t.t('be.predicted')}</p>
            <p class="quoted">${d.prediction}</p>
            ${d.predictionCheck.trim() ? html`<p class="quoted">${d.predictionCheck}</p>` : nothing}
          </div>
          ${this.text(t, 'outcome', 'be.outcome.label', survey ? 'be.outcome.hint.survey' : 'be.outcome.hint')}
        </div>
        ${this.text(t, 'comparison', 'be.comparison.label')}
        ${this.text(t, 'learned', 'be.learned.label', 'be.learned.hint')}
      </div>
      <div class="step" part="step">
        <h4>${t.t('be.target.label')}</h4>
        <p class="note quoted">${d.targetBelief}</p>
        <p class="hint">${t.t('be.before', { rating: this.outOf100(t, d.targetBeliefBefore) })}</p>
        ${this.rating(t, 'targetBeliefAfter', 'be.target.after')}
        ${
          d.alternativeBelief.trim()
            ? html`<p class="note quoted">${d.alternativeBelief}</p>
                <p class="hint">${t.t('be.before', { rating: this.outOf100(t, d.alternativeBeliefBefore) })}</p>
                ${this.rating(t, 'alternativeBeliefAfter', 'be.alternative.after')}`
            : nothing
        }
        ${this.renderEarlierRuns(t)}
      </div>`;
  }

  private renderEarlierRuns(t: Localizer) {
    if (!this.earlier.length) return nothing;
    return html`<h4>${t.t('be.earlier')}</h4>
      <ul>
        ${this.earlier.map(
          (run) =>
            html`<li>
              ${t.t('be.earlier.run', {
                date: t.date(Date.parse(run.completedAt)),
                before: this.outOf100(t, run.beliefBefore),
                after: this.outOf100(t, run.beliefAfter),
              })}
            </li>`,
        )}
      </ul>`;
  }
}
