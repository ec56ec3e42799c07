// <hw-behavioural-experiment>: the two phases rendered and wired to the draft; the logic
// (schema, checks, links between runs, the calendar file) lives in src/exercises.
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { isoWithOffset, now } from '../../core/clock.js';
import type { Entry } from '../../core/entry.js';
import type { Envelope } from '../../core/entry-envelope.js';
import { newId } from '../../core/ids.js';
import { clientText } from '../../core/text.js';
import {
  BEHAVIOURAL_EXPERIMENT_SCHEMA,
  completedExperiment,
  emptyExperiment,
  filledFields,
  scheduledFromLocal,
  submitProblems,
  type EarlierRun,
  type ExperimentDraft,
  type ExperimentPhase,
} from '../../exercises/behavioural-experiment.js';
import {
  inPhase,
  restoreExperiment,
  withoutRow,
  withRowAdded,
  withRowChanged,
  type ExperimentRows,
} from '../../exercises/experiment-draft.js';
import { addEnglishMessages, type Localizer } from '../../i18n/catalogue.js';
import { behaviouralExperiment as english } from '../../i18n/en/behavioural-experiment.js';
import { getStore, loadReceipts } from '../../lazy/store.js';
import type { Schemas } from '../../lazy/schemas.js';
import { ExerciseElement } from '../base/exercise-element.js';
import type { SubmittedLine } from '../base/form-parts.js';
import { dateTimeStyles } from '../fields/date-time-styles.js';
import { experimentStyles } from './experiment-styles.js';
import { loadCalendarFile } from '../../lazy/calendar-file.js';
import { renderPhase } from './phases-view.js';

// This widget's English; other languages arrive with their catalogues (loadLocale).
addEnglishMessages(english);

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
    return restoreExperiment(saved, schemas);
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

  protected override buildEntry(envelope: Envelope): Entry {
    const entry = super.buildEntry(envelope);
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
    this.patch(inPhase(this.data, phase, isoWithOffset()));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#phase')?.focus();
  }

  private async addRow(kind: ExperimentRows): Promise<void> {
    this.patch(withRowAdded(this.data, kind, newId()));
    await this.updateComplete;
    // Put the keyboard where the new row is, so adding and typing is one motion.
    this.renderRoot.querySelector<HTMLElement>(`#${kind}-${this.data[kind].length - 1}`)?.focus();
  }

  private async removeRow(kind: ExperimentRows, index: number): Promise<void> {
    this.patch(withoutRow(this.data, kind, index));
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
      uid: `${this.drafts.draft?.entryId}@homework-elements`,
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

  protected renderExercise(t: Localizer): TemplateResult {
    const a = this.assignment;
    return renderPhase({
      t,
      data: this.data,
      level: this.titleLevel + 1,
      earlier: this.earlier,
      allowPlanOnly: a?.allowPlanOnly === true,
      // A study can switch the reminder off (assignment.features.reminders).
      reminders: a?.features?.reminders !== false,
      patch: (change) => this.patch(change),
      goTo: (phase) => void this.goTo(phase),
      addRow: (kind) => void this.addRow(kind),
      removeRow: (kind, index) => void this.removeRow(kind, index),
      setRow: (kind, index, change) => this.patch(withRowChanged(this.data, kind, index, change)),
      onScheduled: this.onScheduled,
      downloadReminder: () => void this.downloadReminder(this.localizer()),
    });
  }
}
