// The FHIR writer, loaded when the first format="fhir" entry is sent. In the npm build a
// dynamic import the host's bundler splits off; the classic-script bundle swaps this module
// for src/cdn/fhir-writer-loader.ts. A failed load is retried with the entry (on-demand.ts).
import { onDemand } from '../core/on-demand.js';

export type FhirWriter = typeof import('../fhir/to-response.js');

export const loadFhirWriter = onDemand<FhirWriter>('fhir-writer', () => import('../fhir/to-response.js'));
