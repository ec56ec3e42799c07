// The classic script holds the mood history anyway: no chunk to wait for (replaces
// src/elements/mood-tracker/lazy-history.ts in that build only).
import * as view from '../elements/mood-tracker/history.js';

export const loadHistoryView = () => Promise.resolve(view);
