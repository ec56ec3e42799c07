// The schemas (and zod) as a chunk of their own, off an element's first render: loaded
// when a widget connects, awaited where the work is async anyway (draft, submit, fetched
// assignment). The classic script swaps this module for src/cdn/schemas-loader.ts.
export type Schemas = typeof import('./schemas.js');

let loading: Promise<Schemas> | undefined;
let loaded: Schemas | undefined;

export function loadSchemas(): Promise<Schemas> {
  loading ??= import('./schemas.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined; // tried again on the next call
      throw error;
    },
  );
  return loading;
}

/** The schemas if they have loaded, for synchronous checks (otherwise: not yet). */
export const loadedSchemas = (): Schemas | undefined => loaded;
