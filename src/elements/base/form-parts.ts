// What a widget shows only once its form is open (the draft loaded): the status line, the
// problems that stop a submit, "Discard this draft?" and the confirmation after a submit. A
// chunk of its own (src/lazy/form-parts.ts), loaded beside the draft and the schemas, so none of
// it is in a widget's first load.
//
// It imports nothing at run time: lit's `html` and `nothing` are handed over. An import of
// lit (or of any module of the first load) from here would split that module out of every
// first load into a chunk shared with this one, which costs more than this chunk saves.
import type { html, nothing, TemplateResult } from 'lit';
import type { loadedSchemas } from '../../lazy/schemas.js';
import type { HwBeforeSubmitEvent, HwEntryQueuedEvent } from '../../events.js';
import type { Localizer } from '../../i18n/catalogue.js';
import type { HomeworkStore, OutboxEntry } from '../../storage/records.js';
import { OLD_WORK_DAYS } from '../../storage/old-work-age.js';
import { mergeDraft } from '../../storage/draft-merge.js';
import type { OBSTACLES } from '../../core/self-review.js';
import type { clientText } from '../../core/text.js';
import type * as fields from '../fields/fields.js';
import { selfReviewRenderer } from './self-review.js';
import { setReadOnly } from './read-only.js';
import { statusRenderer } from './status.js';
import { WidgetOutbox, type OutboxHost, type OutboxTools } from './outbox-controller.js';
import { formViewRenderer } from './form-view.js';
import { submitFlow } from './submit-flow.js';

export interface LitTools extends OutboxTools {
  loadedSchemas: typeof loadedSchemas;
  BeforeSubmit: typeof HwBeforeSubmitEvent;
  Queued: typeof HwEntryQueuedEvent;
  html: typeof html;
  nothing: typeof nothing;
  now: () => number;
  getStore: () => Promise<HomeworkStore>;
  fields: Pick<typeof fields, 'checkboxGroup' | 'radioScale' | 'textField' | 'toggled'>;
  OBSTACLES: typeof OBSTACLES;
  clientText: typeof clientText;
}

export type { WidgetOutbox };

/** The element's own members the old-work question works with (private to everything else). */
export interface OldWorkHost {
  oldWork: OldWorkItem[];
  outbox: { ownEntries: Map<string, OutboxEntry['state'] | 'queued'>; delivery: unknown };
  clearDraft(): Promise<void>;
  moveTo(selector: string): Promise<void>;
}

