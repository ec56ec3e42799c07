// Drains the outbox: one sender per page, one sending tab per browser (Web Locks), and
// every queued entry retried until the server says yes or gives a reason to stop.
import { now } from '../core/clock.js';
import type { AuthHeaders, ResolvedConfig } from '../core/config.js';
import { makeReceipt, tidyReceipts } from '../storage/receipts.js';
import {
  toStorageError,
  type HomeworkStore,
  type OutboxEntry,
  type Receipt,
  type StorageProblem,
} from '../storage/records.js';
import { fhirBody } from './delivery-body.js';
import { classifyStatus, MAX_BACKOFF_MS, MAX_RETRY_AFTER_MS, retryDelay } from './retry-policy.js';
import { sendEntry, type AttemptResult, type AuthCode } from './send-entry.js';

export type DeliveryState = 'queued' | 'sending' | 'delivered' | 'retrying' | 'auth-required' | 'rejected';

/** Fired on the sender for every change of an entry's delivery state. */
export class DeliveryEvent extends Event {
  constructor(
    readonly entryId: string,
    readonly state: DeliveryState,
    readonly detail: {
      status?: number | null;
      message?: string;
      nextAttemptAt?: number;
      /** Why the credential was refused, when the server said (a client link withdrawn, say). */
      code?: AuthCode;
      /** Delivered, but this device could not record it (no receipt kept, say): tell the client. */
      storageProblem?: StorageProblem;
    } = {},
  ) {
    super('delivery');
  }
}

export type FlushReason = 'load' | 'online' | 'visible' | 'timer' | 'submit' | 'manual' | 'auth-changed';

/**
 * Entries waiting for a sign-in are retried only when something suggests the sign-in may
 * have changed: a new page, the network back, the client returning, the host's new auth
 * callback, or an explicit retry. Never by the timer or another submit, so a revoked
 * token cannot cause a stream of 401s.
 */
const RETRIES_AUTH: ReadonlySet<FlushReason> = new Set(['load', 'online', 'visible', 'manual', 'auth-changed']);

/** Entries that failed for want of a network are due again as soon as the network is back. */
const RETRIES_UNREACHABLE: ReadonlySet<FlushReason> = new Set(['online', 'manual']);

/** What a flush may send besides entries whose backoff has run out. */
interface FlushScope {
  /** When a reason to retry sign-ins was last given (epoch ms), if any. */
  authRequestedAt: number | null;
  unreachable: boolean;
}

function widest(a: FlushScope, b: FlushScope | null): FlushScope {
  const latest = Math.max(a.authRequestedAt ?? -Infinity, b?.authRequestedAt ?? -Infinity);
  return { authRequestedAt: Number.isFinite(latest) ? latest : null, unreachable: a.unreachable || !!b?.unreachable };
}

const LOCK_NAME = 'homework-elements:outbox';

/**
 * Entries in flight at once. One at a time leaves the connection idle for a whole round trip
 * per entry (a backlog of a thousand took 12 s); a few hide that latency and stay polite to
 * the server. Order of arrival is not promised: entries carry their own timestamps.
 */
const PARALLEL_SENDS = 4;

async function eachWithLimit<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

function isDue(item: OutboxEntry, scope: FlushScope): boolean {
  // Only a reason given after the sign-in failed can help; an older one already had its try.
  if (item.state === 'auth-required')
    return scope.authRequestedAt !== null && scope.authRequestedAt > (item.authFailedAt ?? -Infinity);
  if (item.state !== 'pending') return false;
  const wait = item.nextAttemptAt - now();
  // A wait longer than any we could have set means the device clock was moved back: send.
  const clockMovedBack = wait > MAX_RETRY_AFTER_MS + MAX_BACKOFF_MS;
  const unreachable = item.lastError === 'network' || item.lastError === 'timeout';
  return wait <= 0 || clockMovedBack || (scope.unreachable && unreachable);
}

export class OutboxSender extends EventTarget {
  private endpoints = new Map<string, ResolvedConfig>();
  private running: Promise<void> | null = null;
  /** Another flush was asked for while one ran: the widest scope of those asks. */
  private rerun: FlushScope | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private listening = false;
  /** Flushes in a row that failed on storage: they back off like network failures. */
  private storageFailures = 0;
  /**
   * Delivered by this page but still in the outbox because the store refused to remove
   * them (disk trouble): never sent again from here; their removal is retried.
   */
  private deliveredHere = new Map<string, Receipt>();
  private tidied = false;

  constructor(private readonly store: () => Promise<HomeworkStore>) {
    super();
  }

