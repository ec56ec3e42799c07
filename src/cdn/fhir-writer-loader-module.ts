// The ES-module CDN bundle loads the FHIR writer from beside itself too (dist/cdn/fhir.js),
// instead of splitting it into chunks/: a split would also move the English messages it
// shares with the widgets into a chunk the bundle then needs up front.
import type { FhirWriter } from '../sync/fhir-writer-loader.js';

// A variable, not a literal: Vite would otherwise try to resolve the file at build time.
const file = 'fhir.js';

export const loadFhirWriter = (): Promise<FhirWriter> =>
  import(/* @vite-ignore */ new URL(file, import.meta.url).href) as Promise<FhirWriter>;
