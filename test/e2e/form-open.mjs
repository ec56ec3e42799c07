// A client widget shows its fields before its saved draft has been read; `.fields` says
// aria-busy="true" until the draft is in. A test that reads a field after a (re)load waits
// for this first, or it may read the field before the draft arrived.
export function formOpen(page, host = 'hw-thought-record') {
  return page.locator(`${host} .fields[aria-busy="false"]`).waitFor();
}
