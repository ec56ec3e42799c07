// What every client widget shares: configuration (own attributes over <hw-provider>),
// the draft on this device, submitting through the outbox, delivery status, the
// self-review and engagement. An exercise supplies its data, checks and form.
import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyDeclaration, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Assignment, Exercise } from '../../core/assignment.js';
import { isoWithOffset, now } from '../../core/clock.js';
import {
  checkEndpoint,
  resolveConfig,
  type GetAuthHeaders,
  type HomeworkConfig,
  type ResolvedConfig,
} from '../../core/config.js';
import type { SelfReview } from '../../core/engagement-schema.js';
import type { Entry } from '../../core/entry.js';
import { resolveCrisisHelp, type CrisisHelpByLanguage, type ResolvedCrisisHelp } from '../../core/crisis-help.js';
import { describeIssues } from '../../core/issues.js';
import { loadedSchemas, loadSchemas, type Schemas } from '../../core/lazy-schemas.js';
import { LoadError, onDemand } from '../../core/on-demand.js';
import { emptySelfReview } from '../../core/self-review.js';
import { newId } from '../../core/ids.js';
import { EngagementTracker } from '../../engagement/engagement-tracker.js';
import {
  HwBeforeSubmitEvent,
  HwConfigErrorEvent,
  HwDraftSavedEvent,
  HwEntryDeliveredEvent,
  HwEntryQueuedEvent,
  HwEntryRejectedEvent,
  HwLoadErrorEvent,
  HwSyncStatusEvent,
} from '../../events.js';
import {
  addEnglishMessages,
  fallbackChain,
  isLocaleLoaded,
  shippedLocaleFor,
  loadLocale,
  Localizer,
  resolveDir,
  resolveLang,
} from '../../i18n/catalogue.js';
import { DraftAutosave, type SaveState } from '../../storage/draft-autosave.js';
import type { DraftVault } from '../../storage/draft-vault.js';
import { getStore, loadDraftVault } from '../../storage/lazy-store.js';
import { onLocalDataCleared } from '../../storage/sign-out.js';
import {
  toStorageError,
  type Draft,
  type HomeworkStore,
  type OutboxEntry,
  type QueueResult,
  type StorageProblem,
} from '../../storage/records.js';
import { tokens } from '../../styles/tokens.js';
import type { DeliveryEvent, DeliveryState } from '../../sync/outbox-sender.js';
import { withSender } from '../../sync/lazy-sender.js';
import { configContext } from '../provider/config-context.js';
import type { AssignmentFetch } from './assignment-source.js';
import { renderCrisisHelp } from './crisis-help.js';
import { firstControl, FormControl } from './form-control.js';
import { renderLoadFailure } from './load-failure.js';
import type { OldWorkItem, SubmittedLine } from './form-parts.js';
import { loadFormParts, type FormParts } from './lazy-form-parts.js';
import type { DeliveryView } from './status.js';
import type { FullDiskTools, UnsavedEntry } from './full-disk.js';
import { loadFullDisk } from './lazy-full-disk.js';
import { widgetStyles } from './widget-styles.js';

export abstract class ExerciseElement<TData> extends LitElement {
  static override styles = [tokens, widgetStyles];

  /** Inside a host's <form> the widget submits its data (JSON) under `name`; see FormControl. */
  static formAssociated = true;

  /**
   * The name the data (JSON) is submitted under in a host's `<form>` (`''`: not submitted).
   * The attribute itself, as on an `<input>`: set from script, it is in FormData at once.
   */
  get name(): string {
    return this.getAttribute('name') ?? '';
  }
  set name(value: string) {
    this.setAttribute('name', value);
  }

  /** In a host's `<form>`: the form is invalid until this exercise is complete. */
  @property({ type: Boolean, reflect: true }) required = false;

  /**
   * Shows the data, and no control can change it (text read-only, the rest disabled, no
   * Submit). As on an `<input readonly>`, barred from validation; a form reset still empties it.
   */
  @property({ type: Boolean, reflect: true, attribute: 'readonly' }) readOnly = false;

  /**
   * Every control is disabled (as inside a disabled `<fieldset>`). The attribute itself,
   * not a reflected property: the platform reacts to it with formDisabledCallback.
   */
  get disabled(): boolean {
    return this.hasAttribute('disabled');
  }
  set disabled(value: boolean) {
    this.toggleAttribute('disabled', value);
  }

  /** Where completed entries are POSTed (https, or http on localhost). */
  @property() endpoint?: string;

  /** The host's reference for the client, copied into every entry. */
  @property() subject?: string;

  /** The assignment this work answers; also keys the draft. */
  @property({ attribute: 'assignment-id' }) assignmentId?: string;

  /** Keys the draft of a self-started exercise, so one page can hold several. */
  @property({ attribute: 'draft-key' }) draftKey?: string;

  /** Whether requests carry cookies: `omit` (default), `same-origin` or `include`. */
  @property() credentials?: RequestCredentials;

  /** Per-request timeout in milliseconds (default 30000). */
  @property({ type: Number }) timeout?: number;

  /** Encrypt drafts at rest on this device (AES-GCM). See docs/security.md for what it protects. */
  @property({ type: Boolean, attribute: 'encrypt-drafts' }) encryptDrafts?: boolean;

