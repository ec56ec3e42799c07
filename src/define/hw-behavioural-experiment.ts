// Registers <hw-behavioural-experiment>.
import { HwBehaviouralExperiment } from '../elements/behavioural-experiment/hw-behavioural-experiment.js';
import { defineElement } from './define-element.js';

export { HwBehaviouralExperiment };
defineElement('hw-behavioural-experiment', HwBehaviouralExperiment);

declare global {
  interface HTMLElementTagNameMap {
    'hw-behavioural-experiment': HwBehaviouralExperiment;
  }
}
