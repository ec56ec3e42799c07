// The history view as a chunk of its own (see history.ts). The classic script holds it
// anyway and swaps this module for src/cdn/eager-history.ts.
import { onDemand } from '../../core/on-demand.js';

export type HistoryView = typeof import('./history.js');

export const loadHistoryView = onDemand<HistoryView>('mood-history', () => import('./history.js'));
