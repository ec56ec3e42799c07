// A client widget's shell: its public properties and form participation, and what its
// screen shows when. The work is done by one controller per concern: configuration
// (config-controller.ts), `assignment-src` (assignment-task.ts), the language
// (localization.ts), the draft (draft-controller.ts) and the outbox (outbox-controller.ts).
// An exercise supplies its data, checks and form.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { Exercise } from '../../core/assignment.js';
import type { ResolvedConfig } from '../../core/config.js';
import type { SelfReview } from '../../core/engagement-schema.js';
import type { Entry } from '../../core/entry.js';
import type { Envelope } from '../../core/entry-envelope.js';
import { isoWithOffset } from '../../core/clock.js';
import { resolveCrisisHelp, type ResolvedCrisisHelp } from '../../core/crisis-help.js';
import { loadedSchemas, loadSchemas, type Schemas } from '../../lazy/schemas.js';
import { LoadError } from '../../core/on-demand.js';
import { emptySelfReview } from '../../core/self-review.js';
import { EngagementTracker } from '../../engagement/engagement-tracker.js';
import { HwLoadErrorEvent } from '../../events.js';
import { fallbackChain, shippedLocaleFor, type Localizer } from '../../i18n/catalogue.js';
import { getStore } from '../../lazy/store.js';
import type { HomeworkStore, OutboxEntry } from '../../storage/records.js';
import { withSender } from '../../lazy/sender.js';
import { AssignmentSource } from './assignment-task.js';
import { loadAssignmentWords } from './assignment-words.js';
import { CONFIG_KEYS, WidgetConfig } from './config-controller.js';
import { renderCrisisHelp } from './crisis-help.js';
import { WidgetDraft } from './draft-controller.js';
import { renderAssignment, renderConfigError } from './exercise-view.js';
import { ExerciseProperties } from './exercise-properties.js';
import { heading } from './heading.js';
import { renderLoadFailure } from './load-failure.js';
import type { OldWorkItem, SubmittedLine } from './form-parts.js';
import { loadFormParts } from '../../lazy/form-parts.js';
import { fullDiskTools } from './form-parts-tools.js';
import { loadFullDisk } from './lazy-full-disk.js';
import { WidgetLocalization } from './localization.js';
import type { WidgetOutbox } from './outbox-controller.js';

export abstract class ExerciseElement<TData> extends ExerciseProperties {
  @state() protected data!: TData;
  @state() protected selfReview: SelfReview = emptySelfReview();
  /** The draft (or a preview's empty form) and the form's parts are here: the form shows. */
  @state() private ready = false;
  @state() private submitProblems: string[] = [];
  @state() private submitting = false;
  /** What the client just submitted, shown above the fresh form until they go on. */
  @state() protected submitted?: SubmittedLine[];
  /**
   * Old work of this widget's found on opening (see storage/old-work.ts): a draft untouched
   * for OLD_WORK_DAYS, refused entries as old. The client decides; nothing goes on its own.
   */
  @state() private oldWork: OldWorkItem[] = [];
  /** "Discard this draft?" is asked (shared devices: deleting needs a second, deliberate step). */
  @state() protected discarding = false;
  /** Code or a translation failed to load: blocking (nothing to show) or not (the form works on). */
  @state() private loadFailure?: { blocking: boolean };

  protected abstract readonly exercise: Exercise;
  protected abstract readonly schemaId: string;
  protected abstract emptyData(): TData;
  /**
   * A saved draft's data, checked; null when it cannot be used. `schema` is the entry schema
   * it was saved for (undefined in older drafts), so an exercise can migrate it.
   */
  protected abstract restoreData(saved: unknown, schemas: Schemas, schema?: string): TData | null;
  /** Message keys of what stops a submit. */
  protected abstract problemsFor(data: TData): string[];
  /** What the client rated in a submitted entry, for the confirmation ("Anxious 80 → 10"). */
  protected abstract submittedLines(data: TData, t: Localizer): SubmittedLine[];
  protected abstract fieldsFilled(data: TData): { filled: number; offered: number };
  /** Whether Submit is offered now; an exercise with parts may hold it back (the experiment's plan). */
  protected offersSubmit(): boolean {
    return true;
  }
  /** Extra configuration checks of the exercise (e.g. column count), as message keys. */
  protected configProblemsFor(): string[] {
    return [];
  }
  protected abstract renderExercise(t: Localizer): TemplateResult;
  protected abstract renderTitle(t: Localizer): string;

