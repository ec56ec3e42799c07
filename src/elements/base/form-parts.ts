// What a widget shows only once its form is open (the draft loaded): the status line, the
// problems that stop a submit, "Discard this draft?" and the confirmation after a submit. A
// chunk of its own (lazy-form-parts.ts), loaded beside the draft and the schemas, so none of
// it is in a widget's first load.
//
// It imports nothing at run time: lit's `html` and `nothing` are handed over. An import of
// lit (or of any module of the first load) from here would split that module out of every
// first load into a chunk shared with this one, which costs more than this chunk saves.
import type { html, nothing, TemplateResult } from 'lit';
import type { Localizer } from '../../i18n/catalogue.js';
import { statusRenderer } from './status.js';

export interface LitTools {
  html: typeof html;
  nothing: typeof nothing;
  now: () => number;
}

/**
 * One line of "what you did": a rating on its own ("Mood: 3 of 10") or rated again
 * ("Anxious: 80 → 10"). Numbers are shown in the client's digits; text as given.
 */
export interface SubmittedLine {
  name: string;
  before?: number | string;
  after?: number | string;
}

/** A line's text; null when nothing in it was rated (an unrated value is never invented). */
export function submittedText(t: Localizer, line: SubmittedLine): string | null {
  const shown = (value: number | string) => (typeof value === 'number' ? t.number(value) : value);
  const { name, before, after } = line;
  if (before !== undefined && after !== undefined)
    return t.t('submitted.change', { name, before: shown(before), after: shown(after) });
  const only = before ?? after;
  return only === undefined ? null : t.t('submitted.rating', { name, value: shown(only) });
}

export function formParts(tools: LitTools) {
  const { html, nothing } = tools;
  return {
    renderStatus: statusRenderer(tools),

    /**
     * After Submit: where the client looks (the element focuses it), what they did, and
     * that the empty form below is for a new one. Says nothing about when anyone reads it.
     */
    renderSubmitted(t: Localizer, lines: SubmittedLine[], startNew: () => void): TemplateResult {
      const texts = lines.map((line) => submittedText(t, line)).filter((text): text is string => !!text);
      return html`<div class="note" id="submitted" tabindex="-1" role="group" aria-labelledby="submitted-title">
        <p id="submitted-title"><strong>${t.t('submitted.title')}</strong></p>
        ${
          texts.length
            ? html`<ul>
                ${texts.map((text) => html`<li dir="auto">${text}</li>`)}
              </ul>`
            : nothing
        }
        <button type="button" @click=${startNew}>${t.t('submitted.again')}</button>
      </div>`;
    },

    /** What stops a submit. It takes the focus, so it is a group to read, not an alert read twice. */
    renderSubmitProblems(t: Localizer, problems: string[]): TemplateResult {
      return html`<div
        class="alert"
        id="submit-problems"
        tabindex="-1"
        role="group"
        aria-labelledby="problems-title"
        part="error"
      >
        <p id="problems-title"><strong>${t.t('problem.title')}</strong></p>
        <ul>
          ${problems.map((problem) => html`<li>${t.t(problem)}</li>`)}
        </ul>
      </div>`;
    },

    /** "Discard this draft?", asked in place: window.confirm is blocked in some embeds and stops the page. */
    renderDiscard(t: Localizer, answer: (discard: boolean) => void): TemplateResult {
      return html`<div class="note" id="discard" tabindex="-1" role="group" aria-labelledby="discard-question">
        <p id="discard-question">${t.t('draft.discard.confirm')}</p>
        <button type="button" @click=${() => answer(true)}>${t.t('draft.discard.yes')}</button>
        <button type="button" @click=${() => answer(false)}>${t.t('draft.discard.no')}</button>
      </div>`;
    },

    /**
     * After a row is removed or a new draft starts, Lit keeps the DOM's own state of "Rate
     * it" (revealed or not) where it was: put every slider back to what its data says.
     */
    resetReveals(root: ParentNode): void {
      for (const field of root.querySelectorAll('.slider')) {
        const unrated = field.classList.contains('unrated');
        const [button, input] = [field.querySelector('button'), field.querySelector('input')];
        if (button) button.hidden = !unrated;
        if (input) input.hidden = unrated;
      }
    },
  };
}

export type FormParts = ReturnType<typeof formParts>;
