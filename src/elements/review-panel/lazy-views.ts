// The panel's views (everything that shows validated records, and the review logic behind
// them) as a chunk of their own. No record can show before zod has checked it, and the
// schemas load on demand anyway (src/core/lazy-schemas.ts): the panel fetches both side by
// side as soon as it connects, so its first load holds only the shell at no cost to the
// first screen. The classic script swaps this module for src/cdn/eager-views.ts.
export type PanelViews = typeof import('./panel-views.js');

let loading: Promise<PanelViews> | undefined;

export function loadViews(): Promise<PanelViews> {
  loading ??= import('./panel-views.js').catch((error: unknown) => {
    loading = undefined; // tried again on the next call ("Try again", or new entries)
    throw error;
  });
  return loading;
}
