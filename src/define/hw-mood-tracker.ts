// Registers <hw-mood-tracker>.
import { HwMoodTracker } from '../elements/mood-tracker/hw-mood-tracker.js';
import { defineElement } from './define-element.js';

export { HwMoodTracker };
defineElement('hw-mood-tracker', HwMoodTracker);

declare global {
  interface HTMLElementTagNameMap {
    'hw-mood-tracker': HwMoodTracker;
  }
}
