// The draft on this device: read it back when the widget opens, save it a moment after each
// change (and at once when the page goes: beforeunload, pagehide, hidden), start a fresh one
// after a submit or discard, and delete it when asked. Nothing here renders.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Exercise } from '../../core/assignment.js';
import { isoWithOffset } from '../../core/clock.js';
import type { SelfReview } from '../../core/engagement-schema.js';
import { newId } from '../../core/ids.js';
import type { Schemas } from '../../lazy/schemas.js';
import { emptySelfReview } from '../../core/self-review.js';
import type { EngagementTracker } from '../../engagement/engagement-tracker.js';
import { HwDraftSavedEvent } from '../../events.js';
import { DraftAutosave, type SaveState } from '../../storage/draft-autosave.js';
import type { DraftVault } from '../../storage/draft-vault.js';
import { getStore, loadDraftVault } from '../../lazy/store.js';
import { onLocalDataCleared } from '../../storage/sign-out.js';
import type { mergeDraft } from '../../storage/draft-merge.js';
import { toStorageError, type Draft, type HomeworkStore, type StorageProblem } from '../../storage/records.js';

/** What the draft works with on its element (handed over: they are private to everything else). */
export interface DraftHost<TData> extends ReactiveControllerHost, HTMLElement {
  readonly exercise: Exercise;
  readonly schemaId: string;
  readonly draftStorageKey: string;
  readonly assignmentKey: string | null;
  readonly preview: boolean;
  /** Drafts are sealed at rest (own attribute or provider). */
  readonly sealsDrafts: boolean;
  readonly engagement: EngagementTracker;
  data: TData;
  selfReview: SelfReview;
  emptyData(): TData;
  /** Sign-out, here or in another tab: what is on screen and in memory goes. */
  forgetLocalData(): Promise<void>;
  restoreData(saved: unknown, schemas: Schemas, schema?: string): TData | null;
}

export class WidgetDraft<TData> implements ReactiveController {
  draft: Draft | null = null;
  /** The key whose draft is loaded or loading; another key (or null) means: load it. */
  key: string | null = null;
  saveState: SaveState = { kind: 'idle' };
  /** Also: delivered, but the disk had no room to record it (told, so the client frees space). */
  storageWarning?: StorageProblem | 'device.deliveredNotRecorded';
  databaseIsNew = false;
  /** When the restored draft was last changed: "We kept what you wrote", until the client edits. */
  keptSince?: string;
  /** A fresh draft started: the next render puts back "Rate it" on every slider. */
  fresh = false;
  private vault?: Promise<DraftVault>;
  readonly autosave = new DraftAutosave(
    (draft) => this.draftVault().then((vault) => vault.write(draft)),
    (saveState) => {
      this.saveState = saveState;
      this.host.requestUpdate();
      if (saveState.kind === 'saved') this.host.dispatchEvent(new HwDraftSavedEvent(this.host.draftStorageKey));
    },
  );

  constructor(private readonly host: DraftHost<TData>) {
    host.addController(this);
  }

  hostConnected(): void {
    // beforeunload comes first on a reload or close, while the page still has time to
    // finish an IndexedDB write; pagehide and hidden cover bfcache and mobile tab switches.
    addEventListener('beforeunload', this.flush);
    addEventListener('pagehide', this.flush);
    document.addEventListener('visibilitychange', this.onVisibility);
    this.stopListeningForSignOut = onLocalDataCleared(() => this.host.forgetLocalData());
  }

  private stopListeningForSignOut?: () => void;

  hostDisconnected(): void {
    void this.autosave.flush();
    removeEventListener('beforeunload', this.flush);
    removeEventListener('pagehide', this.flush);
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.stopListeningForSignOut?.();
  }