  /** A widget on this page sends to `config.endpoint`: deliver what is queued for it. */
  register(config: ResolvedConfig): void {
    if (!config.endpoint) return;
    const previous = this.endpoints.get(config.endpoint);
    this.endpoints.set(config.endpoint, config);
    this.listen();
    if (!previous) void this.flush('load');
    else if (previous.getAuthHeaders !== config.getAuthHeaders) void this.flush('auth-changed');
  }

  /**
   * Send everything due. Concurrent calls coalesce: one flush runs at a time and another
   * follows if something asked meanwhile.
   */
  flush(reason: FlushReason = 'manual'): Promise<void> {
    return this.startFlush({
      authRequestedAt: RETRIES_AUTH.has(reason) ? Date.now() : null,
      unreachable: RETRIES_UNREACHABLE.has(reason),
    });
  }

  private startFlush(scope: FlushScope): Promise<void> {
    if (this.running) {
      this.rerun = widest(scope, this.rerun);
      return this.running;
    }
    this.running = this.flushUnderLock(scope)
      // Storage or lock failures must not become unhandled rejections in the host page;
      // the entries are still queued, so try again later.
      .catch(() => this.retryLater())
      .finally(() => {
        this.running = null;
        const again = this.rerun;
        this.rerun = null;
        if (again) void this.startFlush(again);
      });
    return this.running;
  }

  private async flushUnderLock(scope: FlushScope): Promise<void> {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    // Without Web Locks two tabs may both send; the Idempotency-Key keeps it to one record.
    if (!locks) return this.deliverPending(scope);
    await locks.request(LOCK_NAME, () => this.deliverPending(scope));
  }

