// The history view as a chunk of its own (see history.ts). The classic script holds it
// anyway (mood-history.cdn.ts).
import { onDemand } from '../core/on-demand.js';

export type HistoryView = typeof import('../elements/mood-tracker/history.js');

export const loadHistoryView = onDemand<HistoryView>(
  'mood-history',
  () => import('../elements/mood-tracker/history.js'),
);
