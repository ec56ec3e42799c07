// The history view as a chunk of its own (see history.ts). The classic script holds it
// anyway and swaps this module for src/cdn/eager-history.ts.
export type HistoryView = typeof import('./history.js');

export const loadHistoryView = (): Promise<HistoryView> => import('./history.js');
