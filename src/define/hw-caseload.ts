// Registers <hw-caseload>.
import { HwCaseload } from '../elements/caseload/hw-caseload.js';
import { defineElement } from './define-element.js';
import type { HwClientOpenEvent } from '../elements/caseload/client-open-event.js';

export { HwCaseload };
export { HwClientOpenEvent } from '../elements/caseload/client-open-event.js';
defineElement('hw-caseload', HwCaseload);

declare global {
  interface HTMLElementTagNameMap {
    'hw-caseload': HwCaseload;
  }
  interface GlobalEventHandlersEventMap {
    'hw-client-open': HwClientOpenEvent;
  }
}
