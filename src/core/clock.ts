// Time as the library sees it. One seam so tests (and a device with a wrong clock)
// can be simulated without sleeping.

export interface Clock {
  now(): number;
}

const systemClock: Clock = { now: () => Date.now() };
let activeClock: Clock = systemClock;

export function now(): number {
  return activeClock.now();
}

/** Replace the clock (tests, simulations). Pass nothing to restore the system clock. */
export function useClock(clock?: Clock): void {
  activeClock = clock ?? systemClock;
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** ISO 8601 with the device's own UTC offset, e.g. 2026-11-24T09:30:00.000+01:00. */
export function isoWithOffset(epochMs: number = now()): string {
  const d = new Date(epochMs);
  const offsetMinutes = -d.getTimezoneOffset();
  const sign = offsetMinutes >= 0 ? '+' : '-';
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` +
    `T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}` +
    `${sign}${pad(Math.trunc(offsetMinutes / 60))}:${pad(offsetMinutes % 60)}`
  );
}
