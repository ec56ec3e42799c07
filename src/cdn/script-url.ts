// Where the classic script was loaded from, so what it loads on demand (translations, the
// schemas, the calendar and FHIR files) comes from beside it: same origin, so a CSP that
// allows the script allows those too. Captured while the script runs: currentScript is
// only set during that first evaluation.
//
// Each of those files is checked against the SHA-384 the build wrote into this script
// (pinned-files.ts) before it runs: a host that pins the script with SRI pins them all.
import { pinnedIntegrity } from './pinned-files.js';

const scriptUrl =
  typeof document !== 'undefined' && document.currentScript instanceof HTMLScriptElement
    ? document.currentScript.src
    : undefined;

/**
 * Import `path` (relative to the script's folder) as an ES module, once its bytes match the
 * pinned hash. `attempt` > 1 asks again under a fresh address: the browser remembers a failed
 * module fetch for the page's lifetime, so the same address would fail again without asking.
 */
export function importBesideScript(path: string, attempt = 1): Promise<Record<string, unknown>> {
  if (!scriptUrl) return Promise.reject(new Error('homework-elements: cannot tell where the script was loaded from'));
  return importPinned(scriptUrl, path, attempt);
}

/** Import `path`, relative to `base` (the bundle's own address), once it matches its pinned hash. */
export async function importPinned(base: string, path: string, attempt: number): Promise<Record<string, unknown>> {
  const integrity = pinnedIntegrity(path);
  if (!integrity) throw new Error(`homework-elements: ${path} is not a file this script pins`);
  const url = new URL(path, base);
  if (attempt > 1) url.searchParams.set('attempt', String(attempt));
  await preloadVerified(url.href, integrity);
  // The module map now holds the verified module under this address: import() evaluates
  // that one and fetches nothing (every pinned file is self-contained, see the build).
  return import(/* @vite-ignore */ url.href);
}

/**
 * Dynamic import() takes no integrity, but <link rel="modulepreload" integrity> does, and
 * fills the same module map. The browser refuses a file whose hash differs (and one
 * served without CORS), and reports only "error": either way the file never runs.
 */
function preloadVerified(href: string, integrity: string): Promise<void> {
  const link = document.createElement('link');
  // A browser without modulepreload would ignore the link (and its integrity): refuse at once.
  if (!link.relList.supports('modulepreload'))
    return Promise.reject(new Error('homework-elements: this browser cannot check files before running them'));
  return new Promise((resolve, reject) => {
    link.rel = 'modulepreload';
    link.crossOrigin = 'anonymous';
    link.integrity = integrity;
    link.href = href;
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error(`homework-elements: ${href} was refused`)));
    document.head.append(link);
  });
}
