// Classic-script twin of schemas.ts: the schemas (and zod) from dist/cdn/lazy/schemas.js
// beside the script, imported when a widget first connects.
// That file configures its own copy of zod as jitless (see src/cdn/schemas.ts).
import type { Schemas } from './schemas.js';
import { onDemand } from '../core/on-demand.js';
import { importBesideScript } from '../cdn/script-url.js';

export type { Schemas } from './schemas.js';

const schemas = onDemand(
  'lazy/schemas.js',
  async (attempt) => (await importBesideScript('lazy/schemas.js', attempt)) as unknown as Schemas,
);

export const loadSchemas = (): Promise<Schemas> => schemas();
export const loadedSchemas = (): Schemas | undefined => schemas.loaded();
