// The classic script's schemas (and zod): dist/cdn/lazy/schemas.js beside it, imported
// when a widget first connects (replaces src/core/lazy-schemas.ts in that build only).
// That file configures its own copy of zod as jitless (see src/cdn/schemas.ts).
import type { Schemas } from '../core/lazy-schemas.js';
import { importBesideScript } from './script-url.js';

export type { Schemas } from '../core/lazy-schemas.js';

let loading: Promise<Schemas> | undefined;
let loaded: Schemas | undefined;

export function loadSchemas(): Promise<Schemas> {
  loading ??= importBesideScript('lazy/schemas.js').then(
    (module) => (loaded = module as unknown as Schemas),
    (error: unknown) => {
      loading = undefined; // tried again on the next call
      throw error;
    },
  );
  return loading;
}

export const loadedSchemas = (): Schemas | undefined => loaded;
