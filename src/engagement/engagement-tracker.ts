// Watches how the client works with a widget (time, sittings, edits) without reading
// what they write. The counters travel with the draft, so they span sittings.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { now } from '../core/clock.js';
import type { EngagementState } from '../storage/records.js';
import { recordActivity, type ActivityClock } from './active-time.js';

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'input', 'focusin'] as const;

export class EngagementTracker implements ReactiveController {
  private clock: ActivityClock = { activeMs: 0, lastActivityAt: null };
  private sittings = 1;
  private edits = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of ACTIVITY_EVENTS) this.host.addEventListener(type, this.onActivity);
  }

  hostDisconnected(): void {
    for (const type of ACTIVITY_EVENTS) this.host.removeEventListener(type, this.onActivity);
  }

  /** Continue from a restored draft: this page load is a new sitting. */
  resume(saved: EngagementState): void {
    this.clock = { activeMs: saved.activeMs, lastActivityAt: null };
    this.sittings = saved.sittings + 1;
    this.edits = saved.edits;
  }

  /** Start counting afresh (a new draft after submitting). */
  reset(): void {
    this.clock = { activeMs: 0, lastActivityAt: null };
    this.sittings = 1;
    this.edits = 0;
  }

  countEdit(): void {
    this.edits++;
  }

  snapshot(): EngagementState {
    return { activeMs: this.clock.activeMs, sittings: this.sittings, edits: this.edits };
  }

  private onActivity = (event: Event) => {
    // Reading the crisis help is not work on the exercise, and nothing about it is recorded.
    if (event.composedPath().some((node) => node instanceof Element && node.hasAttribute('data-unrecorded'))) return;
    this.clock = recordActivity(this.clock, now());
  };
}