  /**
   * Set by a host that knows this client left work on this device before: if the device's
   * database is new (site data cleared), the widget warns that unsent work may be gone.
   */
  @property({ type: Boolean, attribute: 'expect-saved-work' }) expectSavedWork?: boolean;
  /** `native` (default): POST the entry; `fhir`: POST a FHIR R4 QuestionnaireResponse. */
  @property() format?: HomeworkConfig['format'];

  /** `light` or `dark`; by default the page's `color-scheme` (light if it declares none). */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** The clinician's assignment (object). Property only. */
  @property({ attribute: false }) assignment?: Assignment;

  /**
   * Fetch the assignment (JSON) from this address, with the same auth headers and
   * credentials as deliveries. The `assignment` property wins when both are set; once
   * fetched, the property holds the fetched assignment.
   */
  @property({ attribute: 'assignment-src' }) assignmentSrc?: string;

  /**
   * Show the exercise as the client will see it (the clinician's composer): no draft is
   * read or written on this device and nothing can be submitted.
   */
  @property({ type: Boolean, reflect: true }) preview = false;

  /** Returns auth headers; called with `{ refresh: true }` once after a 401/403. Property only. */
  @property({ attribute: false }) getAuthHeaders?: GetAuthHeaders;

  /**
   * The practice's crisis help by language tag: `{ en: { text, links: [{ label, href }] } }`.
   * Replaces the default text of "Need help now?" (which never goes away); links are
   * `tel:`, `sms:` or `https:` only. Property only; see docs/crisis-help.md.
   */
  @property({ attribute: false }) crisisHelp?: CrisisHelpByLanguage;

  @property() override lang!: string;
  @property() override dir!: string;

  @consume({ context: configContext, subscribe: true })
  @state()
  protected inherited?: HomeworkConfig;

  @state() protected data!: TData;
  @state() protected selfReview: SelfReview = emptySelfReview();
  @state() private configProblems: string[] = [];
  @state() private ready = false;
  /** An assignment is set but the schemas that check it have not loaded yet. */
  @state() private schemasPending = false;
  /** Also: delivered, but the disk had no room to record it (told, so the client frees space). */
  @state() private storageWarning?: StorageProblem | 'device.deliveredNotRecorded';
  @state() private databaseIsNew = false;
  @state() private saveState: SaveState = { kind: 'idle' };
  @state() private delivery: DeliveryView | null = null;
  @state() private submitProblems: string[] = [];
  @state() private submitting = false;
  /** What the client just submitted, shown above the fresh form until they go on. */
  @state() private submitted?: SubmittedLine[];
  /**
   * Old work of this widget's found on opening (see storage/old-work.ts): a draft untouched
   * for OLD_WORK_DAYS, refused entries as old. The client decides; nothing goes on its own.
   */
  @state() private oldWork: OldWorkItem[] = [];
  /** When the restored draft was last changed: "We kept what you wrote", until the client edits. */
  @state() private keptSince?: string;
  /** Submitted while the disk was full: held here (never stored) until it is sent. */
  private unsaved?: UnsavedEntry;
  /** "Discard this draft?" is asked (shared devices: deleting needs a second, deliberate step). */
  @state() private discarding = false;
  /** Disabled by its own `disabled` or a disabled ancestor `<fieldset>` (the platform tells). */
  @state() private formDisabled = false;
  /** `assignment-src` being fetched, and what went wrong the last time (a problem string). */
  @state() private assignmentLoading = false;
  /** Code or a translation failed to load: blocking (nothing to show) or not (the form works on). */
  @state() private loadFailure?: { blocking: boolean };
  private assignmentSrcProblem?: string;
  private fetchedFrom?: string;
  private fetchedAssignment?: Assignment;

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
  protected config: ResolvedConfig | null = null;
  private draft: Draft | null = null;
  private loadedKey: string | null = null;
  /** Entries this widget queued (this visit or earlier) that are not delivered yet. */
  private ownEntries = new Map<string, OutboxEntry['state'] | 'queued'>();
  private reportedProblems = '';
  private vault?: Promise<DraftVault>;
  private readonly autosave = new DraftAutosave(
    (draft) => this.draftVault().then((vault) => vault.write(draft)),
    (saveState) => this.onSaveState(saveState),
  );
  private readonly formControl = new FormControl(this);
  /** Data the browser restored (history navigation) before the draft had loaded. */
  private restoredFormData?: TData;

