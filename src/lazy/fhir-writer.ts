// The FHIR writer, loaded when the first format="fhir" entry is sent. In the npm build a
// dynamic import the host's bundler splits off; the CDN bundles load dist/cdn/fhir.js from
// beside themselves instead (the .cdn and .cdn-module twins). The one import not through
// onDemand (see docs/development.md, "Lazy modules"): it is called from the sender's chunk,
// and onDemand there would split on-demand.ts out of every widget's first load into a chunk
// shared with the sender. A failed import is asked for again with the entry's next attempt,
// after the sender's backoff.
export type FhirWriter = typeof import('../fhir/to-response.js');

export const loadFhirWriter = (): Promise<FhirWriter> => import('../fhir/to-response.js');
