// The classic-script bundle cannot split code, so the FHIR writer is published beside it
// as dist/cdn/fhir.js and imported from the script's own URL on first use (same origin as
// the script, so a CSP that allows the script allows it too). Like the translations.
import type { FhirWriter } from '../sync/fhir-writer-loader.js';

// Captured while the script runs: currentScript is only set during that first evaluation.
const scriptUrl =
  typeof document !== 'undefined' && document.currentScript instanceof HTMLScriptElement
    ? document.currentScript.src
    : undefined;

export const loadFhirWriter = async (): Promise<FhirWriter> => {
  if (!scriptUrl) throw new Error('homework-elements: cannot tell where the script was loaded from');
  return import(/* @vite-ignore */ new URL('fhir.js', scriptUrl).href) as Promise<FhirWriter>;
};