  protected readonly engagement = new EngagementTracker(this);
  private readonly localization = new WidgetLocalization(this as never, (error) =>
    this.reportLoadFailure(error, false),
  );
  private readonly source = new AssignmentSource(this as never, () => this.settings.check());
  private readonly settings = new WidgetConfig(this as never, this.source, (error) =>
    this.reportLoadFailure(error, true),
  );
  protected readonly drafts = new WidgetDraft<TData>(this as never);
  private markOpened!: () => void;
  /** Resolves once the saved draft (if any) is in the form: an API call waits for it. */
  protected readonly opened = new Promise<void>((resolve) => (this.markOpened = resolve));
  /** Comes with the form's parts, once the form opens (see open). */
  private outbox?: WidgetOutbox;
  /** Data the browser restored (history navigation) before the draft had loaded. */
  private restoredFormData?: TData;

  /** The configuration in effect; null while anything is wrong (or not checked yet). */
  protected get config(): ResolvedConfig | null {
    return this.settings.config;
  }
  // Read by the controllers (see their *Host interfaces).
  protected get assignmentKey(): string | null {
    return this.assignment?.id ?? this.assignmentId ?? null;
  }
  protected get sealsDrafts(): boolean {
    return !!this.config?.encryptDrafts;
  }

  protected formState() {
    if (this.data === undefined) return undefined;
    // readonly: barred from validation (as an <input readonly>), so never missing.
    const missing = this.required && !this.readOnly ? this.problemsFor(this.data)[0] : undefined;
    return { value: JSON.stringify(this.data), missing: missing ? this.localizer().t(missing) : null };
  }

  protected restoreFormState(state: string): void {
    const restore = (schemas: Schemas) => {
      let restored: TData | null = null;
      try {
        restored = this.restoreData(JSON.parse(state), schemas, this.schemaId);
      } catch {
        return; // not ours (or corrupted): keep what the draft holds
      }
      if (!restored) return;
      if (this.ready) this.changeData(restored);
      else this.restoredFormData = restored;
    };
    // At once when the schemas are here (they are once the widget is ready), else on load.
    const schemas = loadedSchemas();
    if (schemas) restore(schemas);
    else void loadSchemas().then(restore, ignoreFailedLoad);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const parts = loadFormParts.loaded();
    if (this.drafts.fresh) {
      this.drafts.fresh = false;
      parts?.resetReveals(this.renderRoot);
    }
    // The fields a submit problem is about say so, until the problems go (the client edits).
    if (changed.has('submitProblems' as keyof ExerciseElement<TData>))
      parts?.markInvalid(this.renderRoot, this.submitProblems);
    // After every render: controls rendered since (a new row, a reset's "Rate it") are locked too.
    parts?.setReadOnly(this.renderRoot, this.readOnly);
    this.syncForm();
  }

  /** Sign-out (here or in another tab): drop what is on screen and in memory, start afresh. */
  protected forgetLocalData(): Promise<void> {
    this.outbox?.forget();
    return this.clearDraft();
  }

  /** Send anything queued now (e.g. from a host's "retry" button). */
  retryDelivery(): Promise<void> {
    return withSender().then((sender) => sender.flush('manual'));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const changedKeys = changed as Map<PropertyKey, unknown>;
    if (CONFIG_KEYS.some((key) => changedKeys.has(key)) || this.data === undefined) {
      this.settings.check();
      // Until the draft and the outbox view are loaded, open() registers instead.
      if (this.ready && !this.preview) void this.outbox?.register((error) => this.reportLoadFailure(error, false));
    }
    if (this.data === undefined) this.data = this.drafts.shown = this.emptyData();
    this.source.update();
    const waiting = this.source.loading || this.settings.pending || this.settings.problems.length > 0;
    if (!waiting && this.drafts.key !== this.draftStorageKey) void this.open();
    // The client's language, at once and whenever it changes (lang, dir, an assignment's).
    // After a failed load, only "Try again" asks again (no request loop on every render).
    if (!this.loadFailure && !this.localization.loaded) void this.localization.load();
  }

  /**
   * Tell the client and the host (once per failure) that code or a translation did not
   * load; `blocking` when the exercise cannot open without it.
   */
  protected reportLoadFailure(error: unknown, blocking: boolean): void {
    this.loadFailure = { blocking: blocking || !!this.loadFailure?.blocking };
    // Every loader names its file in a LoadError (on-demand.ts).
    this.dispatchEvent(new HwLoadErrorEvent(error instanceof LoadError ? error.file : 'code', blocking));
  }

