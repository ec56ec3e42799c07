// This widget's entries in the outbox: queue one (claimed before the store settles, so no
// report of a flush already under way is missed), follow the sender's reports on them, and
// what the status line says about delivery. The sending itself is the page's sender's.
//
// Needed only once the form is open, so it comes with the form's parts (form-parts.ts) and,
// like them, imports nothing at run time: what it uses of the first load is handed over.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Exercise } from '../../core/assignment.js';
import type { ResolvedConfig } from '../../core/config.js';
import type { Entry } from '../../core/entry.js';
import type { HwEntryDeliveredEvent, HwEntryRejectedEvent, HwSyncStatusEvent } from '../../events.js';
import type { HomeworkStore, OutboxEntry, QueueResult, StorageError } from '../../storage/records.js';
import type { DeliveryEvent, DeliveryState, OutboxSender } from '../../sync/outbox-sender.js';
import { deviceStorage } from '../../i18n/en/device-storage.js';
import { answersText } from '../../storage/answers-text.js';
import type { WidgetDraft } from './draft-controller.js';
import type { UnsavedEntry } from './full-disk.js';
import type { DeliveryView } from './status.js';

/** What the outbox takes from the element's first load. */
export interface OutboxTools {
  now: () => number;
  getStore: () => Promise<HomeworkStore>;
  withSender: () => Promise<OutboxSender>;
  Delivered: typeof HwEntryDeliveredEvent;
  Rejected: typeof HwEntryRejectedEvent;
  SyncStatus: typeof HwSyncStatusEvent;
  newId: () => string;
  addEnglishMessages: (messages: Record<string, string>) => void;
  toStorageError: (error: unknown) => StorageError;
}

/** What the outbox works with on its element (handed over: they are private to everything else). */
export interface OutboxHost extends ReactiveControllerHost, HTMLElement {
  readonly exercise: Exercise;
  readonly assignmentKey: string | null;
  readonly config: ResolvedConfig | null;
  readonly drafts: WidgetDraft<unknown>;
  /** Queued: a fresh draft and the confirmation (also called by full-disk.ts). */
  queued(item: OutboxEntry): void;
  /** No room on the disk to queue it: make room, or send it from memory (full-disk.ts). */
  submitOnFullDisk(store: HomeworkStore, draftKey: string, item: OutboxEntry): Promise<void>;
  /** The delivered entry could not be recorded on a full disk (see full-disk.ts). */
  deliveredNotRecorded(): void;
}

export class WidgetOutbox implements ReactiveController {
  /** Entries this widget queued (this visit or earlier) that are not delivered yet. */
  readonly ownEntries = new Map<string, OutboxEntry['state'] | 'queued'>();
  delivery: DeliveryView | null = null;
  /** Submitted while the disk was full: held here (never stored) until it is sent. */
  unsaved?: UnsavedEntry;

  constructor(
    private readonly host: OutboxHost,
    private readonly tools: OutboxTools,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Added again after a quick disconnect/connect is harmless: a listener is added once.
    // A sender that fails to load is asked for again on opening, which reports the failure.
    void this.tools.withSender().then(
      (sender) => this.host.isConnected && sender.addEventListener('delivery', this.onDelivery),
      () => {}, // asked for again on opening, which reports the failure
    );
  }

  hostDisconnected(): void {
    void this.tools.withSender().then(
      (sender) => !this.host.isConnected && sender.removeEventListener('delivery', this.onDelivery),
      () => {}, // asked for again on opening, which reports the failure
    );
  }

  /** Hand the configuration to the page's sender, which sends what is queued for it. */
  register(onFailure: (error: unknown) => void): Promise<void> {
    const config = this.host.config;
    return config ? this.tools.withSender().then((sender) => sender.register(config), onFailure) : Promise.resolve();
  }

  /** Sign-out: nothing queued here is this widget's to report on any more. */
  forget(): void {
    this.ownEntries.clear();
    this.delivery = null;
  }

  /**
   * Queue a checked entry in the outbox, in one transaction with its draft's deletion; on
   * failure the text stays on screen and saved, and a full disk never stops a submit.
   */
  async send(entry: Entry, endpoint: string): Promise<void> {
    const { host, tools } = this;
    const drafts = host.drafts;
    let draft = drafts.draft!;
    const previousDelivery = this.delivery;
    // A resend of an entry sent from memory repeats its bytes (same Idempotency-Key, same body).
    let queued = this.unsaved?.item ?? this.entryFor(entry, endpoint);
    let store: HomeworkStore | undefined;
    try {
      drafts.autosave.cancel();
      await drafts.autosave.settled();
      store = await tools.getStore();
      // Shown before queueing ends, so reports from a flush already under way land on it.
      this.delivery = { state: navigator.onLine === false ? 'willSend' : 'queued', submitted: true };
      host.requestUpdate();
      if ((await this.queue(store, draft.key, queued)) === 'id-taken') {
        // The same draft was open and submitted in another tab: this is other work, so it
        // gets its own id (an Idempotency-Key is never reused for a different body).
        draft = drafts.draft = { ...draft, entryId: tools.newId() };
        queued = this.entryFor({ ...queued.entry, id: draft.entryId }, endpoint);
        if ((await this.queue(store, draft.key, queued)) === 'id-taken') throw new Error('entry id collision');
      }
      host.queued(queued);
    } catch (error) {
      // Nothing was queued (the transaction is atomic); keep the text on screen and saved if possible.
      this.delivery = previousDelivery;
      drafts.saveState = { kind: 'failed', error: tools.toStorageError(error) };
      drafts.autosave.schedule(draft);
      if (store && tools.toStorageError(error).problem === 'storageFull')
        await host.submitOnFullDisk(store, draft.key, queued);
    }
  }

