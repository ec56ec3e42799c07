// <hw-assignment-composer>: the clinician writes an assignment, adapts it to the client and
// sees the real client widget beside the form. The logic (form <-> assignment, specificity,
// snippet) lives in src/core; this file renders and wires it.
import { consume } from '@lit/context';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Assignment, Exercise } from '../../core/assignment.js';
import { EXERCISES, FRAMINGS } from '../../core/assignment-kinds.js';
import {
  assignmentFromForm,
  assignmentUrl,
  clientLink,
  embedSnippet,
  emptyForm,
  formFromAssignment,
  helpSteps,
  type ComposerForm,
  type Size,
} from '../../core/compose-assignment.js';
import { checkEndpoint, originTrust, type GetAuthHeaders, type HomeworkConfig } from '../../core/config.js';
import { describeIssues } from '../../core/issues.js';
import { newId } from '../../core/ids.js';
import { vagueAspects } from '../../core/specificity.js';
import { MAX_FIELD_LENGTH } from '../../core/text.js';
import { HwAssignmentCreatedEvent } from '../../events.js';
import { DEFAULT_EMOTIONS } from '../../exercises/mood-tracker.js';
import { addCataloguePart, Localizer, resolveDir, resolveLang, shippedLocales } from '../../i18n/catalogue.js';
import { clinicianLocaleLoaders } from '../../i18n/clinician-locale-loaders.js';
import { assignmentComposer as englishMessages } from '../../i18n/en/assignment-composer.js';
import { clinicianLoading } from '../../i18n/en/clinician-loading.js';
import { tokens } from '../../styles/tokens.js';
import { LanguageLoad } from '../base/language-load.js';
import { widgetStyles } from '../base/widget-styles.js';
import { configContext } from '../provider/config-context.js';
import { composerStyles } from './composer-styles.js';
import type { ClientLinkResult, ComposerClient } from './for-client.js';
import type { WordingGroup, WordingRole } from './wording-groups.js';
import { loadChecks, loadedChecks } from './lazy-checks.js';
import { loadPreviewWidget } from './preview-widgets.js';

addCataloguePart('clinician', { ...englishMessages, ...clinicianLoading }, clinicianLocaleLoaders);

type Outcome =
  | { kind: 'saving' }
  | { kind: 'saved'; url: string | null }
  | { kind: 'duplicated' }
  | { kind: 'invalid'; problems: string[] }
  | { kind: 'offline' }
  | { kind: 'auth' }
  | { kind: 'refused'; status: number; message: string };

const TITLE_KEYS: Record<Exercise, string> = {
  'thought-record': 'tr.title',
  'mood-tracker': 'mood.title',
  'behavioural-experiment': 'be.title',
};

/**
 * The clinician's assignment composer: choose an exercise, size it, make it specific, adapt
 * its language, wording, emotion words, framing and scale, and see the real client widget
 * beside the form. Saves the assignment (validated by the published schema) to `endpoint`
 * and gives an embed snippet and a link for the client.
 *
 * @tagname hw-assignment-composer
 * @summary Clinician: compose and adapt an assignment, with a live preview.
 *
 * @fires hw-assignment-created - A valid assignment was created: `event.assignment`, `event.stored`, `event.url`.
 * @fires hw-load-error - Its translation could not be loaded: it works on in English, says so, with "Try again".
 *
 * @csspart base - The composer's frame.
 * @csspart form - The form column.
 * @csspart preview - The preview column.
 * @csspart save - The save button.
 * @csspart error - Problems that stopped a save.
 * @csspart load-error - Its translation could not be loaded, with "Try again".
 *
 * @cssprop --hw-color-surface - Background.
 * @cssprop --hw-color-text - Text colour.
 * @cssprop --hw-color-primary - Buttons, focus and accents.
 */
export class HwAssignmentComposer extends LitElement {
  static override styles = [tokens, widgetStyles, composerStyles];

