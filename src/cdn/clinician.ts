// Entry of the clinician's classic-script bundle: the clinician's elements, plus the client
// widgets the composer's live preview renders. Pages for clients load the smaller
// homework-elements.iife.js instead.
// zod's configuration must run before any schema module is evaluated: imported first.
import './zod-jitless.js';
export * from '../index.js';
