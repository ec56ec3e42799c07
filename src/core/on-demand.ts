// The one rule for code loaded later (chunks, the classic script's files beside it): a
// load shared while it is under way, kept once it worked, forgotten when it failed (so the
// next attempt really tries again) and given up after LOAD_TIMEOUT_MS, so no widget waits
// in silence on a file that never arrives.

/** How long a widget waits for a file before it says so and offers "Try again". */
export const LOAD_TIMEOUT_MS = 10_000;

/** Code (or a translation) could not be loaded, or was refused because it was not the pinned file. */
export class LoadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: 'failed' | 'timeout',
    options?: { cause?: unknown },
  ) {
    super(`homework-elements: could not load ${file} (${reason})`, options);
    this.name = 'LoadError';
  }
}

export interface OnDemand<T> {
  (): Promise<T>;
  /** The value if it has loaded, for synchronous use (otherwise: not yet). */
  loaded(): T | undefined;
}

/** `load` runs on the first call and again after a failure; `file` names it in errors. */
export function onDemand<T>(file: string, load: (attempt: number) => Promise<T>): OnDemand<T> {
  let loading: Promise<T> | undefined;
  let value: T | undefined;
  let attempts = 0;
  const get = (() => {
    loading ??= withTimeout(file, load(++attempts)).then(
      (result) => (value = result),
      (error: unknown) => {
        loading = undefined; // tried again on the next call
        throw error instanceof LoadError ? error : new LoadError(file, 'failed', { cause: error });
      },
    );
    return loading;
  }) as OnDemand<T>;
  get.loaded = () => value;
  return get;
}

function withTimeout<T>(file: string, work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LoadError(file, 'timeout')), LOAD_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
