// Classic-script twin of fhir-writer.ts. The classic script cannot split code, so the FHIR writer is published beside it
// as dist/cdn/fhir.js and imported from the script's own URL on first use (same origin as
// the script, so a CSP that allows the script allows it too). Like the translations.
import { onDemand } from '../core/on-demand.js';
import type { FhirWriter } from './fhir-writer.js';
import { importBesideScript } from '../cdn/script-url.js';

export const loadFhirWriter = onDemand(
  'fhir.js',
  async (attempt) => (await importBesideScript('fhir.js', attempt)) as unknown as FhirWriter,
);
