// Registers <hw-provider>.
import { HwProvider } from '../elements/provider/hw-provider.js';
import { defineElement } from './define-element.js';

export { HwProvider };
defineElement('hw-provider', HwProvider);

declare global {
  interface HTMLElementTagNameMap {
    'hw-provider': HwProvider;
  }
}