/** The element's own members "Please look at this" works with (private to everything else). */
export interface FlagHost {
  data: { flagged?: true };
  changeData(next: unknown): void;
  renderRoot: ParentNode;
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

/** A draft untouched for weeks, or an entry the server refused weeks ago (storage/old-work.ts). */
export interface OldWorkItem {
  kind: 'draft' | 'refused';
  /** When the draft last changed (ISO) or the entry was queued (epoch ms). */
  at: string | number;
  /** The refused entry's id. */
  id?: string;
  /** Why the server refused it. */
  message?: string;
}

/**
 * Where each submit problem can be fixed, by the fields' ids in the widgets. The first
 * matching control that is empty (or the first one) takes the focus; a slider not yet
 * opened is reached through its "Rate it".
 */
const PROBLEM_FIELDS: Record<string, string> = {
  situationMissing: '#situation',
  moodNameMissing: '[data-row="moods"]',
  thoughtTextMissing: '[data-row="thoughts"]',
  'be.targetMissing': '#targetBelief',
  'be.experimentMissing': '#experiment',
  'be.safetyBlank': '[id^="safetyBehaviours-"]',
  'be.obstacleBlank': '[id^="obstacles-"]',
  'be.outcomeMissing': '#outcome',
  'mood.missing': '#mood, [name="mood"]',
  'mood.future': '#mood-at',
};

/** Put the keyboard on the control where `problem` can be fixed; false when there is none. */
export function focusProblem(root: ParentNode, problem: string): boolean {
  const selector = PROBLEM_FIELDS[problem];
  const controls = selector ? [...root.querySelectorAll<HTMLInputElement>(selector)] : [];
  const control = controls.find((c) => c.type !== 'range' && c.type !== 'radio' && !c.value.trim()) ?? controls[0];
  if (!control) return false;
  const target = control.hidden ? (control.previousElementSibling as HTMLElement) : control;
  target.focus();
  return true;
}

/** The id of a problem's line in "Before you submit", which its fields are described by. */
const problemId = (problem: string) => `problem-${problem.replace(/\W/g, '-')}`;

/**
 * Mark the empty text fields each problem is about as invalid, described by the problem's
 * line, so a screen reader on the field hears what is wrong; clear the marks of problems
 * that went. Sliders and choices are left alone: their "Not rated yet" already says so.
 */
export function markInvalid(root: ParentNode, problems: readonly string[]): void {
  for (const marked of root.querySelectorAll('[aria-invalid]')) {
    marked.removeAttribute('aria-invalid');
    describeBy(marked, null);
  }
  for (const problem of problems) {
    const selector = PROBLEM_FIELDS[problem];
    for (const control of selector ? root.querySelectorAll<HTMLInputElement>(selector) : []) {
      if (!/^(text|textarea)$/.test(control.type) || control.value.trim()) continue;
      control.setAttribute('aria-invalid', 'true');
      describeBy(control, problemId(problem));
    }
  }
}

/** Keep the field's own descriptions (its hint), adding or dropping the problem's line. */
function describeBy(control: Element, id: string | null): void {
  const own = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((i) => i && !i.startsWith('problem-'));
  const ids = id ? [...own, id] : own;
  if (ids.length) control.setAttribute('aria-describedby', ids.join(' '));
  else control.removeAttribute('aria-describedby');
}

function baseParts(tools: LitTools) {
  const { html, nothing, now, getStore } = tools;

  /** Only what the client chose goes: this draft, or one refused entry (never one still waiting). */
  async function answerOldWork(host: OldWorkHost, item: OldWorkItem, discard: boolean): Promise<void> {
    host.oldWork = host.oldWork.filter((other) => other !== item);
    if (!discard) return;
    if (item.kind === 'draft') await host.clearDraft();
    else if (await (await getStore()).discardRejected(item.id!)) {
      host.outbox.ownEntries.delete(item.id!);
      if (!host.outbox.ownEntries.size) host.outbox.delivery = null;
    }
    await host.moveTo('#title');
  }

  return {
    /** The items old enough to ask about: untouched (or refused) for OLD_WORK_DAYS. */
    oldWork(items: OldWorkItem[]): OldWorkItem[] {
      const cutOff = now() - OLD_WORK_DAYS * 86_400_000;
      return items.filter((item) => (typeof item.at === 'number' ? item.at : Date.parse(item.at)) < cutOff);
    },

    /** This widget's entries in the outbox (see outbox-controller.ts). */
    outbox: (host: OutboxHost) => new WidgetOutbox(host, tools),
    mergeDraft,
    setReadOnly,
    renderStatus: statusRenderer(tools),
    markInvalid,
    renderSelfReview: selfReviewRenderer(tools),

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

    /**
     * Old work: the client keeps or discards it; nothing goes without their answer. Keeping
     * only closes the question for this visit.
     */
    renderOldWork(t: Localizer, host: OldWorkHost): TemplateResult[] {
      return host.oldWork.map((item) =>
        this.renderOldItem(t, item, (discard) => void answerOldWork(host, item, discard)),
      );
    },

    renderOldItem(t: Localizer, item: OldWorkItem, answer: (discard: boolean) => void): TemplateResult {
      const date = t.date(typeof item.at === 'number' ? item.at : Date.parse(item.at));
      const question =
        item.kind === 'draft' ? t.t('old.draft', { date }) : t.t('old.refused', { date, message: item.message ?? '' });
      const id = `old-${item.id ?? 'draft'}`;
      return html`<div class="note" role="group" aria-labelledby=${id}>
        <p id=${id} class="rejected-message">${question}</p>
        <button type="button" @click=${() => answer(false)}>${t.t('old.keep')}</button>
        <button type="button" @click=${() => answer(true)}>${t.t('old.discard')}</button>
      </div>`;
    },

    /**
     * "Please look at this": the client marks the entry for their clinician's next review. It
     * says plainly that nobody sees it before then, and leads to the crisis help.
     */
    renderFlag(t: Localizer, host: FlagHost): TemplateResult {
      // Read at the click, not at render: the client may have typed since the last render.
      const mark = (on: boolean) => {
        const { flagged: _, ...rest } = host.data;
        host.changeData(on ? { ...rest, flagged: true } : rest);
      };
      // Opens "Need help now?" at the top and moves there (the client asked for it).
      const showCrisisHelp = () => {
        const help = host.renderRoot.querySelector<HTMLDetailsElement>('details.crisis')!;
        help.open = true;
        help.querySelector('summary')!.focus();
      };
      return html`<div class="field">
        <label
          ><input
            type="checkbox"
            .checked=${!!host.data.flagged}
            @input=${(e: Event) => mark((e.target as HTMLInputElement).checked)}
          />
          ${t.t('flag.label')}</label
        >
        <p class="hint">
          ${t.t('flag.note')}
          <button type="button" data-unrecorded @click=${showCrisisHelp}>${t.t('crisis.title')}</button>
        </p>
      </div>`;
    },

    /** Coming back to a draft: the client is told their words were kept, and where. */
    renderKept(t: Localizer, since: string | undefined) {
      return since
        ? html`<p class="note" id="kept">${t.t('draft.kept', { date: t.date(Date.parse(since)) })}</p>`
        : nothing;
    },

    /** What stops a submit. It takes the focus, so it is a group to read, not an alert read twice. */
    renderSubmitProblems(t: Localizer, problems: string[], root: ParentNode): TemplateResult {
      // Each problem leads to its field: on a phone the first one can be screens away.
      const item = (problem: string) =>
        PROBLEM_FIELDS[problem]
          ? html`<li>
              <button type="button" id=${problemId(problem)} @click=${() => focusProblem(root, problem)}>
                ${t.t(problem)}
              </button>
            </li>`
          : html`<li>${t.t(problem)}</li>`;
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
          ${problems.map(item)}
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

export type BaseFormParts = ReturnType<typeof baseParts>;

export function formParts(tools: LitTools) {
  const parts = baseParts(tools);
  /** The open form around the exercise's fields (see form-view.ts). */
  return { ...parts, ...submitFlow(tools), form: formViewRenderer(tools, parts) };
}

export type FormParts = ReturnType<typeof formParts>;