  get form(): HTMLFormElement | null {
    return this.formControl.form;
  }
  get validity(): ValidityState | undefined {
    return this.formControl.validity;
  }
  get validationMessage(): string {
    return this.formControl.validationMessage;
  }
  get willValidate(): boolean {
    return this.formControl.willValidate;
  }
  checkValidity(): boolean {
    return this.formControl.checkValidity();
  }
  reportValidity(): boolean {
    return this.formControl.reportValidity();
  }
  /** The host's own error: the widget is invalid (customError) with `message` until set to ''. */
  setCustomValidity(message: string): void {
    this.formControl.setCustomValidity(message);
  }
  /** The `<label>`s of the widget (`for` its id, or around it), as on an `<input>`. */
  get labels(): NodeList | undefined {
    return this.formControl.labels;
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /**
   * The host's form was reset: an empty exercise at once (value, validity and the fields,
   * as with an `<input>`), and no draft left behind (deleted once pending writes settle).
   */
  formResetCallback(): void {
    void this.clearDraft();
    this.performUpdate();
  }

  formStateRestoreCallback(state: unknown): void {
    if (typeof state !== 'string') return;
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
    if (this.freshForm) {
      this.freshForm = false;
      parts?.resetReveals(this.renderRoot);
    }
    // The fields a submit problem is about say so, until the problems go (the client edits).
    if (changed.has('submitProblems' as keyof ExerciseElement<TData>))
      parts?.markInvalid(this.renderRoot, this.submitProblems);
    // After every render: controls rendered since (a new row, a reset's "Rate it") are locked too.
    parts?.setReadOnly(this.renderRoot, this.readOnly);
    // Again after a render: the message follows a language that just loaded, the anchor the fields.
    this.syncForm();
  }

  // Value and validity follow the data (and `required`, `readonly`) at once, as on an <input>:
  // a host's `input` listener on its form reads the new value, not the previous one. (On any
  // change: cheaper in bytes than picking the three, and cheap to run.)
  override requestUpdate(name?: PropertyKey, old?: unknown, options?: PropertyDeclaration): void {
    super.requestUpdate(name, old, options);
    this.syncForm();
  }

  private syncForm(): void {
    if (this.data === undefined) return;
    // readonly: barred from validation (as an <input readonly>), so never missing.
    const missing = this.required && !this.readOnly ? this.problemsFor(this.data)[0] : undefined;
    const message = missing ? this.localizer().t(missing) : null;
    this.formControl.sync(JSON.stringify(this.data), message, firstControl(this.renderRoot));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // beforeunload comes first on a reload or close, while the page still has time to
    // finish an IndexedDB write; pagehide and hidden cover bfcache and mobile tab switches.
    window.addEventListener('beforeunload', this.flushDraft);
    window.addEventListener('pagehide', this.flushDraft);
    document.addEventListener('visibilitychange', this.onVisibility);
    // Added again after a quick disconnect/connect is harmless: a listener is added once.
    // A sender that fails to load is asked for again by loadDraft, which reports the failure.
    void withSender().then(
      (sender) => this.isConnected && sender.addEventListener('delivery', this.onDelivery),
      ignoreFailedLoad,
    );
    this.stopListeningForSignOut = onLocalDataCleared(() => this.forgetLocalData());
    // The schemas load beside the first render: the draft and an assignment wait for them.
    // Their chunk brings the English shown only after that (see core/schemas.ts).
    void loadSchemas().then((schemas) => {
      addEnglishMessages({
        ...schemas.storageMessages,
        ...schemas.discardMessages,
        ...schemas.selfReviewMessages,
        ...schemas.flagMessages,
        ...schemas.formMessages,
      });
      this.requestUpdate(); // a preview shows its form without waiting for this chunk
    }, ignoreFailedLoad);
  }

  private stopListeningForSignOut?: () => void;

  /** Sign-out (here or in another tab): drop what is on screen and in memory, start afresh. */
  private forgetLocalData(): Promise<void> {
    return this.clearDraft(true);
  }

  /** Start afresh and delete the saved draft; `signedOut` also forgets queued entries' status. */
  private async clearDraft(signedOut = false): Promise<void> {
    // Emptied at once (a form reset is synchronous); the stored draft goes once writes settle.
    this.autosave.cancel();
    const key = this.draft?.key;
    if (signedOut) {
      this.ownEntries.clear();
      this.delivery = null;
    } else {
      this.submitProblems = [];
    }
    this.saveState = { kind: 'idle' };
    this.submitted = undefined;
    this.startDraft();
    await this.autosave.settled();
    // A write under way said "saved" meanwhile; that draft is deleted here (unless typed in since).
    if (!this.draft?.data) this.saveState = { kind: 'idle' };
    // A write that was already under way when the other tab cleared must not survive it.
    if (key) await (await getStore()).deleteDraft(key).catch(() => {});
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    void this.autosave.flush();
    window.removeEventListener('beforeunload', this.flushDraft);
    window.removeEventListener('pagehide', this.flushDraft);
    document.removeEventListener('visibilitychange', this.onVisibility);
    void withSender().then(
      (sender) => !this.isConnected && sender.removeEventListener('delivery', this.onDelivery),
      ignoreFailedLoad,
    );
    this.stopListeningForSignOut?.();
  }

  /** Send anything queued now (e.g. from a host's "retry" button). */
  retryDelivery(): Promise<void> {
    return withSender().then((sender) => sender.flush('manual'));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const configKeys = [
      'endpoint',
      'subject',
      'credentials',
      'timeout',
      'getAuthHeaders',
      'encryptDrafts',
      'expectSavedWork',
      'format',
      'inherited',
      'assignment',
      'assignmentSrc',
      'assignmentLoading',
    ];
    const changedKeys = changed as Map<PropertyKey, unknown>;
    if (changedKeys.has('assignmentSrc')) this.assignmentSrcProblem = undefined;
    if (configKeys.some((key) => changedKeys.has(key)) || this.data === undefined) this.checkConfig();
    if (this.data === undefined) this.data = this.emptyData();
    this.fetchAssignmentIfNeeded();
    const waiting = this.assignmentLoading || this.schemasPending || this.configProblems.length > 0;
    if (!waiting && this.loadedKey !== this.draftStorageKey) void this.loadDraft();
    // A language chosen after the first render (lang attribute, assignment) arrives shortly.
    // After a failed load, only "Try again" asks again (no request loop on every render).
    const locale = this.localizer().locale;
    if (this.ready && !this.loadFailure && !isLocaleLoaded(locale)) void this.loadLanguage(locale);
  }

  private checkConfig(): void {
    const own: HomeworkConfig = {
      endpoint: this.endpoint,
      subject: this.subject,
      credentials: this.credentials,
      timeout: this.timeout,
      getAuthHeaders: this.getAuthHeaders,
      encryptDrafts: this.encryptDrafts || undefined,
      expectSavedWork: this.expectSavedWork || undefined,
      format: this.format,
    };
    const result = resolveConfig(own, this.inherited, document.baseURI);
    const problems = result.ok ? [] : [...result.problems];
    const schemas = loadedSchemas();
    if (this.assignment !== undefined && (!schemas || !loadAssignmentWords.loaded())) {
      // Not ready until the assignment can be checked: "Loading…", and no error reported yet.
      this.configProblems = [];
      this.config = null;
      this.awaitSchemas();
      return;
    }
    if (this.assignment !== undefined && schemas) {
      const parsed = schemas.parseAssignment(this.assignment);
      if (!parsed.success) problems.push(`assignmentInvalid:${describeIssues(parsed.error.issues).join('; ')}`);
      else if (parsed.data.exercise !== this.exercise) problems.push(`assignmentWrongExercise:${parsed.data.exercise}`);
    }
    if (this.assignmentSrcProblem && !this.hostAssignment) problems.push(this.assignmentSrcProblem);
    problems.push(...this.configProblemsFor());
    this.configProblems = problems;
    this.config = result.ok && problems.length === 0 ? result.config : null;
    const signature = problems.join('\n');
    if (problems.length && signature !== this.reportedProblems) this.dispatchEvent(new HwConfigErrorEvent(problems));
    this.reportedProblems = signature;
    // Until the draft and the outbox view are loaded, loadDraft() registers instead.
    const config = this.config;
    if (config && this.ready && !this.preview)
      void withSender().then(
        (sender) => sender.register(config),
        (error: unknown) => this.reportLoadFailure(error, false),
      );
  }

  /** Check the configuration again once the schemas have loaded (see checkConfig). */
  private awaitSchemas(): void {
    if (this.schemasPending) return;
    this.schemasPending = true;
    void Promise.all([loadSchemas(), loadAssignmentWords()]).then(
      () => {
        this.schemasPending = false;
        this.checkConfig();
      },
      // Stays pending (nothing checked, nothing sent) until "Try again" succeeds.
      (error: unknown) => this.reportLoadFailure(error, true),
    );
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
    if (this.schemasPending) {
      this.schemasPending = false;
      this.checkConfig();
    }
    if (!this.ready) this.loadedKey = null; // willUpdate loads the draft again
    this.requestUpdate();
  };

  /** The client's language; if it cannot load, the form goes on in English and says so. */
  private async loadLanguage(locale: string): Promise<void> {
    await loadLocale(locale);
    if (!isLocaleLoaded(locale)) this.reportLoadFailure(new LoadError(`locale ${locale}`), false);
    this.requestUpdate();
  }

  /** The host set `assignment` itself (not one fetched from `assignment-src`): it wins. */
  private get hostAssignment(): boolean {
    return this.assignment !== undefined && this.assignment !== this.fetchedAssignment;
  }

  private fetchAssignmentIfNeeded(): void {
    const src = this.assignmentSrc;
    if (!src || this.hostAssignment || src === this.fetchedFrom) return;
    this.fetchedFrom = src;
    this.assignmentLoading = true;
    const inherited = this.inherited;
    void loadAssignmentSource()
      .then(
        ({ fetchAssignment }) =>
          fetchAssignment(src, this, inherited, { checkEndpoint, loadSchemas, describeIssues, addEnglishMessages }),
        // Its code did not arrive: as unreachable as the assignment itself (shown, fetched again on change).
        (): AssignmentFetch => ({ ok: false, problem: 'assignmentSrcUnreachable:' }),
      )
      .then((result) => {
        if (this.fetchedFrom !== src) return; // the address changed meanwhile
        this.assignmentLoading = false;
        if (!result.ok) {
          this.assignmentSrcProblem = result.problem;
          // Fetched again when the address changes (or the page reloads).
          this.checkConfig();
          return;
        }
        if (!this.hostAssignment) this.assignment = result.assignment;
        this.fetchedAssignment = result.assignment;
      });
  }

  protected get draftStorageKey(): string {
    return `${this.exercise}:${this.assignment?.id ?? this.assignmentId ?? this.draftKey ?? 'self'}`;
  }

  private async loadDraft(): Promise<void> {
    const key = this.draftStorageKey;
    this.loadedKey = key;
    this.ready = false;
    this.oldWork = [];
    // The client's language loads alongside the draft, so the form appears in it at once.
    const localeReady = this.loadLanguage(this.localizer().locale);
    if (this.preview) {
      // Nothing of the client's (or the clinician's) device is read in a preview.
      this.startDraft();
      await localeReady;
      const words = await Promise.all([loadAssignmentWords(), loadFormParts()]).catch((error: unknown) =>
        this.reportLoadFailure(error, true),
      );
      if (!words) return;
      if (this.loadedKey === key) this.ready = true;
      return;
    }
    let store: HomeworkStore;
    let schemas: Schemas;
    let parts: FormParts;
    try {
      // The assignment words too, so an assignment set once the form shows renders at once.
      [store, schemas, , parts] = await Promise.all([
        getStore(),
        loadSchemas(),
        loadAssignmentWords(),
        loadFormParts(),
      ]);
    } catch (error) {
      // Still "Opening…" would be forever: say so, offer "Try again" (retryLoad), keep the draft.
      if (this.loadedKey === key) this.reportLoadFailure(error, true);
      return;
    }
    this.storageWarning = store.fallbackReason;
    this.databaseIsNew = store.createdByThisPage;
    let saved: Draft | undefined;
    try {
      saved = await (await this.draftVault()).read(key);
    } catch (error) {
      this.storageWarning = toStorageError(error).problem;
    }
    if (this.loadedKey !== key) return;
    const restored = saved ? this.restoreData(saved.data, schemas, saved.schema) : null;
    if (saved && restored) {
      // Restored means migrated to this version: saved from now on as this version's.
      this.draft = { ...saved, schema: this.schemaId };
      this.data = restored;
      this.selfReview = { ...emptySelfReview(), ...(saved.selfReview as Partial<SelfReview>) };
      this.engagement.resume(saved.engagement);
      this.saveState = { kind: 'saved' };
      this.oldWork = parts.oldWork([{ kind: 'draft', at: saved.updatedAt }]);
      // Old work gets its question instead (keep or discard); recent work is simply welcomed back.
      this.keptSince = this.oldWork.length ? undefined : saved.updatedAt;
    } else {
      this.startDraft();
    }
    if (this.restoredFormData) this.changeData(this.restoredFormData);
    this.restoredFormData = undefined;
    await localeReady;
    this.ready = true;
    // Know which queued entries are ours before the sender reports on them.
    await this.refreshOutboxView();
    const config = this.config;
    if (config)
      await withSender().then(
        (sender) => sender.register(config),
        (error: unknown) => this.reportLoadFailure(error, false),
      );
  }

  /** Reads and seals drafts; its code comes with the store's (see lazy-store.ts). */
  private draftVault(): Promise<DraftVault> {
    this.vault ??= loadDraftVault().then(
      (Vault) => new Vault(getStore, () => !!this.config?.encryptDrafts),
      (error: unknown) => {
        this.vault = undefined; // offline before the chunk arrived: the next write tries again
        throw error;
      },
    );
    return this.vault;
  }

  private startDraft(): void {
    const at = isoWithOffset();
    this.draft = {
      key: this.draftStorageKey,
      exercise: this.exercise,
      entryId: newId(),
      assignmentId: this.assignment?.id ?? this.assignmentId ?? null,
      schema: this.schemaId,
      data: null,
      selfReview: null,
      engagement: { activeMs: 0, sittings: 1, edits: 0 },
      createdAt: at,
      updatedAt: at,
    };
    this.data = this.emptyData();
    this.selfReview = emptySelfReview();
    this.engagement.reset();
    this.freshForm = true;
    this.keptSince = undefined;
  }

  /** A new draft started: the next render puts back "Rate it" on every slider (see updated). */
  private freshForm = false;

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
    if (!this.draft) return;
    this.engagement.countEdit();
    this.submitProblems = [];
    this.submitted = undefined;
    this.keptSince = undefined;
    // Edited after a send from memory failed: the next submit sends what is on screen now.
    // The entry id stays, so if the failed attempt did arrive, the server refuses the
    // changed copy (shown) rather than keeping both.
    if (this.unsaved?.state === 'failed') this.unsaved = undefined;
    this.draft = {
      ...this.draft,
      data: this.data,
      selfReview: this.selfReview,
      engagement: this.engagement.snapshot(),
      updatedAt: isoWithOffset(),
    };
    if (!this.preview) this.autosave.schedule(this.draft);
  }

