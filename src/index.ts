// The whole library: registers every tag and exports the classes, events, core and the
// review panel's logic. The client widgets live in client.ts, so the client bundle can
// leave the clinician's elements out.
import './define/hw-assignment-composer.js';
import './define/hw-caseload.js';
import './define/hw-review-panel.js';

export * from './client.js';
export { HwAssignmentComposer } from './define/hw-assignment-composer.js';
export { HwReviewPanel } from './define/hw-review-panel.js';
export { HwCaseload, HwClientOpenEvent } from './define/hw-caseload.js';
export * from './core/specificity.js';
export * from './core/compose-assignment.js';
export * from './review/index.js';
