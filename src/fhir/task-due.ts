// An assignment's due date as FHIR can carry it, and what it cannot, so nothing is dropped.
// FHIR's dateTime needs seconds and a time zone once it has a time: `18:00+01:00` gains
// `:00`; a local time without a zone (what a datetime-local field gives) cannot be placed
// on the timeline, so the day goes into the period and the time into a note, as written.

export interface FhirDue {
  /** restriction.period.end */
  end?: string;
  /** What the period cannot say: the due date as the clinician wrote it. */
  note?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ZONED = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(\.\d+)?)?$/;

export function fhirDue(dueDate: string | undefined): FhirDue {
  const due = dueDate?.trim();
  if (!due) return {};
  if (DAY.test(due)) return { end: due };
  const zoned = ZONED.exec(due);
  if (zoned) return { end: `${zoned[1]}${zoned[2] ?? ':00'}${zoned[4]}` };
  const local = LOCAL.exec(due);
  if (local) return { end: local[1], note: `Due ${local[1]} at ${local[2]} (local time; no time zone was given)` };
  return { note: `Due: ${due}` };
}
