// The clinician's classic-script twin of schemas.ts: that script holds zod anyway (the
// composer checks assignments as they are typed), so no file to wait for.
import type { Schemas } from './schemas.js';
import * as schemas from '../core/schemas.js';

export type { Schemas } from './schemas.js';

export const loadSchemas = (): Promise<Schemas> => Promise.resolve(schemas);
export const loadedSchemas = (): Schemas | undefined => schemas;
