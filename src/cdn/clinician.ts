// Entry of the clinician's classic script (dist/cdn/homework-elements-clinician.iife.js):
// the review panel and the provider, kept out of the client script and its size budget.
// zod's configuration must run before any schema module is evaluated: imported first.
import './zod-jitless.js';
import '../define/hw-provider.js';
import '../define/hw-review-panel.js';

export { HwReviewPanel } from '../define/hw-review-panel.js';
export { HwProvider } from '../define/hw-provider.js';