  /**
   * Read the saved draft for `key` back into the form; a fresh draft when there is none.
   * The form shows before the draft arrives: a field the client already filled in keeps what
   * they typed, and the saved text it replaced is offered back (see draft-merge.ts).
   * Returns what was restored, or null when the key changed meanwhile (another load runs).
   */
  async restore(
    key: string,
    store: HomeworkStore,
    schemas: Schemas,
    merge: typeof mergeDraft,
  ): Promise<Draft | undefined | null> {
    this.storageWarning = store.fallbackReason;
    this.databaseIsNew = store.createdByThisPage;
    let saved: Draft | undefined;
    try {
      saved = await (await this.draftVault()).read(key);
    } catch (error) {
      this.storageWarning = toStorageError(error).problem;
    }
    if (this.key !== key) return null;
    const host = this.host;
    const restored = saved ? host.restoreData(saved.data, schemas, saved.schema) : null;
    type Fields = Record<string, unknown>;
    const merged = merge(host.data as Fields, restored as Fields | null, (this.shown ?? host.data) as Fields);
    if (saved && restored) {
      // Restored means migrated to this version: saved from now on as this version's.
      this.draft = { ...saved, schema: host.schemaId };
      host.selfReview = { ...emptySelfReview(), ...(saved.selfReview as Partial<SelfReview>) };
      host.engagement.resume(saved.engagement);
      this.saveState = { kind: 'saved' };
    } else {
      // A new draft record around what is on screen (empty, or what the client began).
      this.start(false);
    }
    host.data = merged.data as TData;
    this.replaced = merged.replaced;
    // What the client typed before the draft arrived is kept as a draft too.
    if (merged.typedEarly) this.touch();
    return restored ? saved : undefined;
  }

  /**
   * The form's data as it first showed, before the draft was read: what differs from it when
   * the draft arrives is what the client (or the host) changed meanwhile. (Not a fresh
   * emptyData(): that may carry a new timestamp, which nobody typed.)
   */
  shown?: TData;

  /** Saved text the client's typing replaced as the form opened: offered back until they choose. */
  replaced?: Record<string, unknown>;

  /** A fresh draft (new entry id) and, unless told otherwise, an empty form. */
  start(emptyForm = true): void {
    const at = isoWithOffset();
    const host = this.host;
    this.draft = {
      key: host.draftStorageKey,
      exercise: host.exercise,
      entryId: newId(),
      assignmentId: host.assignmentKey,
      schema: host.schemaId,
      data: null,
      selfReview: null,
      engagement: { activeMs: 0, sittings: 1, edits: 0 },
      createdAt: at,
      updatedAt: at,
    };
    this.keptSince = undefined;
    this.replaced = undefined;
    if (!emptyForm) return;
    host.data = host.emptyData();
    host.selfReview = emptySelfReview();
    host.engagement.reset();
    this.fresh = true;
  }

  /** The client changed something: keep it (after a short pause in typing). */
  touch(): void {
    const host = this.host;
    if (!this.draft) return;
    host.engagement.countEdit();
    this.keptSince = undefined;
    this.draft = {
      ...this.draft,
      data: host.data,
      selfReview: host.selfReview,
      engagement: host.engagement.snapshot(),
      updatedAt: isoWithOffset(),
    };
    if (!host.preview) this.autosave.schedule(this.draft);
  }

  /** Start afresh and delete the saved draft (once pending writes settle). */
  async clear(): Promise<void> {
    // Emptied at once (a form reset is synchronous); the stored draft goes once writes settle.
    this.autosave.cancel();
    const key = this.draft?.key;
    this.saveState = { kind: 'idle' };
    this.start();
    await this.autosave.settled();
    // A write under way said "saved" meanwhile; that draft is deleted here (unless typed in since).
    if (!this.draft?.data) this.saveState = { kind: 'idle' };
    // A write that was already under way when another tab cleared must not survive it.
    if (key) await (await getStore()).deleteDraft(key).catch(() => {});
    this.host.requestUpdate();
  }

  /** Reads and seals drafts; its code comes with the store's (see src/lazy/store.ts). */
  private draftVault(): Promise<DraftVault> {
    this.vault ??= loadDraftVault().then(
      (Vault) => new Vault(getStore, () => this.host.sealsDrafts),
      (error: unknown) => {
        this.vault = undefined; // offline before the chunk arrived: the next write tries again
        throw error;
      },
    );
    return this.vault;
  }

  private flush = () => {
    if (this.host.preview) return;
    if (this.draft) this.autosave.schedule({ ...this.draft, engagement: this.host.engagement.snapshot() });
    void this.autosave.flush();
  };

  private onVisibility = () => {
    if (document.visibilityState === 'hidden') this.flush();
  };
}
