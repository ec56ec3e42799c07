// The clinician's classic script holds zod anyway (the composer checks assignments as they
// are typed): the schemas without the lazy wrapper (replaces src/core/lazy-schemas.ts there).
import type { Schemas } from '../core/lazy-schemas.js';
import * as schemas from '../core/schemas.js';

export type { Schemas } from '../core/lazy-schemas.js';

export const loadSchemas = (): Promise<Schemas> => Promise.resolve(schemas);
export const loadedSchemas = (): Schemas | undefined => schemas;
