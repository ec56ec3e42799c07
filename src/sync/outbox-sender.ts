// Drains the outbox: one sender per page, one sending tab per browser (Web Locks), and
// every queued entry retried until the server says yes or gives a reason to stop.
import { now } from '../core/clock.js';
import type { AuthHeaders, ResolvedConfig } from '../core/config.js';
import type { HomeworkStore, OutboxEntry } from '../storage/records.js';
import { fhirBody } from './delivery-body.js';
import { classifyStatus, MAX_BACKOFF_MS, MAX_RETRY_AFTER_MS, retryDelay } from './retry-policy.js';
import { sendEntry, type AuthCode } from './send-entry.js';

export type DeliveryState = 'queued' | 'sending' | 'delivered' | 'retrying' | 'auth-required' | 'rejected';

/** Fired on the sender for every change of an entry's delivery state. */
export class DeliveryEvent extends Event {
  constructor(
    readonly entryId: string,
    readonly state: DeliveryState,
    readonly detail: { status?: number | null; message?: string; nextAttemptAt?: number; code?: AuthCode } = {},
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
    let headers = (await this.authHeaders(config, false)) ?? {};
    let result = withBody
      ? await sendEntry(item, { headers, credentials: config.credentials, timeoutMs: config.timeout })
      : // The FHIR writer could not be loaded: as good as unreachable, so retried like one.
        { outcome: classifyStatus(null), status: null, message: 'network' };

    if (result.outcome.kind === 'auth') {
      // One refresh per endpoint per flush, shared by every queued entry.
      if (!refreshed.has(item.endpoint)) refreshed.set(item.endpoint, this.authHeaders(config, true));
      const fresh = await refreshed.get(item.endpoint)!;
      if (fresh) {
        headers = fresh;
        result = await sendEntry(item, { headers, credentials: config.credentials, timeoutMs: config.timeout });
      }
    }

    const attempts = item.attempts + 1;
    switch (result.outcome.kind) {
      case 'delivered':
        await store.markDelivered({
          id: item.id,
          endpoint: item.endpoint,
          exercise: item.entry.exercise,
          deliveredAt: now(),
          status: result.status ?? 0,
          entry: item.entry,
        });
        this.dispatchEvent(new DeliveryEvent(item.id, 'delivered', { status: result.status }));
        return;
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
    return all.filter((item) => this.endpoints.has(item.endpoint)).sort((a, b) => a.queuedAt - b.queuedAt);
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

  private retryLater(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush('timer'), 5_000);
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
