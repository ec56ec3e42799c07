// The library's custom events: typed Event subclasses, bubbling and composed so a host
// can listen on the element or anywhere above it. Native `input`/`change` cover typing.
import type { Assignment } from './core/assignment.js';
import type { Entry } from './core/entry.js';
import type { DeliveryState } from './sync/outbox-sender.js';

const init = { bubbles: true, composed: true };

/** A draft was durably written to this device. */
export class HwDraftSavedEvent extends Event {
  constructor(readonly draftKey: string) {
    super('hw-draft-saved', init);
  }
}

/** About to queue a completed entry. Cancelable: `preventDefault()` keeps it as a draft. */
export class HwBeforeSubmitEvent extends Event {
  constructor(readonly entry: Entry) {
    super('hw-before-submit', { ...init, cancelable: true });
  }
}

/** The entry is in the outbox on this device and will be delivered. */
export class HwEntryQueuedEvent extends Event {
  constructor(readonly entry: Entry) {
    super('hw-entry-queued', init);
  }
}

/** The endpoint accepted the entry (2xx). */
export class HwEntryDeliveredEvent extends Event {
  constructor(
    readonly entryId: string,
    readonly status: number,
  ) {
    super('hw-entry-delivered', init);
  }
}

/** The endpoint refused the entry (4xx other than 401/403/408/409/429); it stays on the device. */
export class HwEntryRejectedEvent extends Event {
  constructor(
    readonly entryId: string,
    readonly status: number | null,
    readonly message: string,
  ) {
    super('hw-entry-rejected', init);
  }
}

/** Delivery state changed for one of this widget's entries; `pending` counts what is still queued. */
export class HwSyncStatusEvent extends Event {
  constructor(
    readonly entryId: string,
    readonly state: DeliveryState,
    readonly pending: number,
  ) {
    super('hw-sync-status', init);
  }
}

/** The widget's configuration is invalid; it shows the problems and sends nothing. */
export class HwConfigErrorEvent extends Event {
  constructor(readonly problems: string[]) {
    super('hw-config-error', init);
  }
}

/**
 * Part of the library's own code or a translation could not be loaded, or was refused
 * because it did not match the hash pinned inside the script (a CDN without CORS, a deploy
 * of the main file only, an altered file). The widget shows it with "Try again"; the
 * draft stays. `blocking`: the exercise cannot open until it loads (otherwise the form
 * works on, e.g. in English). Fired once per failure, within 10 seconds.
 */
export class HwLoadErrorEvent extends Event {
  constructor(
    /** The file or chunk that failed, e.g. `lazy/schemas.js` or `locale es`. */
    readonly file: string,
    readonly blocking: boolean,
  ) {
    super('hw-load-error', init);
  }
}

/**
 * The client asked to test a thought in a behavioural experiment (a thought record's
 * "Test this thought"). A host passes it on: `experiment.startFromThought(e.thought, e.sourceEntryId)`.
 */
export class HwTestThoughtEvent extends Event {
  constructor(
    readonly thought: string,
    /** The id the thought record's entry has (or will have once submitted). */
    readonly sourceEntryId: string,
  ) {
    super('hw-test-thought', init);
  }
}

/**
 * The composer produced a valid assignment: stored at the assignments endpoint
 * (`stored: true`, `url` is what a client widget's `assignment-src` takes) or, without an
 * endpoint, only handed to the host (`stored: false`, `url: null`) to store itself.
 */
export class HwAssignmentCreatedEvent extends Event {
  constructor(
    readonly assignment: Assignment,
    readonly stored: boolean,
    readonly url: string | null,
  ) {
    super('hw-assignment-created', init);
  }
}

/** `<hw-review-panel>` validated and summarised every record it was given (a CustomEvent). */
export interface HwReviewReadyDetail {
  records: number;
  invalid: number;
  newer: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hw-draft-saved': HwDraftSavedEvent;
    'hw-before-submit': HwBeforeSubmitEvent;
    'hw-entry-queued': HwEntryQueuedEvent;
    'hw-entry-delivered': HwEntryDeliveredEvent;
    'hw-entry-rejected': HwEntryRejectedEvent;
    'hw-sync-status': HwSyncStatusEvent;
    'hw-config-error': HwConfigErrorEvent;
    'hw-load-error': HwLoadErrorEvent;
    'hw-test-thought': HwTestThoughtEvent;
    'hw-assignment-created': HwAssignmentCreatedEvent;
    'hw-review-ready': CustomEvent<HwReviewReadyDetail>;
  }
}
