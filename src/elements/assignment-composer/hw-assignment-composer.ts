// <hw-assignment-composer>: the clinician writes an assignment, adapts it to the client and
// sees the real client widget beside the form. The logic (form <-> assignment, specificity,
// snippet) lives in src/core and each part of the form in its own render module (*-view.ts);
// this shell holds the state, checks the form and saves it (save-assignment.ts).
import { consume } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Assignment } from '../../core/assignment.js';
import { assignmentFromForm, emptyForm, formFromAssignment, type ComposerForm } from '../../core/compose-assignment.js';
import { checkEndpoint, originTrust, type GetAuthHeaders, type HomeworkConfig } from '../../core/config.js';
import { requestFor } from '../../core/request-settings.js';
import { newId } from '../../core/ids.js';
import { MAX_FIELD_LENGTH } from '../../core/text.js';
import { HwAssignmentCreatedEvent } from '../../events.js';
import { addCataloguePart, Localizer, resolveDir, resolveLang } from '../../i18n/catalogue.js';
import { clinicianLocaleLoaders } from '../../lazy/clinician-locales.js';
import { assignmentComposer as englishMessages } from '../../i18n/en/assignment-composer.js';
import { clinicianLoading } from '../../i18n/en/clinician-loading.js';
import { tokens } from '../../styles/tokens.js';
import { LanguageLoad } from '../base/language-load.js';
import { widgetStyles } from '../base/widget-styles.js';
import { configContext } from '../provider/config-context.js';
import { renderAdapt } from './adapt-view.js';
import { composerStyles } from './composer-styles.js';
import { renderDetails, renderExercise, renderSpecificity } from './details-view.js';
import type { ComposerClient } from './for-client.js';
import type { FormView } from './form-view.js';
import { loadChecks, loadedChecks, loadForClient, loadSaveAssignment } from './lazy-checks.js';
import { renderActions, type Outcome } from './outcome-view.js';
import { renderPreview } from './preview-view.js';
import { renderResearch } from './research-view.js';
import type { ClientLinkResult, Saved } from './save-assignment.js';
import { renderSize } from './size-view.js';
import { renderWording } from './wording-view.js';

