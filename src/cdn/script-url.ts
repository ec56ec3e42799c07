// Where the classic script was loaded from, so what it loads on demand (translations, the
// calendar file) comes from beside it: same origin, so a CSP that allows the script allows
// those too. Captured while the script runs: currentScript is only set during that first
// evaluation.
const scriptUrl =
  typeof document !== 'undefined' && document.currentScript instanceof HTMLScriptElement
    ? document.currentScript.src
    : undefined;

/** Import `path` (relative to the script's folder) as an ES module. */
export function importBesideScript(path: string): Promise<Record<string, unknown>> {
  if (!scriptUrl) return Promise.reject(new Error('homework-elements: cannot tell where the script was loaded from'));
  return import(/* @vite-ignore */ new URL(path, scriptUrl).href);
}
