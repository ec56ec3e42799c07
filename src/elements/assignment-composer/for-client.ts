// "For which client": the choice, and after a save the client's private link (made by
// save-assignment.ts) with a message to copy, in the client's language. With "how many times"
// and when help comes forward, this loads beside the composer's first render (like its
// checks), so its first load stays small.
import { html, nothing } from 'lit';
import type { ComposerForm } from '../../core/compose-assignment.js';
import { addEnglishMessages, Localizer } from '../../i18n/catalogue.js';
import { composerClientMessages, composerLinkMessages } from '../../i18n/en/composer-client.js';
import type { ClientLinkResult } from './save-assignment.js';

addEnglishMessages({ ...composerClientMessages, ...composerLinkMessages });

/** "For which client": nothing unless the host listed clients. */
export function renderClientChoice(
  t: Localizer,
  clients: readonly ComposerClient[] | undefined,
  chosen: string,
  choose: (id: string) => void,
) {
  if (!clients?.length) return nothing;
  return html`<div class="field step">
    <label for="client">${t.t('composer.client')}</label>
    <select id="client" @change=${(e: Event) => choose((e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!chosen}>${t.t('composer.client.none')}</option>
      ${clients.map(
        (client) =>
          html`<option value=${client.id} ?selected=${chosen === client.id}>${client.label ?? client.id}</option>`,
      )}
    </select>
  </div>`;
}

/** How many entries are asked for, as typed (the schema checks it). */
export function renderTimes(t: Localizer, value: string, change: (times: string) => void) {
  return html`<div class="field">
    <label for="times">${t.t('composer.times')}</label>
    <input
      id="times"
      type="number"
      min="1"
      max="100"
      .value=${value}
      @input=${(e: Event) => change((e.target as HTMLInputElement).value)}
    />
  </div>`;
}

/**
 * A mood check-in: where "Need help now?" comes forward, at the scale's lowest step unless
 * the clinician raises it. There is no "never": the lowest step is the floor.
 */
export function renderHelpThreshold(
  t: Localizer,
  scale: ComposerForm['scale'],
  /** The steps offered on `scale` (helpSteps), lowest first: handed over, so this chunk imports no more of the composer's. */
  steps: number[],
  value: string,
  change: (helpAtOrBelow: string) => void,
) {
  const chosen = steps.includes(Number(value)) && value !== '' ? Number(value) : steps[0];
  const label = (step: number) => (scale === 'valence' ? t.t(`composer.help.valence.${step}`) : t.number(step));
  return html`<div class="field">
    <label for="help-at-or-below">${t.t('composer.help')}</label>
    <p class="hint" id="help-at-or-below-hint">${t.t('composer.help.hint')}</p>
    <select
      id="help-at-or-below"
      aria-describedby="help-at-or-below-hint"
      @change=${(e: Event) => change((e.target as HTMLSelectElement).value)}
    >
      ${steps.map(
        (step, i) =>
          html`<option value=${i === 0 ? '' : String(step)} ?selected=${step === chosen}>
            ${i === 0 ? t.t('composer.help.lowest', { step: label(step) }) : label(step)}
          </option>`,
      )}
    </select>
  </div>`;
}

/** One of the clinician's clients, as the host lists them (GET /api/clients). */
export interface ComposerClient {
  id: string;
  /** The clinician's label for them; shown only to the clinician. */
  label: string | null;
  language?: string | null;
}

/**
 * The link, and a message to send with it in `theirLocale` (the client's language). While
 * that language loads (null), the link shows alone: a message in English could be copied.
 * @param copy  copies a text and says whether it worked (the composer's own status line)
 */
export function renderClientLink(
  t: Localizer,
  result: ClientLinkResult,
  theirLocale: string | null,
  copy: (text: string) => void,
) {
  const name = result.client.label ?? result.client.id;
  if (!result.ok)
    return html`<p class="alert" role="alert">${t.t('composer.client.linkFailed', { message: result.message })}</p>`;
  const link = html`<div class="field">
    <label for="client-link">${t.t('composer.client.link', { client: name })}</label>
    <input id="client-link" type="text" readonly .value=${result.url} />
  </div>`;
  if (!theirLocale)
    return html`${link}
      <div class="actions">
        <button type="button" @click=${() => copy(result.url)}>${t.t('composer.copyLink')}</button>
      </div>`;
  const theirs = new Localizer(theirLocale);
  const message = theirs.t('composer.client.messageText', { link: result.url });
  return html`${link}
    <div class="field">
      <label for="client-message">${t.t('composer.client.message')}</label>
      <textarea
        id="client-message"
        readonly
        rows="3"
        lang=${theirs.locale}
        dir=${theirs.dir}
        .value=${message}
      ></textarea>
    </div>
    <div class="actions">
      <button type="button" @click=${() => copy(message)}>${t.t('composer.client.copyMessage')}</button>
      <button type="button" @click=${() => copy(result.url)}>${t.t('composer.copyLink')}</button>
    </div>
    ${nothing}`;
}