  /** "Try again": every load that failed is asked for afresh (the loaders forgot the failure). */
  private retryLoad = () => {
    this.loadFailure = undefined;
    this.settings.retry();
    if (!this.ready) this.drafts.key = null; // willUpdate opens the draft again
    this.requestUpdate();
  };

  protected get draftStorageKey(): string {
    return `${this.exercise}:${this.assignment?.id ?? this.assignmentId ?? this.draftKey ?? 'self'}`;
  }

  /** Open the form: its parts, the client's language and (unless a preview) the saved draft. */
  private async open(): Promise<void> {
    const key = this.draftStorageKey;
    const preview = this.preview;
    if (this.drafts.draft) {
      // Another draft (the assignment changed): an empty form, nothing saved until it is read.
      this.drafts.draft = null;
      this.data = this.drafts.shown = this.emptyData();
    }
    this.drafts.key = key;
    this.ready = false;
    this.oldWork = [];
    // The client's language loads alongside the draft, so the form appears in it at once.
    const localeReady = this.localization.load();
    // Nothing of the client's (or the clinician's) device is read in a preview. The
    // assignment words too, so an assignment set once the form shows renders at once.
    const loading = Promise.all([
      loadFormParts(),
      loadAssignmentWords(),
      preview ? undefined : getStore(),
      preview ? undefined : loadSchemas(),
    ]);
    if (preview) this.drafts.start();
    const loaded = await loading.catch((error: unknown) => {
      // Still "Opening…" would be forever: say so, offer "Try again" (retryLoad), keep the draft.
      if (this.drafts.key === key) this.reportLoadFailure(error, true);
    });
    if (!loaded) return;
    const [parts, , store, schemas] = loaded;
    if (store && schemas) {
      const saved = await this.drafts.restore(key, store, schemas, parts.mergeDraft);
      if (saved === null) return;
      // Old work gets its question instead (keep or discard); recent work is simply welcomed back.
      this.oldWork = saved ? parts.oldWork([{ kind: 'draft', at: saved.updatedAt }]) : [];
      if (saved && !this.oldWork.length) this.drafts.keptSince = saved.updatedAt;
      if (this.restoredFormData) this.changeData(this.restoredFormData);
      this.restoredFormData = undefined;
    }
    await localeReady;
    if (this.drafts.key !== key) return;
    this.ready = true;
    this.markOpened();
    if (preview) return;
    // Know which queued entries are ours before the sender reports on them.
    const outbox = (this.outbox ??= parts.outbox(this as never));
    const refused = await outbox.open();
    this.oldWork = [
      ...this.oldWork,
      ...parts.oldWork(
        refused.map((item) => ({ kind: 'refused', at: item.queuedAt, id: item.id, message: item.lastError })),
      ),
    ];
    await outbox.register((error) => this.reportLoadFailure(error, false));
  }

  /** Exercises call this after every change the client makes. */
  protected changeData(next: TData): void {
    this.data = next;
    this.touchDraft();
  }

  protected changeSelfReview(next: SelfReview): void {
    this.selfReview = next;
    this.touchDraft();
  }

  private touchDraft(): void {
    if (!this.drafts.draft) return;
    this.submitProblems = [];
    this.submitted = undefined;
    // Edited after a send from memory failed: the next submit sends what is on screen now.
    // The entry id stays, so if the failed attempt did arrive, the server refuses the
    // changed copy (shown) rather than keeping both.
    if (this.outbox?.unsaved?.state === 'failed') this.outbox.unsaved = undefined;
    this.drafts.touch();
  }

  /** Start afresh and delete the saved draft (a reset, a discard, a sign-out). */
  protected override clearDraft(): Promise<void> {
    this.submitProblems = [];
    this.submitted = undefined;
    return this.drafts.clear();
  }

  /** The entry as it would be submitted now (`envelope` comes with the submit code, submit-flow.ts). */
  protected buildEntry(envelope: Envelope): Entry {
    return envelope({
      draft: this.drafts.draft!,
      exercise: this.exercise,
      schema: this.schemaId,
      subject: this.config?.subject ?? null,
      locale: this.localizer().locale,
      completedAt: isoWithOffset(),
      data: this.data,
      engagement: this.engagement.snapshot(),
      fields: this.fieldsFilled(this.data),
      selfReview: this.selfReview,
      variant: this.assignment?.variant,
    });
  }

  /** Validate, queue in the outbox, then try to send (see submit-flow.ts). */
  protected async submit(): Promise<void> {
    // Once the form is open: the draft and the outbox are loaded (a preview has no outbox).
    if (this.ready && this.outbox) await loadFormParts.loaded()?.submit(this as never);
  }

