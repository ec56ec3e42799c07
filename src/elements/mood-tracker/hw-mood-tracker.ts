import { adoptStyles, html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isoWithOffset, now } from '../../core/clock.js';
import type { Entry } from '../../core/entry.js';
import { clientText } from '../../core/text.js';
import type { MoodPoint } from '../../exercises/mood-history.js';
import {
  bringsHelpForward,
  completeCheckIn,
  DEFAULT_EMOTIONS,
  emptyCheckIn,
  filledParts,
  isMoodScale,
  MOOD_TRACKER_SCHEMA,
  SCALE_RANGE,
  submitProblems,
  type MoodCheckInDraft,
  type MoodScale,
} from '../../exercises/mood-tracker.js';
import { addEnglishMessages, isLocaleLoaded, type Localizer } from '../../i18n/catalogue.js';
import { moodTracker as english } from '../../i18n/en/mood-tracker.js';
import { getStore, loadReceipts } from '../../lazy/store.js';
import { tokens } from '../../styles/tokens.js';
import { withSender } from '../../lazy/sender.js';
import type { Schemas } from '../../lazy/schemas.js';
import { renderCrisisForward } from '../base/crisis-help.js';
import { ExerciseElement } from '../base/exercise-element.js';
import type { SubmittedLine } from '../base/form-parts.js';
import { loadHistoryView, type HistoryView } from '../../lazy/mood-history.js';
import { widgetStyles } from '../base/widget-styles.js';
import { dateTimeStyles } from '../fields/date-time-styles.js';
import { checkboxGroup, radioScale, slider, textField } from '../fields/fields.js';

// This widget's English; other languages arrive with their catalogues (loadLocale).
addEnglishMessages(english);

