// Registers <hw-review-panel>.
import { HwReviewPanel } from '../elements/review-panel/hw-review-panel.js';
import { defineElement } from './define-element.js';

export { HwReviewPanel };
defineElement('hw-review-panel', HwReviewPanel);

declare global {
  interface HTMLElementTagNameMap {
    'hw-review-panel': HwReviewPanel;
  }
}