  /** The disk is full: make room, or send from memory (a chunk of its own, see full-disk.ts). */
  protected async submitOnFullDisk(store: HomeworkStore, draftKey: string, item: OutboxEntry): Promise<void> {
    await (await loadFullDisk()).submitOnFullDisk(this as never, fullDiskTools, store, draftKey, item);
  }

  /** Queued: what the client did, and a fresh form (called by the outbox and full-disk.ts). */
  protected queued(item: OutboxEntry): void {
    loadFormParts.loaded()!.queued(this as never, item);
  }

  /** Delivered, but the disk had no room to record it (told by the outbox; see full-disk.ts). */
  protected deliveredNotRecorded(): void {
    void loadFullDisk().then((m) => m.deliveredNotRecorded(this as never, fullDiskTools));
  }

  /** After the next render, put the keyboard (and the screen, on a phone) on `selector`. */
  protected async moveTo(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** The client's language has loaded (or failed to, and English stands in): words can show. */
  protected get wordsReady(): boolean {
    return this.localization.loaded || !!this.loadFailure;
  }

  protected localizer(): Localizer {
    return this.localization.localizer;
  }

  /** The crisis help in the client's language: the widget's own, else the provider's. */
  protected crisisHelpFor(t: Localizer): ResolvedCrisisHelp {
    const wording = { title: t.t('crisis.title'), text: t.t('crisis.text'), notice: t.t('crisis.notice') };
    const host = this.crisisHelp ?? this.inherited?.crisisHelp;
    return resolveCrisisHelp(fallbackChain(t.locale), shippedLocaleFor(t.locale), wording, host);
  }

  protected override render() {
    const t = this.localizer();
    // Nothing in English while the client's language loads (it was asked for at once).
    if (!this.wordsReady) return html`<section class="widget" part="base" lang=${t.locale} aria-busy="true"></section>`;
    const { problems, pending } = this.settings;
    const a = this.assignment;
    return html`<section class="widget" part="base" lang=${t.locale} dir=${t.dir} aria-labelledby="title">
      ${heading(this.titleLevel, a?.title || this.renderTitle(t), { id: 'title', part: 'title', focusable: true })}
      ${renderCrisisHelp(this.crisisHelpFor(t))}
      ${
        // Not before the schemas have checked it (their chunk also brings the framing's words).
        a && !problems.length && !pending ? renderAssignment(t, a) : nothing
      }
      ${problems.length ? renderConfigError(t, problems) : this.renderBody(t)}
    </section>`;
  }

  /**
   * The form. Its fields show at once, before the draft is read (it is brought in when it
   * arrives, see WidgetDraft.restore); what surrounds them comes with the form's parts.
   */
  private renderBody(t: Localizer) {
    const failure = this.loadFailure;
    if (failure?.blocking) return renderLoadFailure(t, this.retryLoad);
    const parts = loadFormParts.loaded();
    // An assignment being fetched or checked shapes the form: nothing to type in before it.
    // Read-only fields are locked by code of the parts chunk: not shown unlocked before it.
    if (this.source.loading || this.settings.pending || (this.readOnly && !parts))
      return html`<p class="muted" role="status">${t.t('status.loading')}</p>`;
    const form = this.ready && !this.preview ? parts?.form : undefined;
    // A disabled fieldset disables every control natively (role none: no group of its own); the
    // fields are inert while submitting, as text typed then would be wiped by the fresh draft.
    return html`${failure ? renderLoadFailure(t, this.retryLoad) : nothing}
      ${this.preview ? html`<p class="muted" part="preview">${t.t('preview.note')}</p>` : nothing}
      <fieldset class="form-body" role="none" ?disabled=${this.formDisabled}>
        ${form?.above(t, this as never)}
        <div class="fields" ?inert=${this.submitting} aria-busy=${this.ready ? 'false' : 'true'}>
          ${this.renderExercise(t)} ${parts ? this.renderSelfReviewSection(t) : nothing}
        </div>
        ${form?.below(t, this as never)}
      </fieldset>`;
  }

  /** The closing self-review; an exercise may shorten it (e.g. a quick mood check-in). */
  protected renderSelfReviewSection(t: Localizer): TemplateResult {
    // Shown once the form's parts have loaded (see renderBody).
    const parts = loadFormParts.loaded()!;
    return parts.renderSelfReview(t, this.selfReview, (change) => this.changeSelfReview(change(this.selfReview)));
  }
}

/**
 * A load that failed where nothing waits on it: whoever needs that code next asks again
 * (the loaders forget failures) and reports it to the client then.
 */
function ignoreFailedLoad(): void {}
