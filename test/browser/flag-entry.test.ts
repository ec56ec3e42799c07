// "Please look at this": the client marks an entry for the clinician's next review. It is a
// field of the entry and an item of the FHIR response, says nobody sees it before the review,
// and leads to the crisis help.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { HwMoodTracker, HwThoughtRecord } from '../../src/index.js';
import type { Entry } from '../../src/core/entry.js';
import { fhirBody } from '../../src/sync/delivery-body.js';
import { endpoint, freshDevice, resetServer, storedEntries, waitFor } from '../support/browser-fixtures.js';
import { button, byLabel, deepActiveElement, shadow, typeInto } from '../support/shadow.js';

function queued(el: HTMLElement): Promise<Entry> {
  return new Promise((resolve) => el.addEventListener('hw-entry-queued', (e) => resolve(e.entry), { once: true }));
}

describe('"Please look at this"', () => {
  beforeEach(async () => {
    await freshDevice();
    await resetServer();
  });

  it('marks the entry, in its data and its FHIR response, and says when it will be seen', async () => {
    const el = await fixture<HwThoughtRecord>(
      html`<hw-thought-record endpoint=${await endpoint()} assignment-id="a-flag"></hw-thought-record>`,
    );
    await waitFor(() => shadow(el).querySelector('.fields[aria-busy="false"] #situation'), 'the form');
    typeInto(byLabel(el, 'Situation'), 'After the phone call');
    const box = byLabel(el, 'Please look at this');
    expect(box.type).to.equal('checkbox');
    expect(box.checked).to.equal(false);
    expect(shadow(el).textContent).to.contain('Your clinician will see this at your next review, not before.');
    box.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();

    const entry = queued(el);
    button(el, 'Submit').click();
    const sent = await entry;
    expect(sent.data.flagged).to.equal(true);
    const stored = await waitFor(async () => (await storedEntries())[0], 'the stored entry');
    expect((stored.data as { flagged?: boolean }).flagged).to.equal(true);
    const body = JSON.parse((await fhirBody(sent)).text) as { item: Array<{ linkId: string; answer?: unknown[] }> };
    expect(body.item.find((item) => item.linkId === 'flagged')?.answer).to.deep.equal([{ valueBoolean: true }]);
    // The form starts afresh, unmarked.
    await waitFor(() => byLabel(el, 'Please look at this').checked === false, 'a fresh, unmarked form');
  });

  it('is absent from an entry the client did not mark', async () => {
    const el = await fixture<HwMoodTracker>(html`<hw-mood-tracker endpoint=${await endpoint()}></hw-mood-tracker>`);
    await waitFor(() => shadow(el).querySelector('.fields[aria-busy="false"] #mood'), 'the check-in');
    typeInto(byLabel(el, 'Mood: how do I feel?'), '6');
    byLabel(el, 'Please look at this').click();
    byLabel(el, 'Please look at this').click();
    await el.updateComplete;
    const entry = queued(el);
    button(el, 'Submit').click();
    const sent = await entry;
    expect(sent.data).not.to.have.property('flagged');
    expect((await fhirBody(sent)).text).not.to.contain('"flagged"');
  });

  it('leads to the crisis help: opened, and focus moved there because the client asked', async () => {
    const el = await fixture<HwMoodTracker>(html`<hw-mood-tracker endpoint=${await endpoint()}></hw-mood-tracker>`);
    await waitFor(() => shadow(el).querySelector('.fields[aria-busy="false"] #mood'), 'the check-in');
    const details = shadow(el).querySelector<HTMLDetailsElement>('details.crisis')!;
    expect(details.open).to.equal(false);
    const link = [...shadow(el).querySelectorAll('.field .hint button')].find(
      (b) => b.textContent?.trim() === 'Need help now?',
    ) as HTMLButtonElement;
    link.click();
    expect(details.open).to.equal(true);
    expect(deepActiveElement()).to.equal(details.querySelector('summary'));
  });
});
