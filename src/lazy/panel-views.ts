// The panel's views (everything that shows validated records, and the review logic behind
// them) as a chunk of their own. No record can show before zod has checked it, and the
// schemas load on demand anyway (schemas.ts): the panel fetches both side by
// side as soon as it connects, so its first load holds only the shell at no cost to the
// first screen. The classic script holds the views anyway (panel-views.cdn.ts).
import { onDemand } from '../core/on-demand.js';

export type PanelViews = typeof import('../elements/review-panel/panel-views.js');

// A failure is forgotten: tried again on the next call ("Try again", or new entries).
export const loadViews = onDemand<PanelViews>('panel-views', () => import('../elements/review-panel/panel-views.js'));
