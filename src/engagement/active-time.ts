// Active time on task, counted from the client's own interactions: a gap between two
// interactions counts only if it is short, so a tab left open overnight adds nothing.

/** Longest pause that still counts as working (reading a hint, thinking). */
export const MAX_ACTIVE_GAP_MS = 60_000;

export interface ActivityClock {
  activeMs: number;
  lastActivityAt: number | null;
}

/** Account for an interaction at `at` (epoch ms). Pure: returns the new state. */
export function recordActivity(state: ActivityClock, at: number): ActivityClock {
  if (state.lastActivityAt === null) return { activeMs: state.activeMs, lastActivityAt: at };
  const gap = at - state.lastActivityAt;
  // Clock jumps (a device clock corrected backwards) must never subtract time.
  const counted = gap > 0 && gap <= MAX_ACTIVE_GAP_MS ? gap : 0;
  return { activeMs: state.activeMs + counted, lastActivityAt: at };
}
