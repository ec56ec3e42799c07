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
// Types only: the client's list is registered by its own entry (homework-elements/assignment-list),
// not by the whole library; its tag and event still type-check wherever the library's types do.
export type { HwAssignmentList, HwAssignmentOpenEvent } from './define/hw-assignment-list.js';
export * from './core/specificity.js';
export * from './core/compose-assignment.js';
// Apart from the rest of the composer's logic: only its save, loaded later, needs it.
export * from './core/assignment-url.js';
export * from './review/index.js';
