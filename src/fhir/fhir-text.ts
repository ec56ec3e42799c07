// FHIR strings must hold something other than whitespace and no control characters but
// tab, CR and LF (the validators enforce both). Entries may hold either, so these two
// cases are the only places the mapping is lossy: whitespace-only text travels as "no
// answer" (and comes back as ''), and stray control characters are dropped.

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

/** The text as FHIR can carry it, or undefined when nothing meaningful is left. */
export function fhirString(value: string): string | undefined {
  const cleaned = value.replace(CONTROL, '');
  return cleaned.trim() ? cleaned : undefined;
}
