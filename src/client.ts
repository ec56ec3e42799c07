// The client's side of the library: registers the client widgets and the provider, and
// exports them with events and core. The client classic script is built from this, so
// clinician widgets (src/index.ts adds them) never count against its size budget.
import './define/hw-provider.js';
import './define/hw-thought-record.js';
import './define/hw-mood-tracker.js';
import './define/hw-behavioural-experiment.js';

export { HwProvider } from './define/hw-provider.js';
export { HwThoughtRecord } from './define/hw-thought-record.js';
export { HwMoodTracker } from './define/hw-mood-tracker.js';
export { HwBehaviouralExperiment } from './define/hw-behavioural-experiment.js';
export * from './events.js';
export * from './core/index.js';
export { registerMessages, shippedLocaleFor, shippedLocales } from './i18n/catalogue.js';
export type { MessageKey, Messages } from './i18n/en/index.js';
export { VERSION } from './version.js';
export { clearLocalData, type ClearLocalDataOptions, type ClearLocalDataResult } from './storage/sign-out.js';
export { discardRefused, findOldWork, OLD_WORK_DAYS, type OldWork } from './storage/old-work.js';
