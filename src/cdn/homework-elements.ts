// Entry of the self-contained CDN bundles (classic script and ES module).
// zod's configuration must run before any schema module is evaluated: imported first.
//
// Importing this registers every client widget. The global (`HomeworkElements` for the
// classic script) is what a page without a bundler calls; the schemas and the rest of the
// DOM-free core stay in the npm build (`homework-elements/core`), which keeps this file
// inside its size budget (see the README, "Size").
import './zod-jitless.js';

// The client widgets only: the clinician's elements are in homework-elements-clinician.iife.js.
// The global holds the widgets, events and a few helpers; the schemas stay in the npm core.
export { HwProvider, HwThoughtRecord, HwMoodTracker, HwBehaviouralExperiment, VERSION } from '../client.js';
export * from '../events.js';
export { registerMessages, shippedLocales } from '../i18n/catalogue.js';
export { clearLocalData } from '../storage/sign-out.js';
