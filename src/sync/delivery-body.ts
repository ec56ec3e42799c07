// What an entry is sent as. The device keeps the native entry in the outbox and receipts
// (the mood history, the outbox view and id checks read it); a FHIR body is mapped once,
// when the entry is queued, and stored beside it. Mapping at queue time rather than at
// send time means a library update while an entry waits offline cannot change the body
// sent under an Idempotency-Key the server may already have seen (it would answer 422).
import type { DeliveryFormat } from '../core/config.js';
import type { Entry } from '../core/entry.js';
import { FHIR_CONTENT_TYPE } from '../fhir/content-type.js';
import { toQuestionnaireResponse } from '../fhir/response.js';
import type { OutboxEntry } from '../storage/records.js';

export function deliveryBody(entry: Entry, format: DeliveryFormat): Pick<OutboxEntry, 'body'> {
  if (format !== 'fhir') return {};
  return { body: { contentType: FHIR_CONTENT_TYPE, text: JSON.stringify(toQuestionnaireResponse(entry)) } };
}
