// Entry of the clinician's classic script (dist/cdn/homework-elements-clinician.iife.js):
// the review panel and the composer, plus the client widgets the composer's live preview
// renders. Pages for clients load the smaller homework-elements.iife.js instead.
// zod's configuration must run before any schema module is evaluated: imported first.
import './zod-jitless.js';
export * from '../index.js';
