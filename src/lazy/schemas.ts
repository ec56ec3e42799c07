// The schemas (and zod) as a chunk of their own, off an element's first render: loaded
// when a widget connects, awaited where the work is async anyway (draft, submit, fetched
// assignment). The classic script loads them from beside itself (schemas.cdn.ts).
import { onDemand } from '../core/on-demand.js';

export type Schemas = typeof import('../core/schemas.js');

const schemas = onDemand<Schemas>('schemas', () => import('../core/schemas.js'));

export const loadSchemas = (): Promise<Schemas> => schemas();

/** The schemas if they have loaded, for synchronous checks (otherwise: not yet). */
export const loadedSchemas = (): Schemas | undefined => schemas.loaded();
