// Entry of the self-contained CDN bundles (classic script and ES module).
// zod's configuration must run before any schema module is evaluated: imported first.
import './zod-jitless.js';
// The client widgets only: the clinician's elements are in homework-elements-clinician.iife.js.
export * from '../client.js';
