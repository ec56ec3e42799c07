import { adoptStyles, html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { now } from '../../core/clock.js';
import type { Entry } from '../../core/entry.js';
import type { Envelope } from '../../core/entry-envelope.js';
import type { MoodPoint } from '../../exercises/mood-history.js';
import {
  bringsHelpForward,
  completeCheckIn,
  emptyCheckIn,
  filledParts,
  isMoodScale,
  MOOD_TRACKER_SCHEMA,
  submitProblems,
  type MoodCheckInDraft,
  type MoodScale,
} from '../../exercises/mood-tracker.js';
import { partsHolding, restoreCheckIn, scaleFor } from '../../exercises/mood-check-in-draft.js';
import { addEnglishMessages, isLocaleLoaded, type Localizer } from '../../i18n/catalogue.js';
import { moodTracker as english } from '../../i18n/en/mood-tracker.js';
import { getStore, loadReceipts } from '../../lazy/store.js';
import { tokens } from '../../styles/tokens.js';
import { withSender } from '../../lazy/sender.js';
import type { Schemas } from '../../lazy/schemas.js';
import { ExerciseElement } from '../base/exercise-element.js';
import type { SubmittedLine } from '../base/form-parts.js';
import { loadHistoryView, type HistoryView } from '../../lazy/mood-history.js';
import { widgetStyles } from '../base/widget-styles.js';
import { dateTimeStyles } from '../fields/date-time-styles.js';
import { checkInLines, renderCheckIn, renderLookingBack, type Fold, type Folds } from './check-in-view.js';

// This widget's English; other languages arrive with their catalogues (loadLocale).
addEnglishMessages(english);

/** The longest history window (30 days) and a day's margin for a change of time zone. */
const HISTORY_READ_MS = 31 * 86_400_000;

/**
 * A mood check-in that takes seconds: the overall mood, then optional emotions, context,
 * sleep, an activity with mastery and pleasure, and a note. Every check-in is its own
 * entry; below the form the client sees their own check-ins on this device over time.
 *
 * @tagname hw-mood-tracker
 * @summary Mood check-in with the client's own recent history.
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
 * @csspart base - The check-in's frame.
 * @csspart title - The heading.
 * @csspart assignment - The clinician's instructions and note.
 * @csspart step - Each part of the check-in.
 * @csspart submit - The submit button.
 * @csspart load-error - What could not be loaded, with "Try again".
 * @csspart status - The save and delivery status line.
 * @csspart error - Configuration and submit problems.
 * @csspart rejected - The server's reason for refusing an entry.
 * @csspart history - The frame of the client's own history.
 * @csspart chart - The mood chart (SVG).
 *
 * @cssprop --hw-color-surface - Background.
 * @cssprop --hw-color-text - Text colour.
 * @cssprop --hw-color-text-muted - Hints, axis labels and secondary text.
 * @cssprop --hw-color-border - Borders of fields, groups and chart grid lines.
 * @cssprop --hw-color-primary - Buttons, focus, the chart's line and dots.
 * @cssprop --hw-color-on-primary - Text on primary buttons.
 * @cssprop --hw-color-danger - Errors.
 * @cssprop --hw-color-success - "Sent".
 * @cssprop --hw-space-1 - Smallest spacing.
 * @cssprop --hw-space-3 - Standard spacing.
 * @cssprop --hw-radius-md - Corner radius of the frames.
 * @cssprop --hw-font-family - Font.
 */
export class HwMoodTracker extends ExerciseElement<MoodCheckInDraft> {
  static override styles = [tokens, widgetStyles, dateTimeStyles];

  protected readonly exercise = 'mood-tracker';
  protected readonly schemaId = MOOD_TRACKER_SCHEMA;

  /** `0-10` (default), `0-100` or `valence` (seven steps); the assignment's `scale` wins. */
  @property() scale?: string;

  /** Check-ins on this device (delivered and queued); null until read. */
  @state() private history: MoodPoint[] | null = null;
  /** The history's summaries and chart: a chunk loaded with the store (see history.ts). */
  private historyView?: HistoryView;
  @state() private historyDays = 7;
  /** Optional parts the client opened (or that hold something from a restored draft). */
  @state() private expanded: ReadonlySet<Fold> = new Set();

  private historyRead?: Promise<void>;
  private historyStale = false;

  private get moodScale(): MoodScale {
    return scaleFor(this.assignment?.scale, this.scale);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Any delivery change may move a check-in from "not sent yet" to sent, or add one.
    void withSender().then((sender) => this.isConnected && sender.addEventListener('delivery', this.refreshHistory));
    this.addEventListener('hw-entry-queued', this.onQueued);
    window.addEventListener('hw-local-data-cleared', this.onCleared);
    this.refreshHistory();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    void withSender().then(
      (sender) => !this.isConnected && sender.removeEventListener('delivery', this.refreshHistory),
    );
    this.removeEventListener('hw-entry-queued', this.onQueued);
    window.removeEventListener('hw-local-data-cleared', this.onCleared);
  }

  protected override configProblemsFor(): string[] {
    return this.scale !== undefined && !isMoodScale(this.scale) ? ['mood.scaleInvalid'] : [];
  }

  protected emptyData(): MoodCheckInDraft {
    return emptyCheckIn();
  }

  protected restoreData(saved: unknown, schemas: Schemas): MoodCheckInDraft | null {
    const draft = restoreCheckIn(saved, schemas, this.moodScale);
    if (draft) this.expanded = new Set(partsHolding(draft));
    return draft;
  }

  protected problemsFor(data: MoodCheckInDraft): string[] {
    return submitProblems(data, now());
  }

  protected submittedLines(data: MoodCheckInDraft, t: Localizer): SubmittedLine[] {
    return checkInLines(data, t, !!this.assignment?.emotions);
  }

  protected fieldsFilled(data: MoodCheckInDraft) {
    return filledParts(data);
  }

  protected override buildEntry(envelope: Envelope): Entry {
    const entry = super.buildEntry(envelope);
    return { ...entry, data: completeCheckIn(this.data, entry.completedAt) } as Entry;
  }

  protected renderTitle(t: Localizer): string {
    return t.t('mood.title');
  }

  private patch(patch: Partial<MoodCheckInDraft>): void {
    this.changeData({ ...this.data, ...patch });
  }

  private onQueued = () => {
    this.expanded = new Set();
    this.refreshHistory();
  };

  private onCleared = () => {
    this.history = [];
  };

  /** Re-read the history; calls while a read runs are folded into one more read after it. */
  private refreshHistory = () => {
    if (this.historyRead) {
      this.historyStale = true;
      return;
    }
    this.historyRead = this.readHistory()
      // Offline before the history's chunk (or the store's) arrived: no history yet; the
      // next change (a check-in queued or delivered) reads again.
      .catch(() => {})
      .finally(() => {
        this.historyRead = undefined;
        if (this.historyStale) {
          this.historyStale = false;
          this.refreshHistory();
        }
      });
  };

  private async readHistory(): Promise<void> {
    const [store, view, device] = await Promise.all([getStore(), loadHistoryView(), loadReceipts()]);
    if (!this.historyView) {
      addEnglishMessages(view.moodHistory);
      // The history's look arrives with it: added to the element's own styles.
      const own = (this.constructor as typeof LitElement).elementStyles;
      adoptStyles(this.renderRoot as ShadowRoot, [...own, ...view.historyStyles]);
    }
    this.historyView = view;
    const checkIns = await device.moodCheckIns(store, this.config?.subject ?? null, now() - HISTORY_READ_MS);
    this.history = checkIns.flatMap(({ entry, sent }) => view.moodPoint(entry, sent) ?? []);
  }

  /** The folded parts: which are open, and the client opening or closing one. */
  private get folds(): Folds {
    return { expanded: this.expanded, onToggle: this.toggleFold };
  }

  private toggleFold = (fold: Fold, open: boolean) => {
    if (this.expanded.has(fold) === open) return;
    const next = new Set(this.expanded);
    if (open) next.add(fold);
    else next.delete(fold);
    this.expanded = next;
  };

  protected override render() {
    const t = this.localizer();
    const history = this.history;
    // The history is set only once its view has loaded (readHistory).
    const view = this.historyView;
    // A preview (the clinician's composer) has no history of the client's to show.
    if (!history || !view || this.preview || !this.wordsReady) return html`${super.render()} ${nothing}`;
    const today = view.localDay(now());
    return html`${super.render()}
    ${view.guard([history, this.historyDays, this.moodScale, t, isLocaleLoaded(t.locale), today, this.titleLevel], () =>
      view.renderMoodHistory({
        t,
        history: view.summariseMood(history, today, this.historyDays),
        scale: this.moodScale,
        days: this.historyDays,
        onDays: (days) => (this.historyDays = days),
        level: this.titleLevel + 1,
      }),
    )}`;
  }

  protected renderExercise(t: Localizer): TemplateResult {
    const mood = this.data.mood;
    return renderCheckIn({
      ...this.folds,
      t,
      data: () => this.data,
      scale: this.moodScale,
      emotions: this.assignment?.emotions,
      crisisHelp: this.crisisHelpFor(t),
      // A very low mood brings the crisis help forward, right below the rating, without a dialog.
      helpForward: bringsHelpForward(mood?.scale === this.moodScale ? mood : undefined, this.assignment?.helpAtOrBelow),
      patch: (patch) => this.patch(patch),
    });
  }

  protected override renderSelfReviewSection(t: Localizer): TemplateResult {
    return renderLookingBack(
      t,
      () => this.selfReview,
      this.folds,
      (next) => this.changeSelfReview(next),
    );
  }
}
