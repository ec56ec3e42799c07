// The whole library: registers every tag and exports the classes, events, core and the
// review panel's logic. (The client classic script is built from ./client.js alone.)
import './define/hw-review-panel.js';

export * from './client.js';
export { HwReviewPanel } from './define/hw-review-panel.js';
export * from './review/index.js';