  private flushDraft = () => {
    if (this.preview) return;
    if (this.draft) this.autosave.schedule({ ...this.draft, engagement: this.engagement.snapshot() });
    void this.autosave.flush();
  };

  private onVisibility = () => {
    if (document.visibilityState === 'hidden') this.flushDraft();
  };

  private onSaveState(saveState: SaveState): void {
    this.saveState = saveState;
    if (saveState.kind === 'saved') this.dispatchEvent(new HwDraftSavedEvent(this.draftStorageKey));
  }

  protected buildEntry(): Entry {
    const draft = this.draft!;
    const { filled, offered } = this.fieldsFilled(this.data);
    const { activeMs, sittings, edits } = this.engagement.snapshot();
    const variant = this.assignment?.variant;
    return {
      id: draft.entryId,
      exercise: this.exercise,
      schema: this.schemaId,
      assignmentId: draft.assignmentId,
      subject: this.config?.subject ?? null,
      status: 'completed',
      locale: this.localizer().locale,
      createdAt: draft.createdAt,
      updatedAt: draft.updatedAt,
      completedAt: isoWithOffset(),
      data: this.data,
      engagement: {
        activeSeconds: Math.round(activeMs / 1000),
        sittings,
        edits,
        fieldsFilled: filled,
        fieldsOffered: offered,
        selfReview: this.selfReview,
        ...(variant ? { variant } : {}),
      },
      ...(variant ? { variant } : {}),
    } as Entry;
  }

