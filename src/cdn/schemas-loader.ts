// The classic script's schemas (and zod): dist/cdn/lazy/schemas.js beside it, imported
// when a widget first connects (replaces src/core/lazy-schemas.ts in that build only).
// That file configures its own copy of zod as jitless (see src/cdn/schemas.ts).
import type { Schemas } from '../core/lazy-schemas.js';
import { onDemand } from '../core/on-demand.js';
import { importBesideScript } from './script-url.js';

export type { Schemas } from '../core/lazy-schemas.js';

const schemas = onDemand(
  'lazy/schemas.js',
  async (attempt) => (await importBesideScript('lazy/schemas.js', attempt)) as unknown as Schemas,
);

export const loadSchemas = (): Promise<Schemas> => schemas();
export const loadedSchemas = (): Schemas | undefined => schemas.loaded();
