// The clinician's classic script holds the review panel's views anyway: without the lazy
// chunk's wrapper (replaces src/elements/review-panel/lazy-views.ts there).
import * as views from '../elements/review-panel/panel-views.js';
import type { PanelViews } from '../elements/review-panel/lazy-views.js';

export type { PanelViews } from '../elements/review-panel/lazy-views.js';

export const loadViews = (): Promise<PanelViews> => Promise.resolve(views);
