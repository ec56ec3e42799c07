// Registers <hw-assignment-composer> (and, for its live preview, the client widgets).
import { HwAssignmentComposer } from '../elements/assignment-composer/hw-assignment-composer.js';
import { defineElement } from './define-element.js';

export { HwAssignmentComposer };
// The specificity check (vagueAspects) is not here: it comes with the composer's checks,
// after its first paint. Import it from the main entry, `homework-elements`.
export * from '../core/compose-assignment.js';
defineElement('hw-assignment-composer', HwAssignmentComposer);

declare global {
  interface HTMLElementTagNameMap {
    'hw-assignment-composer': HwAssignmentComposer;
  }
}
