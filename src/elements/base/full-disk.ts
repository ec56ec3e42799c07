// A submit the device has no room to store. Make room (receipts that may go) and queue
// again; failing that, send the entry from memory at once; failing that too, offer the
// client's answers as text to copy. A chunk of its own (lazy-full-disk.ts): a full disk is
// rare, so none of this is in a widget's first load.
import type { TemplateResult } from 'lit';
import type { ResolvedConfig } from '../../core/config.js';
import type { HwEntryDeliveredEvent, HwEntryRejectedEvent } from '../../events.js';
import { deviceStorage } from '../../i18n/en/device-storage.js';
import type { Localizer } from '../../i18n/catalogue.js';
import type { SaveState } from '../../storage/draft-autosave.js';
import type { HomeworkStore, OutboxEntry, QueueResult } from '../../storage/records.js';
import { answersText } from '../../storage/answers-text.js';
import { makeRoom } from '../../storage/receipts.js';
import { getSender } from '../../sync/page-sender.js';
import type { DeliveryView } from './status.js';

/** lit's `html`, handed over: importing lit here would split it out of every first load. */
type Html = (strings: TemplateStringsArray, ...values: unknown[]) => TemplateResult;

/**
 * What this code needs from the element's first load, handed over rather than imported:
 * an import would split each of them out of that load into a chunk shared with this one.
 */
export interface FullDiskTools {
  html: Html;
  addEnglishMessages: (messages: Record<string, string>) => void;
  Delivered: typeof HwEntryDeliveredEvent;
  Rejected: typeof HwEntryRejectedEvent;
}

/** Held by the element (never stored) until it is sent; it renders itself in the status's place. */
export interface UnsavedEntry {
  /** The entry exactly as first sent: a resend repeats its bytes under its Idempotency-Key. */
  item: OutboxEntry;
  state: 'sending' | 'failed';
  render(t: Localizer): TemplateResult;
}

/**
 * The element's own members this code works with. The element hands itself over (they are
 * private to everything else), so that none of this is in its first load.
 */
export interface FullDiskHost {
  config: ResolvedConfig | null;
  outbox: {
    unsaved?: UnsavedEntry;
    delivery: DeliveryView | null;
    queue(store: HomeworkStore, draftKey: string, entry: OutboxEntry): Promise<QueueResult>;
  };
  drafts: {
    saveState: SaveState;
    storageWarning?: string;
    autosave: { cancel(): void };
    start(): void;
  };
  queued(item: OutboxEntry): void;
  requestUpdate(): void;
  dispatchEvent(event: Event): boolean;
}

/**
 * Make room and queue again; failing that, send from memory. Delivered, the draft goes (if
 * it was ever saved) and a new one starts; otherwise the text stays on screen and in
 * memory, offered for copying, and Submit tries again with the same bytes.
 */
export async function submitOnFullDisk(
  host: FullDiskHost,
  tools: FullDiskTools,
  store: HomeworkStore,
  draftKey: string,
  item: OutboxEntry,
): Promise<void> {
  tools.addEnglishMessages(deviceStorage);
  if ((await makeRoom(store).catch(() => 0)) > 0) {
    if ((await host.outbox.queue(store, draftKey, item).catch(() => null)) === 'queued') return host.queued(item);
  }
  show(host, tools, item, 'sending');
  const { outcome, status, message, sent } = await getSender().sendUnsaved(item, host.config!);
  if (outcome.kind !== 'delivered') {
    show(host, tools, sent, 'failed', message);
    if (outcome.kind === 'rejected') host.dispatchEvent(new tools.Rejected(item.id, status, message ?? ''));
    return;
  }
  host.outbox.unsaved = undefined;
  host.drafts.autosave.cancel();
  // Deleting frees space, so it works on a full disk; a draft saved earlier must not return.
  await store.deleteDraft(draftKey).catch(() => {});
  host.drafts.start();
  host.drafts.saveState = { kind: 'idle' };
  host.outbox.delivery = { state: 'delivered', status, submitted: true };
  host.requestUpdate();
  host.dispatchEvent(new tools.Delivered(item.id, status ?? 0));
}

/** Delivered, but the disk had no room to record it: said, so the client frees space. */
export function deliveredNotRecorded(host: FullDiskHost, tools: FullDiskTools): void {
  tools.addEnglishMessages(deviceStorage);
  host.drafts.storageWarning = 'device.deliveredNotRecorded';
  host.requestUpdate();
}

function show(
  host: FullDiskHost,
  { html }: FullDiskTools,
  item: OutboxEntry,
  state: UnsavedEntry['state'],
  message?: string,
): void {
  let copied = false;
  const copy = async (event: Event) => {
    const field = (event.target as HTMLElement).parentElement!.querySelector('textarea')!;
    // Selected first: without clipboard permission the client can still copy it by hand.
    field.select();
    await navigator.clipboard.writeText(field.value).then(
      () => {
        copied = true;
        host.requestUpdate();
      },
      () => {},
    );
  };
  const render = (t: Localizer) =>
    state === 'sending'
      ? html`<p class="alert" role="alert" part="unsaved">${t.t('device.sendingUnsaved')}</p>`
      : html`<div class="alert" role="alert" part="unsaved">
          <p>${t.t('device.unsentCopy')}</p>
          ${message ? html`<p>${t.t('status.rejected', { message })}</p>` : ''}
          <label for="unsaved-answers">${t.t('device.answers')}</label>
          <textarea id="unsaved-answers" readonly rows="6" .value=${answersText(item)}></textarea>
          <button type="button" @click=${copy}>${t.t('device.copy')}</button>
          ${copied ? html`<span role="status">${t.t('device.copied')}</span>` : ''}
        </div>`;
  host.outbox.unsaved = { item, state, render };
  host.requestUpdate();
}