  private async deliverPending(scope: FlushScope): Promise<void> {
    clearTimeout(this.timer);
    const store = await this.store();
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      // Nothing can go out; 'online' will call us back. Keep the timer as a safety net.
      this.schedule(await this.ours(store));
      return;
    }
    const refreshed = new Map<string, Promise<AuthHeaders | null>>();
    const due = (await this.ours(store)).filter((item) => isDue(item, scope));
    await eachWithLimit(due, PARALLEL_SENDS, (item) => this.deliver(store, item, refreshed));
    this.schedule(await this.ours(store));
    this.storageFailures = 0;
    await this.tidyOnce(store);
  }

  /** After the first flush (sending comes first): old receipts slimmed and pruned, once per page. */
  private async tidyOnce(store: HomeworkStore): Promise<void> {
    if (this.tidied) return;
    this.tidied = true;
    const sealing = [...this.endpoints.values()].some((config) => config.encryptDrafts);
    // Housekeeping: a failure here waits for the next page rather than stopping delivery.
    await tidyReceipts(store, sealing).catch(() => {});
  }

  private async deliver(
    store: HomeworkStore,
    item: OutboxEntry,
    refreshed: Map<string, Promise<AuthHeaders | null>>,
  ): Promise<void> {
    const config = this.endpoints.get(item.endpoint)!;
    this.dispatchEvent(new DeliveryEvent(item.id, 'sending'));
    const withBody = await this.fixBody(store, item);
    if (withBody) item = withBody;
    const result = withBody
      ? await this.attempt(item, config, refreshed)
      : // The FHIR writer could not be loaded: as good as unreachable, so retried like one.
        { outcome: classifyStatus(null), status: null, message: 'network' };

    const attempts = item.attempts + 1;
    switch (result.outcome.kind) {
      case 'delivered': {
        const storageProblem = await this.keepReceipt(store, item, config, result.status);
        this.dispatchEvent(new DeliveryEvent(item.id, 'delivered', { status: result.status, storageProblem }));
        return;
      }
      case 'retry': {
        const nextAttemptAt = now() + retryDelay(attempts, result.outcome.retryAfterMs);
        await store.updateOutbox({ ...item, state: 'pending', attempts, nextAttemptAt, lastError: result.message });
        this.dispatchEvent(new DeliveryEvent(item.id, 'retrying', { status: result.status, nextAttemptAt }));
        return;
      }
      case 'auth':
        await store.updateOutbox({
          ...item,
          state: 'auth-required',
          attempts,
          lastError: result.code ?? `HTTP ${result.status}`,
          authFailedAt: Date.now(),
        });
        this.dispatchEvent(new DeliveryEvent(item.id, 'auth-required', { status: result.status, code: result.code }));
        return;
      case 'rejected':
        // Kept, not retried: the same body would be refused again. The client sees why.
        await store.updateOutbox({ ...item, state: 'rejected', attempts, lastError: result.message });
        this.dispatchEvent(new DeliveryEvent(item.id, 'rejected', { status: result.status, message: result.message }));
        return;
    }
  }

  /** POST once; on 401/403 refresh the sign-in (once per endpoint per flush) and POST again. */
  private async attempt(
    item: OutboxEntry,
    config: ResolvedConfig,
    refreshed: Map<string, Promise<AuthHeaders | null>>,
  ): Promise<AttemptResult> {
    const send = (headers: AuthHeaders) =>
      sendEntry(item, { headers, credentials: config.credentials, timeoutMs: config.timeout });
    const result = await send((await this.authHeaders(config, false)) ?? {});
    if (result.outcome.kind !== 'auth') return result;
    if (!refreshed.has(item.endpoint)) refreshed.set(item.endpoint, this.authHeaders(config, true));
    const fresh = await refreshed.get(item.endpoint)!;
    return fresh ? send(fresh) : result;
  }

  /**
   * Out of the outbox, with a receipt if there is room. A storage failure never undoes the
   * delivery: the entry is not sent again from this page, and the client is told.
   */
  private async keepReceipt(
    store: HomeworkStore,
    item: OutboxEntry,
    config: ResolvedConfig,
    status: number | null,
  ): Promise<StorageProblem | undefined> {
    const delivered = { ...item, deliveredAt: now(), status: status ?? 0 };
    const { id, endpoint, deliveredAt } = delivered;
    // Hashing and sealing need the device's keys, which a full disk may refuse to store:
    // the receipt then keeps no details rather than blocking the removal.
    const receipt = await makeReceipt(store, delivered, config.encryptDrafts).catch((): Receipt => ({
      id,
      endpoint,
      exercise: item.entry.exercise,
      deliveredAt,
      status: delivered.status,
    }));
    try {
      const kept = await store.markDelivered(receipt);
      this.deliveredHere.delete(id);
      return kept ? undefined : 'storageFull';
    } catch (error) {
      this.deliveredHere.set(id, receipt);
      return toStorageError(error).problem;
    }
  }

  /**
   * Send an entry the device could not store (its disk is full), from memory, now: one
   * attempt (with a sign-in refresh if needed). Nothing is queued; the caller keeps the
   * entry and the client's text until this resolves 'delivered'.
   */
  async sendUnsaved(item: OutboxEntry, config: ResolvedConfig): Promise<AttemptResult & { sent: OutboxEntry }> {
    this.register(config);
    const store = await this.store();
    let withBody = item;
    try {
      // Not in the outbox, so nothing to store: the caller keeps these bytes for a resend.
      if (item.format === 'fhir' && !item.body) withBody = { ...item, body: await fhirBody(item.entry) };
    } catch {
      return { outcome: classifyStatus(null), status: null, message: 'network', sent: item };
    }
    const result = await this.attempt(withBody, config, new Map());
    if (result.outcome.kind === 'delivered') await this.keepReceipt(store, withBody, config, result.status);
    return { ...result, sent: withBody };
  }

  /** A FHIR body is mapped once and stored before the first attempt; null when that failed. */
  private async fixBody(store: HomeworkStore, item: OutboxEntry): Promise<OutboxEntry | null> {
    if (item.format !== 'fhir' || item.body) return item;
    try {
      const fixed = { ...item, body: await fhirBody(item.entry) };
      await store.updateOutbox(fixed);
      return fixed;
    } catch {
      return null;
    }
  }

  private async authHeaders(config: ResolvedConfig, refresh: boolean): Promise<AuthHeaders | null> {
    if (!config.getAuthHeaders) return refresh ? null : {};
    try {
      return { ...(await config.getAuthHeaders({ refresh })) };
    } catch {
      return null;
    }
  }

  /** Queued entries this page can send (its widgets configured their endpoints). */
  private async ours(store: HomeworkStore): Promise<OutboxEntry[]> {
    const all = await store.listOutbox();
    for (const [id, receipt] of this.deliveredHere) {
      // Delivered already: only the removal a storage failure stopped is still owed.
      if (all.some((item) => item.id === id)) await store.markDelivered(receipt).catch(() => {});
    }
    return all
      .filter((item) => this.endpoints.has(item.endpoint) && !this.deliveredHere.has(item.id))
      .sort((a, b) => a.queuedAt - b.queuedAt);
  }

  private schedule(queue: OutboxEntry[]): void {
    clearTimeout(this.timer);
    const pending = queue.filter((item) => item.state === 'pending');
    if (!pending.length) return;
    const soonest = Math.min(...pending.map((item) => item.nextAttemptAt));
    // Bounded both ways: never a tight loop, never longer than the backoff cap.
    const delay = Math.min(MAX_BACKOFF_MS, Math.max(1_000, soonest - now()));
    this.timer = setTimeout(() => void this.flush('timer'), delay);
  }

  /** The flush failed on storage: try again, backing off as for an unreachable server. */
  private retryLater(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush('timer'), retryDelay(++this.storageFailures));
  }

  private listen(): void {
    if (this.listening || typeof window === 'undefined') return;
    this.listening = true;
    window.addEventListener('online', () => void this.flush('online'));
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void this.flush('visible');
    });
  }
}