addCataloguePart('clinician', { ...englishMessages, ...clinicianLoading }, clinicianLocaleLoaders);

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
    void loadForClient().then(
      (module) => {
        this.forClient = module;
        this.requestUpdate();
      },
      () => {}, // without it: no client choice and no "how many times"; saving still works
    );
    void loadSaveAssignment().catch(() => {}); // here before the first "Save"
  }

  protected override willUpdate(): void {
    this.checkForm();
    // The chosen language's default wording is listed; fetch it when it is not here yet.
    for (const locale of [this.uiLocale, this.form.locale || this.uiLocale]) this.language.load(locale);
    // The client's language, for the message sent with their link (also once it is made).
    for (const language of [this.chosenClient?.language, this.clientLink?.client.language])
      if (language) this.language.load(language);
  }

  /** Read the host's assignment into the form, and check the form: what the preview shows. */
  private checkForm(): void {
    const checks = loadedChecks();
    if (!checks) return; // no preview yet, and no "preview unavailable" either
    const { schemas, describeIssues } = checks;
    const { parseAssignment } = schemas;
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
    if (!parsed.success)
      return this.showOutcome({ kind: 'invalid', problems: checks.describeIssues(parsed.error.issues) });
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
    const client = this.chosenClient;
    let saved: Saved;
    try {
      const { saveAssignment } = await loadSaveAssignment();
      saved = await saveAssignment(assignment, {
        url: endpoint.url,
        // The client's link is asked for as the assignment was stored: same credentials.
        request: requestFor(this, this.inherited, endpoint.trusted),
        links:
          client && this.linksEndpoint
            ? { endpoint: this.linksEndpoint, page: this.clientSpace ?? this.clientPage ?? '', client }
            : undefined,
      });
    } catch {
      return this.showOutcome({ kind: 'offline' }); // the code that saves could not load
    }
    const { outcome } = saved;
    this.clientLink = saved.clientLink;
    // Not followed (see save-assignment.ts): the endpoint is not where assignments are stored.
    if (outcome.kind === 'redirected') return wrongEndpoint();
    if (outcome.kind !== 'saved') return this.showOutcome(outcome);
    this.editing = true;
    this.outcome = outcome;
    this.dispatchEvent(new HwAssignmentCreatedEvent(assignment, true, outcome.url));
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

  /** The language of the message sent with a client's link; null until its words are here. */
  private theirLocale(result: ClientLinkResult): string | null {
    const locale = result.client.language || this.form.locale || this.uiLocale;
    return this.language.ready(locale) ? locale : null;
  }

  private get t(): Localizer {
    return new Localizer(this.uiLocale, {}, resolveDir(this));
  }

  protected override render() {
    const t = this.t;
    // Nothing in English while the clinician's language loads (it was asked for in willUpdate).
    if (!this.language.ready(t.locale))
      return html`<section class="widget" part="base" lang=${t.locale} dir=${t.dir} aria-busy="true"></section>`;
    const form = this.form;
    const view: FormView = { t, form, change: (patch) => this.change(patch) };
    const forClient = this.forClient;
    // The exercise's own language, for the default wording the client would see.
    const exerciseT = new Localizer(form.locale || this.uiLocale);
    // Those words (wording, emotions) wait for that language too: never English first.
    const checks = this.language.ready(exerciseT.locale) ? loadedChecks() : undefined;
    const adaptable = this.adaptable;
    const endpoint = this.endpointUrl;
    // The preview is a group, not an <aside>: a landmark inside the composer's own would be
    // misplaced. The widget in it is a picture of what the client sees: inert, so its fields are
    // no tab stops. (Comments here, not in the template: lit keeps a template's comments.)
    return html`<section class="widget" part="base" lang=${t.locale} dir=${t.dir} aria-labelledby="title">
      <h2 id="title">${t.t(this.editing ? 'composer.titleEditing' : 'composer.title')}</h2>
      ${this.language.render(t)}
      <p class="muted">${t.t('composer.intro')}</p>
      <div class="layout">
        <div part="form">
          ${forClient?.renderClientChoice(t, this.clients, this.clientId, (id) => {
            this.clientId = id;
            this.clientLink = undefined;
          })}
          ${renderExercise(view)} ${renderDetails(view, forClient)} ${renderSpecificity(view, checks?.vagueAspects)}
          ${renderSize({ ...view, exerciseT, defaultEmotions: checks?.defaultEmotions, forClient })}
          ${renderAdapt(view)}
          ${renderWording({
            ...view,
            exerciseT,
            groups: checks?.groupWording(adaptable) ?? [],
            changed: adaptable.filter((key) => form.wording[key]?.trim()).length,
            reword: (key, value, defaultText) => this.reword(key, value, defaultText),
          })}
          ${renderResearch(view)}
          ${renderActions({
            t,
            outcome: this.outcome,
            local: endpoint.ok && !endpoint.url,
            copyState: this.copyState,
            save: () => void this.save(),
            duplicate: () => this.duplicate(),
            copy: (text) => void this.copy(text),
            clientLink: this.clientLink,
            renderClientLink:
              forClient &&
              ((result) =>
                forClient.renderClientLink(t, result, this.theirLocale(result), (text) => void this.copy(text))),
            exercise: form.exercise,
            entriesEndpoint: this.entriesEndpoint,
            clientPage: this.clientPage,
          })}
        </div>
        <div class="preview" part="preview" role="group" aria-labelledby="preview-title">
          <h3 id="preview-title">${t.t('composer.preview')}</h3>
          ${this.formValid ? nothing : html`<p class="muted">${t.t('composer.previewUnavailable')}</p>`}
          <div inert>${renderPreview(this.lastValid)}</div>
        </div>
      </div>
    </section>`;
  }
}
