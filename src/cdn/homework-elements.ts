// Entry of the self-contained CDN bundles (classic script and ES module).
// zod's configuration must run before any schema module is evaluated: imported first.
import './zod-jitless.js';
export * from '../index.js';
