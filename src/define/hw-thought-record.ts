// Registers <hw-thought-record>.
import { HwThoughtRecord } from '../elements/thought-record/hw-thought-record.js';
import { defineElement } from './define-element.js';

export { HwThoughtRecord };
defineElement('hw-thought-record', HwThoughtRecord);

declare global {
  interface HTMLElementTagNameMap {
    'hw-thought-record': HwThoughtRecord;
  }
}
