// A client widget's public face: its attributes and properties (documented for hosts and
// the custom elements manifest), what it inherits from <hw-provider>, and the form control
// API it shares with an <input> (see form-control.ts). Behaviour lives in ExerciseElement.
import { consume } from '@lit/context';
import { LitElement, type PropertyDeclaration } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Assignment } from '../../core/assignment.js';
import type { GetAuthHeaders, HomeworkConfig } from '../../core/config.js';
import type { CrisisHelpByLanguage } from '../../core/crisis-help.js';
import { tokens } from '../../styles/tokens.js';
import { configContext } from '../provider/config-context.js';
import { firstControl, FormControl } from './form-control.js';
import { validHeadingLevel } from './heading.js';
import { widgetStyles } from './widget-styles.js';

export abstract class ExerciseProperties extends LitElement {
  /** The data as the form's value (JSON), and what `required` finds missing (a message), if any. */
  protected abstract formState(): { value: string; missing: string | null } | undefined;
  /** The browser brings back the value after a history navigation (see formStateRestoreCallback). */
  protected abstract restoreFormState(state: string): void;
  /** An empty exercise and no draft left behind. */
  protected abstract clearDraft(): Promise<void>;

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

  /**
   * The level of the widget's heading (1-6, default 2), so it fits the page's outline; its
   * steps' headings sit one level below (the experiment's steps two), h6 at most. Other
   * values count as 2.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The title's level in effect (see headingLevel). */
  protected get titleLevel(): number {
    return validHeadingLevel(this.headingLevel);
  }

  @property() override lang!: string;
  @property() override dir!: string;

  @consume({ context: configContext, subscribe: true })
  @state()
  protected inherited?: HomeworkConfig;

  /** Disabled by its own `disabled` or a disabled ancestor `<fieldset>` (the platform tells). */
  @state() protected formDisabled = false;
  protected readonly formControl = new FormControl(this);

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
    if (typeof state === 'string') this.restoreFormState(state);
  }

  // Value and validity follow the data (and `required`, `readonly`) at once, as on an <input>:
  // a host's `input` listener on its form reads the new value, not the previous one. (On any
  // change: cheaper in bytes than picking the three, and cheap to run.)
  override requestUpdate(name?: PropertyKey, old?: unknown, options?: PropertyDeclaration): void {
    super.requestUpdate(name, old, options);
    this.syncForm();
  }

  /** Again after each render: the message follows a language that just loaded, the anchor the fields. */
  protected syncForm(): void {
    const state = this.formState();
    if (state) this.formControl.sync(state.value, state.missing, firstControl(this.renderRoot));
  }
}