  /** Validate, queue in the outbox (one transaction with the draft), then try to send. */
  protected async submit(): Promise<void> {
    // A double click or a held Enter must queue one entry, not several.
    if (this.submitting || !this.ready || !this.draft || this.preview) return;
    const problems = this.problemsFor(this.data);
    if (problems.length) return this.showSubmitProblems(problems);
    if (!this.config?.endpoint) {
      this.delivery = { state: 'noEndpoint' };
      return;
    }
    // Loaded before the draft was (ready): checked at once, so a double click queues once.
    const schemas = loadedSchemas();
    if (!schemas) return;
    const entry = this.buildEntry();
    const check = schemas.validateEntry(entry);
    if (!check.ok) return this.showSubmitProblems(check.problems);
    if (!this.dispatchEvent(new HwBeforeSubmitEvent(check.value))) return;

    this.submitting = true;
    let draft = this.draft;
    const previousDelivery = this.delivery;
    // A resend of an entry sent from memory repeats its bytes (same Idempotency-Key, same body).
    let queued = this.unsaved?.item ?? this.outboxEntryFor(check.value, this.config.endpoint);
    let store: HomeworkStore | undefined;
    try {
      this.autosave.cancel();
      await this.autosave.settled();
      store = await getStore();
      // Shown before queueing ends, so reports from a flush already under way land on it.
      this.delivery = { state: navigator.onLine === false ? 'willSend' : 'queued', submitted: true };
      if ((await this.queue(store, draft.key, queued)) === 'id-taken') {
        // The same draft was open and submitted in another tab: this is other work, so it
        // gets its own id (an Idempotency-Key is never reused for a different body).
        draft = this.draft = { ...draft, entryId: newId() };
        queued = this.outboxEntryFor({ ...queued.entry, id: draft.entryId }, this.config.endpoint);
        if ((await this.queue(store, draft.key, queued)) === 'id-taken') throw new Error('entry id collision');
      }
      this.queued(queued);
    } catch (error) {
      // Nothing was queued (the transaction is atomic); keep the text on screen and saved if possible.
      this.delivery = previousDelivery;
      this.saveState = { kind: 'failed', error: toStorageError(error) };
      this.autosave.schedule(draft);
      // A full disk never stops a submit: room is made, or the entry is sent from memory.
      if (store && toStorageError(error).problem === 'storageFull') {
        await (await loadFullDisk()).submitOnFullDisk(this as never, fullDiskTools, store, draft.key, queued);
      }
    } finally {
      this.submitting = false;
    }
  }

