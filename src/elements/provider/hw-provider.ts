import { provide } from '@lit/context';
import { html, LitElement, css } from 'lit';
import { property } from 'lit/decorators.js';
import type { CrisisHelpByLanguage } from '../../core/crisis-help.js';
import { ownConfig, type DeliveryFormat, type GetAuthHeaders, type HomeworkConfig } from '../../core/config.js';
import { configContext } from './config-context.js';

/**
 * Shares configuration with every homework widget inside it. Optional: each widget also
 * works alone from its own attributes, which take precedence over the provider's.
 *
 * @tagname hw-provider
 * @summary Shared configuration (endpoint, subject, auth) for the widgets inside it.
 * @slot - The widgets (and anything else) that use this configuration.
 */
export class HwProvider extends LitElement {
  // color-scheme is inherited: the widgets inside take the provider's theme unless they set their own.
  static override styles = css`
    :host {
      display: contents;
    }
    :host([theme='light']) {
      color-scheme: light;
    }
    :host([theme='dark']) {
      color-scheme: dark;
    }
  `;

  /** `light` or `dark` for every widget inside (a widget's own `theme` wins); by default the page's `color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Where completed entries are POSTed. */
  @property() endpoint?: string;

  /** The host's reference for the client. */
  @property() subject?: string;

  /** Whether requests carry cookies: `omit` (default), `same-origin` or `include`. */
  @property() credentials?: RequestCredentials;

  /** Per-request timeout in milliseconds. */
  @property({ type: Number }) timeout?: number;

  /** Returns auth headers; called with `{ refresh: true }` once after a 401/403. Property only. */
  @property({ attribute: false }) getAuthHeaders?: GetAuthHeaders;

  /** Encrypt drafts at rest on this device (AES-GCM). */
  @property({ type: Boolean, attribute: 'encrypt-drafts' }) encryptDrafts?: boolean;

  /** The client left work on this device before (host's knowledge): warn if it is gone. */
  @property({ type: Boolean, attribute: 'expect-saved-work' }) expectSavedWork?: boolean;
  /** `native` (default) or `fhir`: what the widgets inside POST. */
  @property() format?: DeliveryFormat;
  /** Origins besides the endpoint's that `assignment-src` may fetch from (space-separated). */
  @property({ attribute: 'allowed-origins' }) allowedOrigins?: string;

  /**
   * The practice's crisis help by language tag, for every widget inside (a widget's own
   * `crisisHelp` wins): `{ en: { text, links: [{ label, href }] } }`. Property only.
   */
  @property({ attribute: false }) crisisHelp?: CrisisHelpByLanguage;

  @provide({ context: configContext })
  @property({ attribute: false })
  config: HomeworkConfig = {};

  protected override willUpdate(): void {
    // A new object each time so subscribed widgets re-resolve their configuration.
    this.config = {
      ...ownConfig(this),
      allowedOrigins: this.allowedOrigins,
      crisisHelp: this.crisisHelp,
    };
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
