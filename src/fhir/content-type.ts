/** The media type of FHIR JSON (FHIR R4 "http.html#mime-type"). */
export const FHIR_CONTENT_TYPE = 'application/fhir+json';
