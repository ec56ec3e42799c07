import { css, html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { HwTestThoughtEvent } from '../../events.js';
import { newId } from '../../core/ids.js';
import {
  BURNS_DISTORTIONS,
  emptyThoughtRecord,
  filledSteps,
  stepsFor,
  submitProblems,
  THOUGHT_RECORD_SCHEMA,
  type Columns,
  type ThoughtRecordData,
} from '../../exercises/thought-record.js';
import {
  columnsFor,
  hotThought,
  restoreThoughtRecord,
  withHot,
  withMood,
  withoutRow,
  withRowAdded,
  withThought,
  type RowKind,
} from '../../exercises/thought-record-draft.js';
import { addEnglishMessages, type Localizer } from '../../i18n/catalogue.js';
import { thoughtRecord as english } from '../../i18n/en/thought-record.js';
import type { Schemas } from '../../lazy/schemas.js';
import { visuallyHidden } from '../../styles/visually-hidden.js';
import { ExerciseElement } from '../base/exercise-element.js';
import type { SubmittedLine } from '../base/form-parts.js';
import { loadFormParts } from '../../lazy/form-parts.js';
import { toggled } from '../fields/fields.js';
import { renderSteps } from './steps-view.js';

// This widget's English; other languages arrive with their catalogues (loadLocale).
addEnglishMessages(english);

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
    visuallyHidden,
    css`
      /* Each step's heading looks as its legend or label did: it is there to be jumped to. */
      .step :is(h2, h3, h4, h5, h6) {
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
    return columnsFor(this.assignment, this.columns);
  }

  protected override configProblemsFor(): string[] {
    return this.columns !== undefined && ![3, 5, 7].includes(this.columns) ? ['columnsInvalid'] : [];
  }

  protected emptyData(): ThoughtRecordData {
    return emptyThoughtRecord(this.effectiveColumns);
  }

  protected restoreData(saved: unknown, schemas: Schemas, schema?: string): ThoughtRecordData | null {
    return restoreThoughtRecord(saved, schemas, schema, this.effectiveColumns);
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

  private async addRow(kind: RowKind): Promise<void> {
    this.changeData(withRowAdded(this.data, kind, newId()));
    await this.updateComplete;
    // Put the keyboard where the new row is, so adding and typing is one motion.
    const rows = this.renderRoot.querySelectorAll<HTMLInputElement>(`[data-row="${kind}"]`);
    rows[rows.length - 1]?.focus();
  }

  private async removeRow(kind: RowKind, index: number): Promise<void> {
    this.removed = '';
    this.changeData(withoutRow(this.data, kind, index));
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
    const a = this.assignment;
    return html`<p class="muted">${t.t('tr.intro')}</p>
      ${renderSteps({
        t,
        data: this.data,
        steps: stepsFor(this.effectiveColumns),
        level: this.titleLevel + 1,
        distortions: a?.showDistortions === false ? undefined : (a?.distortions ?? BURNS_DISTORTIONS),
        update: (patch) => this.update_(patch),
        setMood: (index, patch) => this.changeData(withMood(this.data, index, patch)),
        setThought: (index, patch) => this.changeData(withThought(this.data, index, patch)),
        markHot: (index) => this.changeData(withHot(this.data, index)),
        toggleDistortion: (value, checked) =>
          this.update_({ distortions: toggled(this.data.distortions, value, checked) }),
        addRow: (kind) => void this.addRow(kind),
        removeRow: (kind, index) => void this.removeRow(kind, index),
        testHotThought: () => void this.testHotThought(),
      })}
      <p class="announce visually-hidden" role="status">${this.removed}</p>`;
  }

  /** A host wires this to a behavioural experiment's `startFromThought()`. */
  private async testHotThought(): Promise<void> {
    // The entry id is fixed when the draft starts (or is read back), so the experiment can name this record.
    await this.opened;
    const hot = hotThought(this.data);
    if (hot) this.dispatchEvent(new HwTestThoughtEvent(hot.text, this.drafts.draft!.entryId));
  }
}
