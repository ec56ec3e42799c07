// Registers <hw-assignment-list>.
import { HwAssignmentList } from '../elements/assignment-list/hw-assignment-list.js';
import { defineElement } from './define-element.js';
import type { HwAssignmentOpenEvent } from '../elements/assignment-list/assignment-open-event.js';

export { HwAssignmentList };
export { HwAssignmentOpenEvent } from '../elements/assignment-list/assignment-open-event.js';
export { clearCachedLists } from '../elements/assignment-list/list-cache.js';
defineElement('hw-assignment-list', HwAssignmentList);

declare global {
  interface HTMLElementTagNameMap {
    'hw-assignment-list': HwAssignmentList;
  }
  interface GlobalEventHandlersEventMap {
    'hw-assignment-open': HwAssignmentOpenEvent;
  }
}
