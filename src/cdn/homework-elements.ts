// Entry of the self-contained client CDN bundles (classic script and ES module); the
// clinician has its own (clinician.ts).
// zod's configuration must run before any schema module is evaluated: imported first.
import './zod-jitless.js';
export * from '../client.js';
