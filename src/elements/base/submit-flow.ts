// Submit: what stops it is shown, the entry is checked against its schema, the host may still
// say no (hw-before-submit), then it goes into the outbox; once queued the client sees what
// they did and a fresh form. Part of the form parts chunk (form-parts.ts): Submit shows only
// with the open form, so none of this is in a widget's first load.
import type { ResolvedConfig } from '../../core/config.js';
import type { Entry } from '../../core/entry.js';
import { entryEnvelope, type Envelope } from '../../core/entry-envelope.js';
import type { Localizer } from '../../i18n/catalogue.js';
import type { OutboxEntry } from '../../storage/records.js';
import type { WidgetDraft } from './draft-controller.js';
import type { LitTools, SubmittedLine } from './form-parts.js';
import type { WidgetOutbox } from './outbox-controller.js';

/** The element's members a submit works with (handed over: private to everything else). */
export interface SubmitHost {
  readonly config: ResolvedConfig | null;
  readonly drafts: WidgetDraft<unknown>;
  readonly outbox: WidgetOutbox;
  readonly data: unknown;
  submitting: boolean;
  submitted?: SubmittedLine[];
  submitProblems: string[];
  problemsFor(data: unknown): string[];
  buildEntry(envelope: Envelope): Entry;
  submittedLines(data: unknown, t: Localizer): SubmittedLine[];
  localizer(): Localizer;
  moveTo(selector: string): Promise<void>;
  requestUpdate(): void;
  dispatchEvent(event: Event): boolean;
}

export function submitFlow(tools: LitTools) {
  const showProblems = (host: SubmitHost, problems: string[]) => {
    host.submitProblems = problems;
    return host.moveTo('#submit-problems');
  };

  return {
    /** Validate, queue in the outbox (one transaction with the draft), then try to send. */
    async submit(host: SubmitHost): Promise<void> {
      // A double click or a held Enter must queue one entry, not several.
      if (host.submitting || !host.drafts.draft) return;
      const problems = host.problemsFor(host.data);
      if (problems.length) return showProblems(host, problems);
      const endpoint = host.config?.endpoint;
      if (!endpoint) {
        host.outbox.delivery = { state: 'noEndpoint' };
        return host.requestUpdate();
      }
      // Loaded before the draft was (the form is open): checked at once, so a double click queues once.
      const schemas = tools.loadedSchemas();
      if (!schemas) return;
      const check = schemas.validateEntry(host.buildEntry(entryEnvelope));
      if (!check.ok) return showProblems(host, check.problems);
      if (!host.dispatchEvent(new tools.BeforeSubmit(check.value))) return;
      host.submitting = true;
      await host.outbox.send(check.value, endpoint).finally(() => (host.submitting = false));
    },

    /** Queued: what the client did, a fresh draft, and a flush. (Also after a full disk, full-disk.ts.) */
    queued(host: SubmitHost, item: OutboxEntry): void {
      host.outbox.unsaved = undefined;
      host.dispatchEvent(new tools.Queued(item.entry));
      host.submitted = host.submittedLines(item.entry.data, host.localizer());
      host.drafts.start();
      host.drafts.saveState = { kind: 'idle' };
      void tools.withSender().then((sender) => sender.flush('submit'));
      void host.moveTo('#submitted');
    },
  };
}
