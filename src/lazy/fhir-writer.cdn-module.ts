// ES-module CDN twin of fhir-writer.ts. The ES-module CDN bundle loads the FHIR writer from beside itself too (dist/cdn/fhir.js),
// instead of splitting it into chunks/: a split would also move the English messages it
// shares with the widgets into a chunk the bundle then needs up front. Pinned like the
// classic script's files (script-url.ts).
import { onDemand } from '../core/on-demand.js';
import type { FhirWriter } from './fhir-writer.js';
import { importPinned } from '../cdn/script-url.js';

export const loadFhirWriter = onDemand(
  'fhir.js',
  async (attempt) => (await importPinned(import.meta.url, 'fhir.js', attempt)) as unknown as FhirWriter,
);
