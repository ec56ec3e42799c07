// Classic-script twin of panel-views.ts: the clinician's classic script holds the review
// panel's views anyway, so no chunk to wait for.
import * as views from '../elements/review-panel/panel-views.js';
import type { PanelViews } from './panel-views.js';

export type { PanelViews } from './panel-views.js';

export const loadViews = (): Promise<PanelViews> => Promise.resolve(views);