  /**
   * Where assignments are POSTed (https, or http on localhost); `GET {endpoint}/{id}` serves one.
   * Only on the page's own origin or one in `allowed-origins`; redirects are not followed.
   */
  @property() endpoint?: string;

  /**
   * Other origins `endpoint` may be on, space-separated; they get the auth headers and cookies
   * as configured. An origin only in `<hw-provider allowed-origins>` is asked without them.
   */
  @property({ attribute: 'allowed-origins' }) allowedOrigins?: string;

  /** Where the client's entries go: written into the embed snippet as the widget's `endpoint`. */
  @property({ attribute: 'entries-endpoint' }) entriesEndpoint?: string;

  /** The host's page for clients; the link adds `?exercise=…&assignment-src=…`. */
  @property({ attribute: 'client-page' }) clientPage?: string;

  /** `omit` (default), `same-origin` or `include`. */
  @property() credentials?: RequestCredentials;

  /** The clinician's clients to choose from ("For which client"). Property only. */
  @property({ attribute: false }) clients?: ComposerClient[];

  /** Where a chosen client's private link is made (POST `{ client, assignmentId }`), e.g. `/api/links`. */
  @property({ attribute: 'links-endpoint' }) linksEndpoint?: string;

  /** The client's own page (their list of homework); their private link opens it. */
  @property({ attribute: 'client-space' }) clientSpace?: string;

  /** The client chosen in "For which client" (an id from `clients`), or ''. */
  @property({ attribute: 'client-id' }) clientId = '';

  /** An existing assignment to edit (same id) or duplicate (a new id). Property only. */
  @property({ attribute: false }) assignment?: Assignment;

  /** Returns auth headers; called with `{ refresh: true }` once after a 401/403. Property only. */
  @property({ attribute: false }) getAuthHeaders?: GetAuthHeaders;

  /** `light` or `dark`; by default the page's `color-scheme` (light when it declares none). */
  @property({ reflect: true }) theme?: 'light' | 'dark';
  @property() override lang!: string;
  @property() override dir!: string;

  @consume({ context: configContext, subscribe: true })
  @state()
  protected inherited?: HomeworkConfig;

  @state() private form: ComposerForm = emptyForm(newId());
  @state() private outcome: Outcome | null = null;
  @state() private copyState: 'copied' | 'failed' | null = null;
  /** The chosen client's link after the last save. */
  @state() private clientLink?: ClientLinkResult;
  private forClient?: typeof import('./for-client.js');
  /** The last assignment that passed the schema: what the preview shows. */
  private lastValid?: Assignment;
  /** Whether the form as it stands is a valid assignment. */
  private formValid = true;
  private editing = false;
  /** The host's assignment last read into the form (read once the schemas have loaded). */
  private appliedAssignment?: Assignment;
  private language = new LanguageLoad(this);

  override connectedCallback(): void {
    super.connectedCallback();
    // zod, the schemas and the client widgets' wording load beside the first render; the
    // form checks itself once they are here.
    void loadChecks().then(
      () => this.requestUpdate(),
      () => {},
    );
    void import('./for-client.js').then(
      (module) => {
        this.forClient = module;
        this.requestUpdate();
      },
      () => {}, // without it: no client choice and no "how many times"; saving still works
    );
  }

  protected override willUpdate(): void {
    this.checkForm();
    // The chosen language's default wording is listed; fetch it when it is not here yet.
    for (const locale of [this.uiLocale, this.form.locale || this.uiLocale]) this.language.load(locale);
    const language = this.chosenClient?.language;
    if (language) this.language.load(language);
  }

