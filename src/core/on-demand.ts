// The one rule for code loaded later (chunks, the classic script's files beside it): a
// load shared while it is under way, kept once it worked, forgotten when it failed (so the
// next attempt really tries again) and given up after LOAD_TIMEOUT_MS, so no widget waits
// in silence on a file that never arrives.

/** How long a widget waits for a file before it says so and offers "Try again". */
export const LOAD_TIMEOUT_MS = 10_000;

/** Code (or a translation) did not load in time, failed, or was refused by its pinned hash. */
export class LoadError extends Error {
  constructor(
    readonly file: string,
    cause?: unknown,
  ) {
    super(`homework-elements: could not load ${file}`, { cause });
  }
}

export interface OnDemand<T> {
  (): Promise<T>;
  /** The value if it has loaded, for synchronous use (otherwise: not yet). */
  loaded(): T | undefined;
}

/** `load` runs on the first call and again after a failure (`attempt` counts); `file` names it. */
export function onDemand<T>(file: string, load: (attempt: number) => Promise<T>): OnDemand<T> {
  let loading: Promise<T> | undefined;
  let value: T | undefined;
  let attempts = 0;
  const get = () =>
    (loading ??= new Promise<T>((resolve, reject) => {
      // A late answer after the timeout changes nothing: the promise has settled.
      setTimeout(() => reject(new LoadError(file)), LOAD_TIMEOUT_MS);
      load(++attempts).then(resolve, (cause: unknown) => reject(new LoadError(file, cause)));
    }).then(
      (result) => (value = result),
      (error: unknown) => {
        loading = undefined; // tried again on the next call
        throw error;
      },
    ));
  get.loaded = () => value;
  return get;
}
