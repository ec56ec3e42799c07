// "Need help now?" in every client widget: native <details>, so it opens without script
// state, takes no focus, and nothing it does reaches the entry (`data-unrecorded` keeps
// reading it out of the engagement figures too). No ::part: a host's stylesheet should
// not be one rule away from hiding it.
import { html, nothing } from 'lit';
import type { ResolvedCrisisHelp } from '../../core/crisis-help.js';

/** The always-reachable disclosure at the top of a widget. */
export function renderCrisisHelp(help: ResolvedCrisisHelp) {
  return html`<details class="crisis" data-unrecorded>
    <summary>${help.title}</summary>
    ${renderCrisisText(help)}
  </details>`;
}

/**
 * The same help brought forward beside what the client just did (a very low mood): shown in
 * place and announced politely, never a dialog, never moving focus. The live region is
 * always there, so screen readers hear the text when it appears.
 */
export function renderCrisisForward(help: ResolvedCrisisHelp, shown: boolean) {
  return html`<div class="crisis-forward" aria-live="polite" data-unrecorded>
    ${
      shown
        ? html`<div class="note">
            <p><strong>${help.title}</strong></p>
            ${renderCrisisText(help)}
          </div>`
        : nothing
    }
  </div>`;
}

function renderCrisisText(help: ResolvedCrisisHelp) {
  return html`<p lang=${help.textLang}>${help.text}</p>
    ${help.links.map((link) => html`<p lang=${help.textLang}><a href=${link.href}>${link.label || link.href}</a></p>`)}
    <p>${help.notice}</p>`;
}
