// Debounced draft saving. Typing schedules a write; leaving the page (pagehide, tab
// hidden) writes at once, so a reload inside the debounce window loses nothing.
// Writes start immediately rather than queueing behind each other: IndexedDB runs
// read-write transactions on the same store in creation order, so the newest draft
// still wins, and a write started in `pagehide` is issued before the page goes.
import type { Draft } from './records.js';
import { toStorageError, type StorageError } from './records.js';

export const AUTOSAVE_DELAY_MS = 400;

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  /** `first`: the first save of this visit, the one a screen reader hears (see status.ts). */
  | { kind: 'saved'; first?: true }
  | { kind: 'failed'; error: StorageError };

export class DraftAutosave {
  private pending: Draft | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight = new Set<Promise<void>>();
  private savedBefore = false;

  constructor(
    /** Writes one draft durably (plain or sealed: see DraftVault). */
    private readonly save: (draft: Draft) => Promise<void>,
    private readonly onState: (state: SaveState) => void,
    private readonly delayMs = AUTOSAVE_DELAY_MS,
  ) {}

  /** Remember the latest draft; it is written after a short pause in typing. */
  schedule(draft: Draft): void {
    this.pending = draft;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Write the latest draft now. Resolves once it is durable (or has failed visibly). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    const draft = this.pending;
    if (!draft) return this.settled();
    this.pending = null;
    this.onState({ kind: 'saving' });
    const write = this.write(draft);
    this.inFlight.add(write);
    void write.finally(() => this.inFlight.delete(write));
    return write;
  }

  private async write(draft: Draft): Promise<void> {
    try {
      await this.save(draft);
      // Only claim "saved" once nothing newer is waiting or being written.
      if (!this.pending && this.inFlight.size <= 1) {
        this.onState(this.savedBefore ? { kind: 'saved' } : { kind: 'saved', first: true });
        this.savedBefore = true;
      }
    } catch (error) {
      // Keep the draft so the next keystroke or flush tries again.
      this.pending ??= draft;
      this.onState({ kind: 'failed', error: toStorageError(error) });
    }
  }

  /** Drop anything not yet written (the draft was submitted or discarded). */
  cancel(): void {
    clearTimeout(this.timer);
    this.pending = null;
  }

  /** Wait for writes in progress (used before moving a draft to the outbox). */
  async settled(): Promise<void> {
    await Promise.all(this.inFlight);
  }
}
