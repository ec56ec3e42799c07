// What a queued entry is sent as. The device keeps the native entry in the outbox and the
// receipts (the mood history, the outbox view and id checks read it). With format="fhir"
// the QuestionnaireResponse is mapped by the sender just before the first attempt and
// stored with the entry, so every retry sends the same bytes under the same
// Idempotency-Key, even if the library is updated while the entry waits. Mapping then,
// not at submit, keeps the FHIR code out of the widgets' bundle (it loads on first use)
// and lets a client submit offline without it.
import type { Entry } from '../core/entry.js';
import { FHIR_CONTENT_TYPE } from '../fhir/content-type.js';
import type { OutboxEntry } from '../storage/records.js';
import { loadFhirWriter } from '../lazy/fhir-writer.js';

export async function fhirBody(entry: Entry): Promise<NonNullable<OutboxEntry['body']>> {
  const { toQuestionnaireResponse, ifNoneExist } = await loadFhirWriter();
  return {
    contentType: FHIR_CONTENT_TYPE,
    text: JSON.stringify(toQuestionnaireResponse(entry)),
    // FHIR servers ignore Idempotency-Key: a conditional create is what stops a retry after
    // a lost answer from filing a second response.
    ifNoneExist: ifNoneExist(entry.id),
  };
}
