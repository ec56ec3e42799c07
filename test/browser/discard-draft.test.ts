// "Discard this draft" on a shared device: asked in place, then no trace of that draft is
// left in IndexedDB, while entries already queued for sending stay.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { HwThoughtRecord } from '../../src/index.js';
import { freshDevice, readStore, waitFor } from '../support/browser-fixtures.js';
import { button, byLabel, deepActiveElement, shadow, typeInto } from '../support/shadow.js';

/** Nothing listens on port 9 (discard): deliveries fail, so a submitted entry stays queued. */
const UNREACHABLE = 'http://127.0.0.1:9/api/homework';
const SECRET = 'Words typed on a shared computer';

async function record() {
  const el = await fixture<HwThoughtRecord>(
    html`<hw-thought-record endpoint=${UNREACHABLE} assignment-id="a-discard"></hw-thought-record>`,
  );
  await waitFor(() => shadow(el).querySelector('.fields[aria-busy="false"] #situation'), 'the form');
  return el;
}

/** Everything IndexedDB holds for the library, as text (records of every store). */
async function everythingStored(): Promise<string> {
  const stores = await Promise.all(
    (['drafts', 'outbox', 'receipts'] as const).map(async (name) => JSON.stringify(await readStore(name))),
  );
  return stores.join('\n');
}

async function draftSaved(text: string) {
  await waitFor(async () => (await everythingStored()).includes(text), 'the draft saved on the device');
}

describe('discard this draft', () => {
  beforeEach(freshDevice);

  it('is offered only once something is written, and asks before deleting', async () => {
    const el = await record();
    expect(() => button(el, 'Discard this draft')).to.throw();
    typeInto(byLabel(el, 'Situation'), SECRET);
    await draftSaved(SECRET);
    button(el, 'Discard this draft').click();
    await el.updateComplete;
    const question = shadow(el).querySelector('#discard')!;
    expect(question.textContent).to.contain('Discard this draft?').and.contain('cannot be brought back');
    expect(deepActiveElement()).to.equal(question);
    await expect(el).to.be.accessible();

    button(el, 'Keep it').click();
    await el.updateComplete;
    expect(shadow(el).querySelector('#discard')).to.equal(null);
    expect(deepActiveElement()).to.equal(button(el, 'Discard this draft'));
    expect(byLabel(el, 'Situation').value).to.equal(SECRET);
    expect(await everythingStored()).to.contain(SECRET);
  });

  it('leaves no trace of the draft in IndexedDB, and keeps the entries already queued', async () => {
    const el = await record();
    typeInto(byLabel(el, 'Situation'), 'Sent earlier, waiting for the network');
    button(el, 'Submit').click();
    await waitFor(async () => (await readStore('outbox')).length === 1, 'the first entry queued');

    typeInto(byLabel(el, 'Situation'), SECRET);
    button(el, 'Add a mood').click();
    await el.updateComplete;
    typeInto(byLabel(el, 'Moods: word for mood 1'), 'ashamed');
    await draftSaved('ashamed');
    const [draft] = (await readStore('drafts')) as Array<{ entryId: string }>;

    button(el, 'Discard this draft').click();
    await el.updateComplete;
    button(el, 'Discard the draft').click();
    await waitFor(() => byLabel(el, 'Situation').value === '', 'an empty form');
    await waitFor(async () => (await readStore('drafts')).length === 0, 'the stored draft deleted');

    const stored = await everythingStored();
    expect(stored).not.to.contain(SECRET);
    expect(stored).not.to.contain('ashamed');
    expect(stored).not.to.contain(draft.entryId);
    const outbox = (await readStore('outbox')) as Array<{ entry: { data: { situation: string } } }>;
    expect(outbox.map((item) => item.entry.data.situation)).to.deep.equal(['Sent earlier, waiting for the network']);
    expect(deepActiveElement()).to.equal(shadow(el).querySelector('#title'));
    expect(() => button(el, 'Discard this draft')).to.throw();
  });
});
