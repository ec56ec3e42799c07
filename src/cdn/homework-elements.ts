// Entry of the self-contained client CDN bundles (classic script and ES module); the
// clinician has its own (clinician.ts).
//
// Importing this registers every client widget. The global (`HomeworkElements` for the
// classic script) is what a page without a bundler calls; the schemas, `validateEntry`,
// `parseAssignment` and the rest of the DOM-free core stay in the npm build
// (`homework-elements/core`) and the clinician's script: zod is not part of this file, which
// keeps it inside its size budget (see bench/README.md, "Size budgets"). The widgets load zod with the
// schemas after their first render: the classic script from lazy/schemas.js beside it (which
// configures its own zod), the ES module as a chunk that shares this file's zod.
// zod's configuration must run before any schema module is evaluated: imported first.
import './zod-jitless.js';

// The client widgets only: the clinician's elements are in homework-elements-clinician.iife.js.
export { HwProvider, HwThoughtRecord, HwMoodTracker, HwBehaviouralExperiment, VERSION } from '../client.js';
export * from '../events.js';
export { registerMessages, shippedLocales } from '../i18n/catalogue.js';
export { clearLocalData } from '../storage/sign-out.js';
export { discardRefused, findOldWork } from '../storage/old-work.js';