  /** Read the host's assignment into the form, and check the form: what the preview shows. */
  private checkForm(): void {
    const checks = loadedChecks();
    if (!checks) return; // no preview yet, and no "preview unavailable" either
    const { parseAssignment } = checks.schemas;
    if (this.assignment && this.assignment !== this.appliedAssignment) {
      this.appliedAssignment = this.assignment;
      const parsed = parseAssignment(this.assignment);
      if (parsed.success) {
        this.form = formFromAssignment(parsed.data);
        this.editing = true;
        this.outcome = null;
      } else {
        this.outcome = { kind: 'invalid', problems: describeIssues(parsed.error.issues) };
      }
    }
    const parsed = parseAssignment(this.candidate);
    this.formValid = parsed.success;
    if (parsed.success) this.lastValid = parsed.data;
  }

  private get uiLocale(): string {
    return resolveLang(this);
  }

  /** What the clinician may reword (none listed until the wording has loaded). */
  private get adaptable(): string[] {
    return loadedChecks()?.adaptableKeys(this.form.exercise, this.form.framing || undefined) ?? [];
  }

  private get candidate(): Assignment {
    return assignmentFromForm(this.form, this.adaptable);
  }

  private change(patch: Partial<ComposerForm>): void {
    this.form = { ...this.form, ...patch };
    if (this.outcome?.kind !== 'saving') this.outcome = null;
    this.copyState = null;
  }

  private reword(key: string, value: string, defaultText: string): void {
    const wording = { ...this.form.wording };
    if (value === defaultText || !value.trim()) delete wording[key];
    else wording[key] = value.slice(0, MAX_FIELD_LENGTH);
    this.change({ wording });
  }

  private duplicate(): void {
    this.form = { ...this.form, id: newId() };
    this.editing = false;
    this.outcome = { kind: 'duplicated' };
  }

  private get endpointUrl(): { ok: true; url: string | null; trusted?: boolean } | { ok: false } {
    // Not the provider's endpoint: that one takes entries, not assignments.
    const raw = this.endpoint;
    if (!raw) return { ok: true, url: null };
    const check = checkEndpoint(raw, document.baseURI);
    const trusted = check.ok && originTrust(check.url, this.allowedOrigins, this.inherited?.allowedOrigins);
    return check.ok && trusted !== null ? { ok: true, url: check.url, trusted } : { ok: false };
  }

  /** Validate, then store at the endpoint (or hand it to the host); the form is kept whatever happens. */
  async save(): Promise<void> {
    if (this.outcome?.kind === 'saving') return;
    let checks = loadedChecks();
    if (!checks) {
      try {
        checks = await loadChecks();
      } catch {
        return this.showOutcome({ kind: 'offline' }); // the schemas could not load
      }
      // A second click while they loaded.
      if ((this.outcome as Outcome | null)?.kind === 'saving') return;
    }
    const parsed = checks.schemas.parseAssignment(this.candidate);
    if (!parsed.success) return this.showOutcome({ kind: 'invalid', problems: describeIssues(parsed.error.issues) });
    const assignment = parsed.data;
    const endpoint = this.endpointUrl;
    const wrongEndpoint = () => this.showOutcome({ kind: 'invalid', problems: [this.t.t('composer.endpointInvalid')] });
    if (!endpoint.ok) return wrongEndpoint();
    if (!endpoint.url) {
      this.outcome = { kind: 'saved', url: null };
      this.dispatchEvent(new HwAssignmentCreatedEvent(assignment, false, null));
      return;
    }
    this.outcome = { kind: 'saving' };
    let response: Response;
    try {
      response = await this.post(endpoint.url, assignment, false, endpoint.trusted);
      if (response.status === 401 || response.status === 403)
        response = await this.post(endpoint.url, assignment, true, endpoint.trusted);
    } catch {
      return this.showOutcome({ kind: 'offline' });
    }
    // Not followed (see post): nothing, auth headers least of all, goes on to another address.
    if (response.type === 'opaqueredirect') return wrongEndpoint();
    const reply = await response.json().catch(() => null);
    if (response.status === 401 || response.status === 403) return this.showOutcome({ kind: 'auth' });
    if (!response.ok) {
      const message = typeof reply?.message === 'string' ? reply.message.slice(0, 500) : response.statusText;
      return this.showOutcome({ kind: 'refused', status: response.status, message });
    }
    const url = assignmentUrl(endpoint.url, assignment.id, reply?.url);
    const client = this.chosenClient;
    this.clientLink = undefined;
    if (client && this.linksEndpoint) {
      const getAuth = endpoint.trusted && (this.getAuthHeaders ?? this.inherited?.getAuthHeaders);
      try {
        this.forClient ??= await import('./for-client.js');
        const page = this.clientSpace ?? this.clientPage ?? '';
        const result = await this.forClient.makeClientLink(this.linksEndpoint, page, client.id, assignment.id, {
          headers: typeof getAuth === 'function' ? await getAuth({ refresh: false }) : {},
          credentials: endpoint.trusted ? (this.credentials ?? this.inherited?.credentials ?? 'omit') : 'omit',
        });
        this.clientLink = { ...result, client };
      } catch {
        return this.showOutcome({ kind: 'offline' }); // saved, but the link's code could not load
      }
    }
    this.editing = true;
    this.outcome = { kind: 'saved', url };
    this.dispatchEvent(new HwAssignmentCreatedEvent(assignment, true, url));
  }

