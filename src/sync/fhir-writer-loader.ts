// The FHIR writer, loaded when the first format="fhir" entry is sent. In the npm build a
// dynamic import the host's bundler splits off; the classic-script bundle swaps this module
// for src/cdn/fhir-writer-loader.ts. Not kept in a promise: a failed import is asked for
// again with the entry's next attempt, and the sender already backs off (on-demand.ts would
// only add a shared chunk to every widget's first load).
export type FhirWriter = typeof import('../fhir/to-response.js');

export const loadFhirWriter = (): Promise<FhirWriter> => import('../fhir/to-response.js');
