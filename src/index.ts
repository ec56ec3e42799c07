// The whole library: registers every tag and exports the classes, events and core.
// The client widgets live in client.ts, so the client bundle can leave the clinician's
// elements out.
import './define/hw-assignment-composer.js';

export * from './client.js';
export { HwAssignmentComposer } from './define/hw-assignment-composer.js';
export * from './core/specificity.js';
export * from './core/compose-assignment.js';
