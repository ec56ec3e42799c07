// dist/cdn/lazy/schemas.js, what the classic script loads on demand (see src/lazy/schemas.cdn.ts):
// zod and the schemas, with zod configured before any schema is built.
import './zod-jitless.js';

export * from '../core/schemas.js';