  /** The outbox record for a checked entry; the format is fixed now (FHIR is mapped before sending). */
  entryFor(entry: Entry, endpoint: string): OutboxEntry {
    const format = this.host.config?.format === 'fhir' ? ({ format: 'fhir' } as const) : {};
    const at = this.tools.now();
    return { id: entry.id, endpoint, entry, ...format, state: 'pending', attempts: 0, nextAttemptAt: at, queuedAt: at };
  }

  /**
   * Queue one entry (with its draft's deletion, atomically), claiming it first: a flush
   * already under way may send it, and report on it, before the store's promise settles.
   */
  async queue(store: HomeworkStore, draftKey: string, entry: OutboxEntry): Promise<QueueResult> {
    this.ownEntries.set(entry.id, 'queued');
    try {
      const result = await store.queueEntry(draftKey, entry);
      if (result === 'id-taken') this.ownEntries.delete(entry.id);
      return result;
    } catch (error) {
      this.ownEntries.delete(entry.id);
      throw error;
    }
  }

  /** On opening: what this widget left in the outbox on earlier visits; returns the refused ones. */
  async open(): Promise<OutboxEntry[]> {
    const endpoint = this.host.config?.endpoint;
    if (!endpoint) return [];
    let outbox: OutboxEntry[];
    try {
      outbox = await (await this.tools.getStore()).listOutbox();
    } catch (error) {
      // The form works on: say the device's storage failed, and know of no earlier entries.
      this.host.drafts.storageWarning = this.tools.toStorageError(error).problem;
      this.host.requestUpdate();
      return [];
    }
    const queue = outbox.filter(
      (item) =>
        item.endpoint === endpoint &&
        item.entry.exercise === this.host.exercise &&
        item.entry.assignmentId === this.host.assignmentKey,
    );
    for (const item of queue) if (!this.ownEntries.has(item.id)) this.ownEntries.set(item.id, item.state);
    const refused = queue.filter((item) => item.state === 'rejected');
    if (!this.delivery && queue.length)
      this.delivery = refused[0]
        ? { state: 'rejected', message: refused[0].lastError, pending: queue.length, answers: this.answers(refused[0]) }
        : { state: 'queued', pending: queue.length };
    return refused;
  }

  private onDelivery = (event: Event) => {
    const { entryId, state, detail } = event as DeliveryEvent;
    const { host, tools } = this;
    if (!this.ownEntries.has(entryId)) return;
    if (state === 'delivered') {
      this.ownEntries.delete(entryId);
      if (detail.storageProblem) host.deliveredNotRecorded();
      host.dispatchEvent(new tools.Delivered(entryId, detail.status ?? 0));
    } else {
      this.ownEntries.set(entryId, state === 'rejected' || state === 'auth-required' ? state : 'pending');
      if (state === 'rejected')
        host.dispatchEvent(new tools.Rejected(entryId, detail.status ?? null, detail.message ?? ''));
    }
    host.dispatchEvent(new tools.SyncStatus(entryId, state, this.ownEntries.size));
    const view = (this.delivery = this.viewFor(state, detail));
    host.requestUpdate();
    // Refused: the answers stay on the device, and are offered as text to copy.
    if (state === 'rejected')
      void tools
        .getStore()
        .then((store) => store.listOutbox())
        .then(
          (queue) => {
            const item = queue.find((queued) => queued.id === entryId);
            if (!item || this.delivery !== view) return;
            view.answers = this.answers(item);
            host.requestUpdate();
          },
          () => {},
        );
  };

  /** A refused entry's answers as text, with the English words that offer them. */
  private answers(item: OutboxEntry): string {
    this.tools.addEnglishMessages(deviceStorage);
    return answersText(item);
  }

  private viewFor(state: DeliveryState, detail: DeliveryEvent['detail']): DeliveryView {
    const submitted = this.delivery?.submitted;
    if (state === 'retrying' && navigator.onLine === false) return { state: 'willSend', submitted };
    return {
      state,
      message: detail.message,
      status: detail.status,
      nextAttemptAt: detail.nextAttemptAt,
      code: detail.code,
      submitted,
      pending: this.ownEntries.size,
    };
  }
}
