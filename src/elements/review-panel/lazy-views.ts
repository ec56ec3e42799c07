// The panel's views (everything that shows validated records, and the review logic behind
// them) as a chunk of their own. No record can show before zod has checked it, and the
// schemas load on demand anyway (src/core/lazy-schemas.ts): the panel fetches both side by
// side as soon as it connects, so its first load holds only the shell at no cost to the
// first screen. The classic script swaps this module for src/cdn/eager-views.ts.
import { onDemand } from '../../core/on-demand.js';

export type PanelViews = typeof import('./panel-views.js');

// A failure is forgotten: tried again on the next call ("Try again", or new entries).
export const loadViews = onDemand<PanelViews>('panel-views', () => import('./panel-views.js'));