type Section = 'emotions' | 'context' | 'sleep' | 'activity' | 'review';

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
  @state() private expanded: ReadonlySet<Section> = new Set();

  private historyRead?: Promise<void>;
  private historyStale = false;

  private get moodScale(): MoodScale {
    return this.assignment?.scale ?? (isMoodScale(this.scale) ? this.scale : '0-10');
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
    if (!saved || typeof saved !== 'object') return null;
    const result = schemas.safeParse(schemas.moodCheckInDraftSchema, { ...emptyCheckIn(), ...saved });
    if (!result.success) return null;
    const draft = result.data;
    // A rating on another scale (the assignment changed) is not silently converted: ask again.
    if (draft.mood && draft.mood.scale !== this.moodScale) draft.mood = undefined;
    const { sleep, activity } = draft;
    const holding: Record<Section, unknown> = {
      emotions: draft.emotions.length,
      context: draft.doing || draft.withWhom || draft.trigger,
      sleep: sleep?.hours !== undefined || sleep?.quality !== undefined,
      activity: activity?.name || activity?.mastery !== undefined || activity?.pleasure !== undefined,
      review: false,
    };
    this.expanded = new Set((Object.keys(holding) as Section[]).filter((key) => holding[key]));
    return draft;
  }

  protected problemsFor(data: MoodCheckInDraft): string[] {
    return submitProblems(data, now());
  }

  protected submittedLines({ mood, emotions }: MoodCheckInDraft, t: Localizer): SubmittedLine[] {
    const value =
      mood &&
      (mood.scale === 'valence'
        ? t.t(`mood.valence.${mood.value}`)
        : this.outOf(t, mood.value, SCALE_RANGE[mood.scale][1]));
    return [
      { name: t.t('submitted.mood'), before: value },
      ...emotions.map((emotion) => ({ name: this.emotionName(t, emotion.name), before: emotion.intensity })),
    ];
  }

  private outOf(t: Localizer, value: number, max: number): string {
    return t.t('rating.valueText', { value: t.number(value), max: t.number(max) });
  }

  /** The default words are translated; a clinician's own words are shown as written. */
  private emotionName(t: Localizer, name: string): string {
    return this.assignment?.emotions || !(DEFAULT_EMOTIONS as readonly string[]).includes(name)
      ? name
      : t.t(`mood.emotion.${name}`);
  }

  protected fieldsFilled(data: MoodCheckInDraft) {
    return filledParts(data);
  }

  protected override buildEntry(): Entry {
    const entry = super.buildEntry();
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

  private toggleSection(section: Section, open: boolean): void {
    if (this.expanded.has(section) === open) return;
    const next = new Set(this.expanded);
    if (open) next.add(section);
    else next.delete(section);
    this.expanded = next;
  }

  private section(section: Section, summary: string, body: TemplateResult) {
    return html`<details
      class="step"
      part="step"
      ?open=${this.expanded.has(section)}
      @toggle=${(event: Event) => this.toggleSection(section, (event.target as HTMLDetailsElement).open)}
    >
      <summary>${summary}</summary>
      ${body}
    </details>`;
  }

  protected override render() {
    const t = this.localizer();
    const history = this.history;
    // The history is set only once its view has loaded (readHistory).
    const view = this.historyView;
    // A preview (the clinician's composer) has no history of the client's to show.
    if (!history || !view || this.preview || !this.wordsReady) return html`${super.render()} ${nothing}`;
    const today = view.localDay(now());
    return html`${super.render()}
    ${view.guard([history, this.historyDays, this.moodScale, t, isLocaleLoaded(t.locale), today], () =>
      view.renderMoodHistory({
        t,
        history: view.summariseMood(history, today, this.historyDays),
        scale: this.moodScale,
        days: this.historyDays,
        onDays: (days) => (this.historyDays = days),
      }),
    )}`;
  }

  protected renderExercise(t: Localizer): TemplateResult {
    const notRated = t.t('rating.notRated');
    const outOf10 = (value: number) => this.outOf(t, value, 10);
    const emotions = this.assignment?.emotions ?? DEFAULT_EMOTIONS;
    const emotionName = (name: string) => this.emotionName(t, name);
    const activity = this.data.activity;
    const setActivity = (change: Partial<NonNullable<MoodCheckInDraft['activity']>>) =>
      this.patch({ activity: { name: '', ...this.data.activity, ...change } });
    const text = (id: string, key: 'doing' | 'withWhom' | 'trigger') =>
      textField({
        id,
        label: t.t(`mood.${key}`),
        value: this.data[key],
        onInput: (value) => this.patch({ [key]: clientText(value) }),
      });
    return html`<p class="muted">${t.t('mood.intro')}</p>
      <div class="step" part="step">${this.renderMood(t)} ${this.renderHelpForward(t)} ${this.renderWhen(t)}</div>
      ${this.section(
        'emotions',
        t.t('mood.emotions'),
        html`${checkboxGroup({
          legend: t.t('mood.emotions.legend'),
          options: emotions.map((value) => ({ value, label: emotionName(value) })),
          selected: this.data.emotions.map((emotion) => emotion.name),
          onToggle: (name, checked) => {
            const others = this.data.emotions.filter((emotion) => emotion.name !== name);
            this.patch({ emotions: checked ? [...others, { name }] : others });
          },
        })}
        ${this.data.emotions.map((emotion, index) =>
          slider({
            id: `emotion-${index}`,
            label: t.t('mood.emotions.intensity', { emotion: emotionName(emotion.name) }),
            value: emotion.intensity,
            max: 10,
            valueText: outOf10,
            notRatedText: notRated,
            rateText: t.t('rating.rate'),
            onInput: (intensity) =>
              this.patch({
                emotions: this.data.emotions.map((e) => (e.name === emotion.name ? { ...e, intensity } : e)),
              }),
          }),
        )}`,
      )}
      ${this.section(
        'context',
        t.t('mood.context'),
        html`${text('doing', 'doing')} ${text('with-whom', 'withWhom')} ${text('trigger', 'trigger')}`,
      )}
      ${this.section(
        'sleep',
        t.t('mood.sleep'),
        html`${slider({
          id: 'sleep-hours',
          label: t.t('mood.sleep.hours'),
          // In half hours, so a single step of the slider is half an hour.
          value: this.data.sleep?.hours === undefined ? undefined : this.data.sleep.hours * 2,
          max: 32,
          valueText: (halves) => t.plural('mood.sleep.hoursText', halves / 2, { hours: t.number(halves / 2) }),
          notRatedText: notRated,
          // Hours are not a rating: the button says what it opens.
          rateText: t.t('mood.sleep.hours.set'),
          onInput: (halves) => this.patch({ sleep: { ...this.data.sleep, hours: halves / 2 } }),
        })}
        ${radioScale({
          name: 'sleep-quality',
          legend: t.t('mood.sleep.quality'),
          choices: fivePoints(t, 'mood.sleep.0', 'mood.sleep.4'),
          value: this.data.sleep?.quality,
          onChange: (quality) => this.patch({ sleep: { ...this.data.sleep, quality } }),
        })}`,
      )}
      ${this.section(
        'activity',
        t.t('mood.activity'),
        html`${textField({
          id: 'activity',
          label: t.t('mood.activity.name'),
          value: activity?.name ?? '',
          onInput: (name) => setActivity({ name: clientText(name, 200) }),
        })}
        ${(['mastery', 'pleasure'] as const).map((key) =>
          slider({
            id: `activity-${key}`,
            label: t.t(`mood.activity.${key}`),
            value: activity?.[key],
            max: 10,
            valueText: outOf10,
            notRatedText: notRated,
            rateText: t.t('rating.rate'),
            onInput: (value) => setActivity({ [key]: value }),
          }),
        )}`,
      )}
      <div class="step" part="step">
        ${textField({
          id: 'note',
          label: t.t('mood.note'),
          value: this.data.note,
          multiline: true,
          tooLongMessage: t.t('fieldTooLong', { max: t.number(10_000) }),
          onInput: (note) => this.patch({ note: clientText(note) }),
        })}
      </div>`;
  }

  private renderMood(t: Localizer) {
    const scale = this.moodScale;
    const mood = this.data.mood;
    const value = mood?.scale === scale ? mood.value : undefined;
    const choose = (chosen: number) => this.patch({ mood: { value: chosen, scale } });
    if (scale === 'valence') {
      return radioScale({
        name: 'mood',
        legend: t.t('mood.valence'),
        choices: [-3, -2, -1, 0, 1, 2, 3].map((step) => ({ value: step, label: t.t(`mood.valence.${step}`) })),
        value,
        onChange: choose,
      });
    }
    const max = SCALE_RANGE[scale][1];
    return slider({
      id: 'mood',
      label: t.t('mood.rate', { max: t.number(max) }),
      value,
      max,
      valueText: (chosen) => this.outOf(t, chosen, max),
      notRatedText: t.t('rating.notRated'),
      rateText: t.t('rating.rate'),
      onInput: choose,
    });
  }

  /** A very low mood brings the crisis help forward, right below the rating, without a dialog. */
  private renderHelpForward(t: Localizer) {
    const mood = this.data.mood;
    const current = mood?.scale === this.moodScale ? mood : undefined;
    return renderCrisisForward(this.crisisHelpFor(t), bringsHelpForward(current, this.assignment?.helpAtOrBelow));
  }

  private renderWhen(t: Localizer) {
    const at = this.data.at;
    return html`${radioScale({
      name: 'when',
      legend: t.t('mood.when'),
      choices: [
        { value: 0, label: t.t('mood.now') },
        { value: 1, label: t.t('mood.earlier') },
      ],
      value: at ? 1 : 0,
      // "Earlier" starts at this minute, so the client only moves it back.
      onChange: (earlier) => this.patch({ at: earlier ? isoWithOffset(now() - (now() % 60_000)) : undefined }),
    })}
    ${
      at
        ? html`<div class="field">
            <label for="mood-at">${t.t('mood.at')}</label>
            <input
              id="mood-at"
              type="datetime-local"
              max=${isoWithOffset().slice(0, 16)}
              .value=${at.slice(0, 16)}
              @input=${(event: Event) => {
                // A half-typed date reads as empty: keep the last complete one.
                const chosen = Date.parse((event.target as HTMLInputElement).value);
                if (!Number.isNaN(chosen)) this.patch({ at: isoWithOffset(chosen) });
              }}
            />
          </div>`
        : nothing
    }`;
  }

  /** A short look back, folded away: usefulness and one line. Optional like everything here. */
  protected override renderSelfReviewSection(t: Localizer): TemplateResult {
    return this.section(
      'review',
      t.t('review.legend'),
      html`${radioScale({
        name: 'review-usefulness',
        legend: t.t('review.usefulness'),
        choices: fivePoints(t, 'review.scale.0', 'review.scale.4'),
        value: this.selfReview.usefulness,
        onChange: (usefulness) => this.changeSelfReview({ ...this.selfReview, usefulness }),
      })}
      ${textField({
        id: 'review-reflection',
        label: t.t('review.reflection'),
        value: this.selfReview.reflection,
        onInput: (reflection) => this.changeSelfReview({ ...this.selfReview, reflection: clientText(reflection) }),
      })}`,
    );
  }
}

/** 0..4 with words at the ends: "0 Very badly", 1, 2, 3, "4 Very well". */
function fivePoints(t: Localizer, lowKey: string, highKey: string) {
  return [0, 1, 2, 3, 4].map((value) => ({
    value,
    label:
      value === 0 ? `${t.number(0)} ${t.t(lowKey)}` : value === 4 ? `${t.number(4)} ${t.t(highKey)}` : t.number(value),
  }));
}