  /** Auth headers and cookies only when `trusted` (see originTrust); a redirect is not followed. */
  private async post(url: string, assignment: Assignment, refresh: boolean, trusted?: boolean): Promise<Response> {
    const getAuth = trusted && (this.getAuthHeaders ?? this.inherited?.getAuthHeaders);
    const auth = typeof getAuth === 'function' ? await getAuth({ refresh }) : {};
    return fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...auth },
      body: JSON.stringify(assignment),
      credentials: trusted ? (this.credentials ?? this.inherited?.credentials ?? 'omit') : 'omit',
      redirect: 'manual',
      signal: AbortSignal.timeout(this.inherited?.timeout ?? 30_000),
    });
  }

  private get chosenClient(): ComposerClient | undefined {
    return this.clients?.find((client) => client.id === this.clientId);
  }

  private async showOutcome(outcome: Outcome): Promise<void> {
    this.outcome = outcome;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#outcome')?.focus();
  }

  private async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copyState = 'copied';
    } catch {
      this.copyState = 'failed';
    }
  }

  private get t(): Localizer {
    return new Localizer(this.uiLocale, {}, resolveDir(this));
  }

  protected override render() {
    const t = this.t;
    return html`<section class="widget" part="base" lang=${t.locale} dir=${t.dir} aria-labelledby="title">
      <h2 id="title">${t.t(this.editing ? 'composer.titleEditing' : 'composer.title')}</h2>
      ${this.language.render(t)}
      <p class="muted">${t.t('composer.intro')}</p>
      <div class="layout">
        <div part="form">
          ${this.renderClient(t)} ${this.renderExercise(t)} ${this.renderDetails(t)} ${this.renderSpecificity(t)}
          ${this.renderSize(t)} ${this.renderAdapt(t)} ${this.renderWording(t)} ${this.renderResearch(t)}
          ${this.renderActions(t)}
        </div>
        <!-- A group, not an <aside>: a landmark inside the composer's own would be misplaced. The
          widget in it is a picture of what the client sees: inert, so its fields are no tab stops. -->
        <div class="preview" part="preview" role="group" aria-labelledby="preview-title">
          <h3 id="preview-title">${t.t('composer.preview')}</h3>
          ${this.formValid ? nothing : html`<p class="muted">${t.t('composer.previewUnavailable')}</p>`}
          <div inert>${this.renderPreview()}</div>
        </div>
      </div>
    </section>`;
  }

  private renderClient(t: Localizer) {
    return this.forClient?.renderClientChoice(t, this.clients, this.clientId, (id) => {
      this.clientId = id;
      this.clientLink = undefined;
    });
  }

  private renderExercise(t: Localizer) {
    return html`<fieldset class="step">
      <legend>${t.t('composer.exercise')}</legend>
      <div class="scale-row">
        ${EXERCISES.map(
          (exercise) =>
            html`<label class="scale-choice">
              <input
                type="radio"
                name="exercise"
                .checked=${this.form.exercise === exercise}
                @change=${() => this.change({ exercise })}
              />
              <span>${t.t(TITLE_KEYS[exercise])}</span>
            </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private text(
    id: string,
    label: string,
    key: 'title' | 'instructions' | 'note' | 'variant',
    multiline: boolean,
    hint?: string,
  ) {
    const onInput = (event: Event) =>
      this.change({ [key]: (event.target as HTMLInputElement).value.slice(0, MAX_FIELD_LENGTH) });
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      ${
        multiline
          ? html`<textarea
              id=${id}
              rows="3"
              maxlength=${MAX_FIELD_LENGTH}
              aria-describedby=${hint ? `${id}-hint` : nothing}
              .value=${this.form[key]}
              @input=${onInput}
            ></textarea>`
          : html`<input id=${id} type="text" maxlength="200" .value=${this.form[key]} @input=${onInput} />`
      }
    </div>`;
  }

  private renderDetails(t: Localizer) {
    return html`<fieldset class="step">
      <legend>${t.t('composer.details')}</legend>
      ${this.text('assignment-title', t.t('composer.assignmentTitle'), 'title', false)}
      ${this.text('instructions', t.t('composer.instructions'), 'instructions', true, t.t('composer.instructions.hint'))}
      <div class="field">
        <label for="due-date">${t.t('composer.dueDate')}</label>
        <input
          id="due-date"
          type="date"
          .value=${this.form.dueDate}
          @input=${(e: Event) => this.change({ dueDate: (e.target as HTMLInputElement).value })}
        />
      </div>
      ${this.forClient?.renderTimes(t, this.form.times, (times) => this.change({ times }))}
      ${this.text('note', t.t('composer.note'), 'note', true)}
    </fieldset>`;
  }

  private renderSpecificity(t: Localizer) {
    const vague = vagueAspects(this.form);
    return html`<section class="note" aria-labelledby="specificity-title">
      <h3 id="specificity-title">${t.t('composer.specificity')}</h3>
      ${
        vague.length
          ? html`<p>${t.t('composer.specificity.vague')}</p>
              <ul class="vague">
                ${vague.map((aspect) => html`<li data-aspect=${aspect}>${t.t(`composer.vague.${aspect}`)}</li>`)}
              </ul>`
          : html`<p class="ok">${t.t('composer.specificity.ok')}</p>`
      }
    </section>`;
  }

  private renderSize(t: Localizer) {
    const f = this.form;
    const checkbox = (id: string, label: string, checked: boolean, onChange: (checked: boolean) => void) =>
      html`<label class="check" for=${id}>
        <input
          id=${id}
          type="checkbox"
          .checked=${checked}
          @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)}
        />
        <span>${label}</span>
      </label>`;
    const lines = (id: string, label: string, key: 'emotions' | 'distortions', hint?: string) =>
      html`<div class="field">
        <label for=${id}>${label}</label>
        ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
        <textarea
          id=${id}
          rows="4"
          maxlength="8000"
          aria-describedby=${hint ? `${id}-hint` : nothing}
          .value=${f[key]}
          @input=${(e: Event) => this.change({ [key]: (e.target as HTMLTextAreaElement).value })}
        ></textarea>
      </div>`;
    if (f.exercise === 'thought-record') {
      return html`<fieldset class="step">
        <legend>${t.t('composer.size')}</legend>
        ${(['quick', 'standard', 'full'] as Size[]).map(
          (size) =>
            html`<div>
              <label class="check">
                <input type="radio" name="size" .checked=${f.size === size} @change=${() => this.change({ size })} />
                <span>${t.t(`composer.size.${size}`)}</span>
              </label>
            </div>`,
        )}
        <div>
          ${checkbox('show-distortions', t.t('composer.distortions.show'), f.showDistortions, (showDistortions) => this.change({ showDistortions }))}
        </div>
        ${f.showDistortions ? lines('distortions', t.t('composer.distortions.own'), 'distortions') : nothing}
      </fieldset>`;
    }
    if (f.exercise === 'mood-tracker') {
      const exerciseT = this.exerciseLocalizer();
      // The words are the mood tracker's, which arrive with the wording.
      const defaults = loadedChecks()
        ? DEFAULT_EMOTIONS.map((word) => exerciseT.t(`mood.emotion.${word}`)).join(', ')
        : '';
      return html`<fieldset class="step">
        <legend>${t.t('composer.scale')}</legend>
        ${(['0-10', '0-100', 'valence'] as const).map(
          (scale) =>
            html`<div>
              <label class="check">
                <input
                  type="radio"
                  name="scale"
                  .checked=${f.scale === scale}
                  @change=${() => this.change({ scale })}
                />
                <span>${t.t(`composer.scale.${scale}`)}</span>
              </label>
            </div>`,
        )}
        ${this.forClient?.renderHelpThreshold(t, f.scale, helpSteps(f.scale), f.helpAtOrBelow, (helpAtOrBelow) => this.change({ helpAtOrBelow }))}
        ${lines('emotions', t.t('composer.emotions'), 'emotions', t.t('composer.emotions.default', { words: defaults }))}
      </fieldset>`;
    }
    return html`<div class="step">
      ${checkbox('plan-only', t.t('composer.planOnly'), f.allowPlanOnly, (allowPlanOnly) => this.change({ allowPlanOnly }))}
    </div>`;
  }

  private renderAdapt(t: Localizer) {
    const names = displayNames(t.locale);
    return html`<fieldset class="step">
      <legend>${t.t('composer.adapt')}</legend>
      <div class="field">
        <label for="locale">${t.t('composer.locale')}</label>
        <select id="locale" @change=${(e: Event) => this.change({ locale: (e.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${this.form.locale === ''}>${t.t('composer.locale.page')}</option>
          ${exerciseLocales().map(
            (locale) =>
              html`<option value=${locale} ?selected=${this.form.locale === locale}>
                ${names(locale)} (${locale})
              </option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="framing">${t.t('composer.framing')}</label>
        <select
          id="framing"
          @change=${(e: Event) => this.change({ framing: (e.target as HTMLSelectElement).value as ComposerForm['framing'] })}
        >
          <option value="" ?selected=${this.form.framing === ''}>${t.t('composer.framing.none')}</option>
          ${FRAMINGS.map(
            (framing) =>
              html`<option value=${framing} ?selected=${this.form.framing === framing}>
                ${t.t(`composer.framing.${framing}`)}
              </option>`,
          )}
        </select>
      </div>
    </fieldset>`;
  }

  /** The exercise's own language, for the default wording the client would see. */
  private exerciseLocalizer(): Localizer {
    return new Localizer(this.form.locale || this.uiLocale);
  }

  /**
   * Every message the clinician may reword, grouped by the step where the client meets it
   * and named by what it is there; the default beside each (wording-groups.ts).
   */
  private renderWording(t: Localizer) {
    const exerciseT = this.exerciseLocalizer();
    const keys = this.adaptable;
    const changed = keys.filter((key) => this.form.wording[key]?.trim()).length;
    const groupName = (group: WordingGroup) =>
      group.nameKey
        ? withClientWords(t, 'composer.wording.step', exerciseT, exerciseT.t(group.nameKey))
        : t.t(`composer.wording.${group.id}`);
    let index = 0;
    return html`<details class="wording step">
      <summary>${t.t('composer.wording', { count: t.number(changed) })}</summary>
      <p class="hint">${t.t('composer.wording.hint')}</p>
      ${(loadedChecks()?.groupWording(keys) ?? []).map(
        (group) =>
          html`<fieldset class="wording-group">
            <legend>${groupName(group)}</legend>
            ${group.fields.map(({ key, role }) => this.renderWordingField(t, exerciseT, key, role, index++))}
          </fieldset>`,
      )}
    </details>`;
  }

  private renderWordingField(t: Localizer, exerciseT: Localizer, key: string, role: WordingRole, index: number) {
    const defaultText = exerciseT.t(key);
    const value = this.form.wording[key] ?? defaultText;
    const id = `wording-${index}`;
    return html`<div class="wording-row">
      <div class="field">
        <label id="${id}-label" for=${id}>${t.t(`composer.wording.role.${role}`)}</label>
        <textarea
          id=${id}
          data-key=${key}
          rows="2"
          lang=${exerciseT.locale}
          dir=${exerciseT.dir}
          maxlength=${MAX_FIELD_LENGTH}
          aria-describedby="${id}-default"
          .value=${value}
          @input=${(e: Event) => this.reword(key, (e.target as HTMLTextAreaElement).value, defaultText)}
        ></textarea>
        <p class="hint" id="${id}-default">${withClientWords(t, 'composer.wording.default', exerciseT, defaultText)}</p>
      </div>
      ${
        this.form.wording[key] !== undefined
          ? html`<button
              type="button"
              aria-describedby="${id}-label ${id}-default"
              @click=${() => this.reword(key, defaultText, defaultText)}
            >
              ${t.t('composer.wording.reset')}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderResearch(t: Localizer) {
    const f = this.form;
    const toggle = (id: string, label: string, checked: boolean, key: 'hints' | 'reminders') =>
      html`<div>
        <label class="check" for=${id}>
          <input
            id=${id}
            type="checkbox"
            .checked=${checked}
            @change=${(e: Event) => this.change({ [key]: (e.target as HTMLInputElement).checked })}
          />
          <span>${label}</span>
        </label>
      </div>`;
    return html`<fieldset class="step">
      <legend>${t.t('composer.research')}</legend>
      ${this.text('variant', t.t('composer.variant'), 'variant', false)}
      ${toggle('hints', t.t('composer.hints'), f.hints, 'hints')}
      ${f.exercise === 'behavioural-experiment' ? toggle('reminders', t.t('composer.reminders'), f.reminders, 'reminders') : nothing}
    </fieldset>`;
  }

  private renderActions(t: Localizer) {
    const saving = this.outcome?.kind === 'saving';
    const endpoint = this.endpointUrl;
    return html`<div class="actions">
        <button
          class="primary"
          part="save"
          type="button"
          aria-disabled=${saving ? 'true' : 'false'}
          @click=${() => void this.save()}
        >
          ${saving ? t.t('composer.saving') : t.t(endpoint.ok && !endpoint.url ? 'composer.saveLocal' : 'composer.save')}
        </button>
        <button type="button" @click=${() => this.duplicate()}>${t.t('composer.duplicate')}</button>
      </div>
      ${this.renderOutcome(t)}`;
  }

  private renderOutcome(t: Localizer) {
    const o = this.outcome;
    const problem = (content: TemplateResult | string) =>
      html`<div class="alert" id="outcome" tabindex="-1" role="alert" part="error">${content}</div>`;
    // One status region that stays in place: a region created with its text is often not read.
    const status = (line: TemplateResult | typeof nothing, rest: unknown = nothing) =>
      html`<div class="status" role="status">${line}</div>
        ${rest}`;
    if (!o) return status(nothing);
    switch (o.kind) {
      case 'saving':
        return status(html`<p>${t.t('composer.saving')}</p>`);
      case 'duplicated':
        return status(html`<p>${t.t('composer.duplicated')}</p>`);
      case 'invalid':
        return status(
          nothing,
          problem(
            html`<p><strong>${t.t('composer.invalid')}</strong></p>
              <ul>
                ${o.problems.map((line) => html`<li>${line}</li>`)}
              </ul>`,
          ),
        );
      case 'offline':
        return status(nothing, problem(html`<p>${t.t('composer.offline')}</p>`));
      case 'auth':
        return status(nothing, problem(html`<p>${t.t('composer.authRequired')}</p>`));
      case 'refused':
        return status(
          nothing,
          problem(html`<p>${t.t('composer.refused', { status: o.status, message: o.message })}</p>`),
        );
      case 'saved':
        return status(
          html`<p class="ok">${t.t(o.url ? 'composer.saved' : 'composer.created')}</p>
            ${this.copyState ? html`<p>${t.t(this.copyState === 'copied' ? 'composer.copied' : 'composer.copyFailed')}</p>` : nothing}`,
          this.renderSaved(t, o.url),
        );
    }
  }

  /** What a save gives: the client's link and message, or the embed code and link. */
  private renderSaved(t: Localizer, url: string | null) {
    if (!url) return nothing;
    if (this.clientLink && this.forClient) {
      const theirLocale = this.clientLink.client.language || this.form.locale || this.uiLocale;
      return this.forClient.renderClientLink(t, this.clientLink, theirLocale, (text) => void this.copy(text));
    }
    const exercise = this.form.exercise;
    const snippet = embedSnippet(exercise, url, absolute(this.entriesEndpoint));
    const link = this.clientPage ? clientLink(this.clientPage, document.baseURI, url, exercise) : null;
    return html`<div class="field snippet">
        <label for="snippet">${t.t('composer.snippet')}</label>
        <textarea id="snippet" readonly rows="3" .value=${snippet}></textarea>
      </div>
      <div class="actions">
        <button type="button" @click=${() => void this.copy(snippet)}>${t.t('composer.copy')}</button>
      </div>
      ${
        link
          ? html`<div class="field">
                <label for="client-link">${t.t('composer.link')}</label>
                <input id="client-link" type="text" readonly .value=${link} />
              </div>
              <div class="actions">
                <button type="button" @click=${() => void this.copy(link)}>${t.t('composer.copyLink')}</button>
              </div>`
          : nothing
      }`;
  }

  /** The real client widget, in preview mode: no draft is kept and nothing can be sent. */
  private renderPreview() {
    const a = this.lastValid;
    if (!a) return nothing;
    // A widget that cannot load leaves its element empty; the form works without it.
    void loadPreviewWidget(a.exercise).catch(() => {});
    switch (a.exercise) {
      case 'thought-record':
        return html`<hw-thought-record preview .assignment=${a}></hw-thought-record>`;
      case 'mood-tracker':
        return html`<hw-mood-tracker preview .assignment=${a}></hw-mood-tracker>`;
      case 'behavioural-experiment':
        return html`<hw-behavioural-experiment preview .assignment=${a}></hw-behavioural-experiment>`;
    }
  }
}

/**
 * A message of the clinician's with the client's words in its `{text}`: those are in the
 * exercise's language and direction, isolated from the sentence around them.
 */
function withClientWords(t: Localizer, key: string, exerciseT: Localizer, text: string) {
  const [before, after = ''] = t.t(key, { text: '\u0000' }).split('\u0000');
  return html`${before}<bdi lang=${exerciseT.locale}>${text}</bdi>${after}`;
}

/** The snippet is pasted into another page: a relative address would point elsewhere there. */
function absolute(address: string | undefined): string | undefined {
  if (!address) return undefined;
  try {
    return new URL(address, document.baseURI).href;
  } catch {
    return address;
  }
}

/** The library's six languages, and any other a host build ships. */
function exerciseLocales(): string[] {
  return [...new Set(['en', 'es', 'fr', 'ar', 'zh-Hans', 'hi', ...shippedLocales()])];
}

/** Language names in the clinician's language ("French", "francés"), via Intl. */
function displayNames(locale: string): (code: string) => string {
  try {
    const names = new Intl.DisplayNames([locale], { type: 'language' });
    return (code) => names.of(code) ?? code;
  } catch {
    return (code) => code;
  }
}
