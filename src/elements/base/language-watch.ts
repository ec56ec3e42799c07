// Following `lang` and `dir` at run time: a page that switches `<html lang>`, or a wrapper's
// `lang` or `dir`, after load re-renders every connected element that watches, which then
// resolves its language and direction afresh (resolveLang, resolveDir).
import type { ReactiveControllerHost } from 'lit';

/** Every connected watcher, told when any `lang` or `dir` in the document changes (one observer for all). */
const watching = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

/**
 * Re-render `host` whenever a `lang` or `dir` attribute changes in the document, or in a
 * shadow root it sits in (an app's own component may wrap it), while it is connected.
 */
export function watchLanguage(host: ReactiveControllerHost & Element): void {
  host.addController({
    hostConnected() {
      watching.add(host);
      observer ??= new MutationObserver(() => watching.forEach((watcher) => watcher.requestUpdate()));
      // Attribute changes only, filtered: cheap, however busy the page is. Each shadow root the
      // host sits in, then the document.
      let root = host.getRootNode();
      for (;;) {
        const shadow = root instanceof ShadowRoot;
        observer.observe(shadow ? root : document.documentElement, { subtree: true, attributeFilter: ['lang', 'dir'] });
        if (!shadow) break;
        root = (root as ShadowRoot).host.getRootNode();
      }
    },
    hostDisconnected() {
      watching.delete(host);
    },
  });
}
