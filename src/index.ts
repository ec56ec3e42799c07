// The whole library: registers every tag and exports the classes, events and core.
import './define/hw-provider.js';
import './define/hw-thought-record.js';
import './define/hw-mood-tracker.js';
import './define/hw-behavioural-experiment.js';
import './define/hw-review-panel.js';

export { HwProvider } from './define/hw-provider.js';
export { HwThoughtRecord } from './define/hw-thought-record.js';
export { HwMoodTracker } from './define/hw-mood-tracker.js';
export { HwBehaviouralExperiment } from './define/hw-behavioural-experiment.js';
export { HwReviewPanel } from './define/hw-review-panel.js';
export * from './review/index.js';
export * from './events.js';
export * from './core/index.js';
export { registerMessages, shippedLocales } from './i18n/catalogue.js';
export type { MessageKey, Messages } from './i18n/en/index.js';
export { VERSION } from './version.js';
export { clearLocalData, type ClearLocalDataOptions, type ClearLocalDataResult } from './storage/sign-out.js';