  /** Queued: a fresh draft, and a flush. (Also called by full-disk.ts.) */
  private queued(item: OutboxEntry): void {
    this.unsaved = undefined;
    this.dispatchEvent(new HwEntryQueuedEvent(item.entry));
    this.submitted = this.submittedLines(item.entry.data as TData, this.localizer());
    this.startDraft();
    this.saveState = { kind: 'idle' };
    void withSender().then((sender) => sender.flush('submit'));
    void this.moveTo('#submitted');
  }

  /** After the next render, put the keyboard (and the screen, on a phone) on `selector`. */
  private async moveTo(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /**
   * Queue one entry, claiming it first: a flush already under way may send it (and report
   * on it) before queueEntry's promise settles here, and those reports must not be missed.
   */
  private async queue(store: HomeworkStore, draftKey: string, entry: OutboxEntry): Promise<QueueResult> {
    this.ownEntries.set(entry.id, 'queued');
    try {
      const result = await store.queueEntry(draftKey, entry);
      if (result === 'id-taken') this.ownEntries.delete(entry.id);
      return result;
    } catch (error) {
      this.ownEntries.delete(entry.id);
      throw error;
    }
  }

  private outboxEntryFor(entry: Entry, endpoint: string): OutboxEntry {
    // The format is fixed now; the sender maps a FHIR body before the first attempt.
    const format = this.config?.format === 'fhir' ? ({ format: 'fhir' } as const) : {};
    return {
      id: entry.id,
      endpoint,
      entry,
      ...format,
      state: 'pending',
      attempts: 0,
      nextAttemptAt: now(),
      queuedAt: now(),
    };
  }

  private showSubmitProblems(problems: string[]): Promise<void> {
    this.submitProblems = problems;
    return this.moveTo('#submit-problems');
  }

  private onDelivery = (event: Event) => {
    const { entryId, state, detail } = event as DeliveryEvent;
    if (!this.ownEntries.has(entryId)) return;
    if (state === 'delivered') {
      this.ownEntries.delete(entryId);
      if (detail.storageProblem) void loadFullDisk().then((m) => m.deliveredNotRecorded(this as never, fullDiskTools));
      this.dispatchEvent(new HwEntryDeliveredEvent(entryId, detail.status ?? 0));
    } else {
      this.ownEntries.set(entryId, state === 'rejected' || state === 'auth-required' ? state : 'pending');
      if (state === 'rejected') {
        this.dispatchEvent(new HwEntryRejectedEvent(entryId, detail.status ?? null, detail.message ?? ''));
      }
    }
    this.dispatchEvent(new HwSyncStatusEvent(entryId, state, this.ownEntries.size));
    this.delivery = this.viewFor(state, detail);
  };

  private viewFor(state: DeliveryState, detail: DeliveryEvent['detail']): DeliveryView {
    const submitted = this.delivery?.submitted;
    if (state === 'retrying' && navigator.onLine === false) return { state: 'willSend', submitted };
    return {
      state,
      message: detail.message,
      status: detail.status,
      nextAttemptAt: detail.nextAttemptAt,
      code: detail.code,
      submitted,
      pending: this.ownEntries.size,
    };
  }

  /** On load: show what this widget left in the outbox on earlier visits. */
  private async refreshOutboxView(): Promise<void> {
    if (!this.config?.endpoint) return;
    const queue = (await (await getStore()).listOutbox()).filter(
      (item) =>
        item.endpoint === this.config?.endpoint &&
        item.entry.exercise === this.exercise &&
        item.entry.assignmentId === (this.assignment?.id ?? this.assignmentId ?? null),
    );
    for (const item of queue) if (!this.ownEntries.has(item.id)) this.ownEntries.set(item.id, item.state);
    const refused = queue.filter((item) => item.state === 'rejected');
    this.oldWork = [
      ...this.oldWork,
      ...loadFormParts
        .loaded()!
        .oldWork(refused.map((item) => ({ kind: 'refused', at: item.queuedAt, id: item.id, message: item.lastError }))),
    ];
    if (this.delivery || !queue.length) return;
    const rejected = queue.find((item) => item.state === 'rejected');
    this.delivery = rejected
      ? { state: 'rejected', message: rejected.lastError, pending: queue.length }
      : { state: 'queued', pending: queue.length };
  }

  protected localizer(): Localizer {
    const lang = this.assignment?.locale || resolveLang(this);
    const cacheKey = `${lang}|${resolveDir(this)}`;
    if (this.cachedLocalizer?.key !== cacheKey || this.cachedLocalizer.assignment !== this.assignment) {
      this.cachedLocalizer = {
        key: cacheKey,
        assignment: this.assignment,
        value: new Localizer(
          lang,
          this.assignment?.overrides,
          resolveDir(this),
          this.assignment?.features?.hints === false ? isHint : undefined,
        ),
      };
    }
    return this.cachedLocalizer.value;
  }
  private cachedLocalizer?: { key: string; assignment?: Assignment; value: Localizer };

  /** The crisis help in the client's language: the widget's own, else the provider's. */
  protected crisisHelpFor(t: Localizer): ResolvedCrisisHelp {
    const wording = { title: t.t('crisis.title'), text: t.t('crisis.text'), notice: t.t('crisis.notice') };
    const host = this.crisisHelp ?? this.inherited?.crisisHelp;
    return resolveCrisisHelp(fallbackChain(t.locale), shippedLocaleFor(t.locale), wording, host);
  }

  protected override render() {
    const t = this.localizer();
    return html`<section class="widget" part="base" lang=${t.locale} dir=${t.dir} aria-labelledby="title">
      <h2 id="title" part="title" tabindex="-1">${this.assignment?.title || this.renderTitle(t)}</h2>
      ${renderCrisisHelp(this.crisisHelpFor(t))} ${this.renderAssignment(t)}
      ${this.configProblems.length ? this.renderConfigError(t) : this.renderBody(t)}
    </section>`;
  }

  private renderBody(t: Localizer) {
    if (this.loadFailure && (this.loadFailure.blocking || !this.ready)) return renderLoadFailure(t, this.retryLoad);
    if (this.schemasPending) return html`<p class="muted" role="status">${t.t('status.loading')}</p>`;
    if (this.preview && this.ready) return this.renderPreviewBody(t);
    // Ready means the form's parts have loaded with the draft (loadDraft).
    const parts = loadFormParts.loaded();
    if (!this.ready || !parts) return html`<p class="muted" role="status">${t.t('status.loading')}</p>`;
    // A disabled fieldset (display: contents) disables every control at once, natively.
    return html`<fieldset class="form-body" ?disabled=${this.formDisabled}>
      ${this.loadFailure ? renderLoadFailure(t, this.retryLoad) : nothing}
      ${this.submitted ? parts.renderSubmitted(t, this.submitted, () => this.startNew()) : nothing}
      ${parts.renderOldWork(t, this as never)} ${parts.renderKept(t, this.keptSince)}
      ${this.storageWarning ? html`<p class="warning" role="alert">${t.t(this.storageWarning)}</p>` : nothing}
      ${
        this.databaseIsNew && this.config?.expectSavedWork
          ? html`<p class="warning" role="alert">${t.t('storageCleared')}</p>`
          : nothing
      }
      <!-- Inert while submitting: text typed in that moment would be wiped by the fresh draft. -->
      <div class="fields" ?inert=${this.submitting}>${this.renderExercise(t)} ${this.renderSelfReviewSection(t)}</div>
      ${parts.renderFlag(t, this as never)}
      ${this.submitProblems.length ? parts.renderSubmitProblems(t, this.submitProblems, this.renderRoot) : nothing}
      <div class="actions">
        ${
          this.offersSubmit() && !this.readOnly
            ? html`<button
                class="primary"
                part="submit"
                type="button"
                aria-disabled=${this.submitting ? 'true' : 'false'}
                @click=${() => void this.submit()}
              >
                ${this.submitting ? t.t('action.submitting') : t.t('action.submit')}
              </button>`
            : nothing
        }
        ${
          // Only a draft the client has written in can be discarded (nothing else is on the device).
          this.draft?.data && !this.discarding && !this.readOnly
            ? html`<button type="button" id="discard-draft" @click=${() => this.askDiscard()}>
                ${t.t('draft.discard')}
              </button>`
            : nothing
        }
        ${
          this.delivery && ['retrying', 'auth-required', 'willSend', 'queued'].includes(this.delivery.state)
            ? html`<button type="button" @click=${() => void this.retryDelivery()}>${t.t('action.retry')}</button>`
            : nothing
        }
      </div>
      ${this.discarding ? parts.renderDiscard(t, (discard) => void this.answerDiscard(discard)) : nothing}
      ${this.unsaved ? this.unsaved.render(t) : parts.renderStatus(t, this.saveState, this.delivery)}
    </fieldset>`;
  }

  private askDiscard(): Promise<void> {
    this.discarding = true;
    return this.moveTo('#discard');
  }

  private async answerDiscard(discard: boolean): Promise<void> {
    this.discarding = false;
    // Every trace of this draft goes (its stored record too); queued entries stay.
    if (discard) await this.clearDraft();
    // Back to where the client was, or to the top of the fresh form.
    await this.moveTo(discard ? '#title' : '#discard-draft');
  }

  /** "Start a new one" after a submit: the confirmation goes, the keyboard to the first field. */
  private async startNew(): Promise<void> {
    this.submitted = undefined;
    await this.updateComplete;
    firstControl(this.renderRoot)?.focus();
  }

  /** A preview shows the form but offers no submit and no save status. */
  private renderPreviewBody(t: Localizer) {
    return html`<p class="muted" part="preview">${t.t('preview.note')}</p>
      <div class="fields">${this.renderExercise(t)} ${this.renderSelfReviewSection(t)}</div>`;
  }

  /** The closing self-review; an exercise may shorten it (e.g. a quick mood check-in). */
  protected renderSelfReviewSection(t: Localizer): TemplateResult {
    // Shown only with the form, so its parts have loaded (loadDraft).
    const parts = loadFormParts.loaded()!;
    return parts.renderSelfReview(t, this.selfReview, (change) => this.changeSelfReview(change(this.selfReview)));
  }

  private renderAssignment(t: Localizer) {
    const a = this.assignment;
    // Not before the schemas have checked it (their chunk also brings the framing's words).
    if (!a || this.configProblems.length || this.schemasPending) return nothing;
    return html`<div class="assignment" part="assignment">
      ${a.framing ? html`<p class="framing">${t.t(`framing.${a.framing}`)}</p>` : nothing}
      ${a.instructions ? html`<p>${a.instructions}</p>` : nothing}
      ${a.dueDate ? html`<p class="muted">${t.t('assignment.due', { date: formatDue(t, a.dueDate) })}</p>` : nothing}
      ${
        a.note
          ? html`<div class="note">
              <p class="muted">${t.t('assignment.note')}</p>
              <p>${a.note}</p>
            </div>`
          : nothing
      }
    </div>`;
  }

  private renderConfigError(t: Localizer) {
    return html`<div class="alert" role="alert" part="error">
      <p><strong>${t.t('config.title')}</strong></p>
      <ul>
        ${this.configProblems.map((problem) => {
          const [key, details] = splitProblem(problem);
          return html`<li>${t.t(key, { details, exercise: details })}</li>`;
        })}
      </ul>
      <p>${t.t('config.help')}</p>
    </div>`;
  }
}

/** What the lazily loaded full-disk code (full-disk.ts) takes from this chunk. */
const fullDiskTools: FullDiskTools = {
  html,
  addEnglishMessages,
  Delivered: HwEntryDeliveredEvent,
  Rejected: HwEntryRejectedEvent,
};

/** English needed only with an assignment or in a preview (see assignment-words.ts). */
const loadAssignmentWords = onDemand('assignment-words', () =>
  import('../../i18n/en/assignment-words.js').then((words) => {
    addEnglishMessages(words.assignmentWords);
    return true;
  }),
);

/** Fetching `assignment-src` is code only some pages need: a chunk of its own in the npm build. */
const loadAssignmentSource = onDemand('assignment-source', () => import('./assignment-source.js'));

/** Hint keys (every `….hint` and its variants): silenced when an assignment switches hints off. */
const isHint = (key: string): boolean => /\.hint(\.|$)/.test(key) && key !== 'be.calendar.hint';

/** Problems carry details after a colon: "assignmentInvalid:title: too long". */
function splitProblem(problem: string): [string, string] {
  const colon = problem.indexOf(':');
  return colon < 0 ? [problem, ''] : [problem.slice(0, colon), problem.slice(colon + 1)];
}

function formatDue(t: Localizer, due: string): string {
  const parsed = Date.parse(due);
  return Number.isNaN(parsed) ? due : t.date(parsed);
}

/**
 * A load that failed where nothing waits on it: whoever needs that code next asks again
 * (the loaders forget failures) and reports it to the client then.
 */
function ignoreFailedLoad(): void {}
