// What is particular to the thought record. Draft restore, configuration errors, right to left
// and form participation are in the shared exercise suite (exercise-suite.test.ts).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { HwThoughtRecord } from '../../src/index.js';
import {
  endpoint,
  freshDevice,
  queueFaults,
  readStore,
  requestLog,
  resetServer,
  storedEntries,
  waitFor,
} from '../support/browser-fixtures.js';
import { alertText, button, byLabel, shadow, statusText, typeInto } from '../support/shadow.js';

async function recordAt(url: string, extra: Partial<HwThoughtRecord> = {}) {
  const el = await fixture<HwThoughtRecord>(
    html`<hw-thought-record endpoint=${url} assignment-id="a-1"></hw-thought-record>`,
  );
  Object.assign(el, extra);
  await waitFor(() => shadow(el).querySelector('.fields[aria-busy="false"] #situation'), 'the form to load');
  return el;
}

describe('<hw-thought-record>', () => {
  beforeEach(async () => {
    await freshDevice();
    await resetServer();
  });

  it('shows all seven steps, each control labelled with its step name', async () => {
    const el = await recordAt(await endpoint());
    button(el, 'Add a mood').click();
    button(el, 'Add a thought').click();
    await el.updateComplete;
    typeInto(byLabel(el, 'Moods: word for mood 1'), 'anxious');
    await el.updateComplete;
    for (const label of [
      'Situation',
      'Moods: word for mood 1',
      'Moods: how strong was mood 1',
      'Automatic thoughts: thought 1',
      'Evidence that supports the hot thought',
      'Evidence that does not support the hot thought',
      'Balanced thought: a different way',
      'Balanced thought: how much',
      'Re-rate moods: anxious',
    ]) {
      expect(byLabel(el, label), label).to.exist;
    }
    const submit = button(el, 'Submit');
    expect(submit.textContent).to.contain('Submit');
  });

  it('offers three steps when the assignment asks for three columns', async () => {
    const el = await recordAt(await endpoint());
    el.assignment = { id: 'a-1', exercise: 'thought-record', columns: 3 };
    await el.updateComplete;
    expect(() => byLabel(el, 'Evidence that supports')).to.throw();
    expect(byLabel(el, 'Situation')).to.exist;
    expect(shadow(el).textContent).to.contain('Step 3 of 3');
  });

  it('delivers a submitted entry exactly once and keeps a receipt', async () => {
    const el = await recordAt(await endpoint());
    const delivered = new Promise<Event>((resolve) => el.addEventListener('hw-entry-delivered', resolve));
    typeInto(byLabel(el, 'Situation'), 'Argument with my brother');
    button(el, 'Submit').click();
    await delivered;
    await waitFor(() => statusText(el).includes('Sent'), '"Sent" status');
    const stored = await storedEntries();
    expect(stored).to.have.length(1);
    expect(stored[0]).to.deep.include({ exercise: 'thought-record', assignmentId: 'a-1', status: 'completed' });
    expect((stored[0].data as { situation: string }).situation).to.equal('Argument with my brother');
    expect(await readStore('outbox')).to.have.length(0);
    expect(await readStore('receipts')).to.have.length(1);
    expect(await readStore('drafts')).to.have.length(0);
    // The form is fresh for the next one.
    expect(byLabel<HTMLTextAreaElement>(el, 'Situation').value).to.equal('');
  });

  it('queues one entry when Submit is clicked many times in a row', async () => {
    const el = await recordAt(await endpoint());
    typeInto(byLabel(el, 'Situation'), 'Double click');
    const submit = button(el, 'Submit');
    for (let i = 0; i < 5; i++) submit.click();
    await waitFor(async () => (await storedEntries()).length === 1, 'the entry on the server');
    await waitFor(async () => (await readStore('outbox')).length === 0, 'an empty outbox');
    expect(await storedEntries()).to.have.length(1);
    expect((await requestLog()).length).to.equal(1);
  });

  it('retries after a 500 with the same Idempotency-Key and stores one record', async () => {
    await queueFaults({ status: 500 });
    const el = await recordAt(await endpoint());
    typeInto(byLabel(el, 'Situation'), 'Server hiccup');
    button(el, 'Submit').click();
    await waitFor(() => statusText(el).includes('Not sent yet'), 'retrying status');
    await waitFor(async () => (await storedEntries()).length === 1, 'the retried entry', 10_000);
    const log = await requestLog();
    expect(log.map((r) => r.status)).to.deep.equal([500, 201]);
    expect(log[0].key).to.equal(log[1].key);
  });

  it('stores one record when the server commits and then drops the connection', async () => {
    await queueFaults({ dropAfterCommit: true });
    const el = await recordAt(await endpoint());
    typeInto(byLabel(el, 'Situation'), 'Dropped connection');
    button(el, 'Submit').click();
    await waitFor(async () => (await readStore('outbox')).length === 0, 'delivery after the drop', 10_000);
    expect(await storedEntries()).to.have.length(1);
    const log = await requestLog();
    expect(log).to.have.length(2);
    expect(log[0].key).to.equal(log[1].key);
  });

  it('shows a 422 message as text, keeps the entry and does not retry in a loop', async () => {
    await queueFaults({ status: 422, body: { message: '<b>Situation</b> is required by our clinic' } });
    const el = await recordAt(await endpoint());
    const rejected = new Promise<Event>((resolve) => el.addEventListener('hw-entry-rejected', resolve));
    typeInto(byLabel(el, 'Situation'), 'Rejected one');
    button(el, 'Submit').click();
    await rejected;
    await el.updateComplete;
    expect(alertText(el)).to.contain('Not accepted by the server: <b>Situation</b> is required by our clinic');
    // The form is empty for a new one: the client is told their answers are not lost.
    expect(alertText(el)).to.contain('Your answers are kept on this device');
    expect(shadow(el).querySelector('b')).to.equal(null);
    // …and can copy them: the refused entry's words, as text.
    const answers = await waitFor(
      () => shadow(el).querySelector<HTMLTextAreaElement>('[part="rejected"] details textarea'),
      'the answers offered',
    );
    expect(shadow(el).querySelector('[part="rejected"] summary')!.textContent).to.equal('Copy your answers');
    expect(byLabel<HTMLTextAreaElement>(el, 'Your answers')).to.equal(answers);
    expect(answers!.readOnly).to.equal(true);
    expect(JSON.parse(answers!.value).answers.situation).to.equal('Rejected one');
    const outbox = (await readStore('outbox')) as Array<{ state: string }>;
    expect(outbox).to.have.length(1);
    expect(outbox[0].state).to.equal('rejected');
    await el.retryDelivery();
    await el.retryDelivery();
    expect(await requestLog()).to.have.length(1);
  });

  it('renders clinician text with HTML in it as inert text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"></style><script>window.__pwned=2</script>';
    const el = await recordAt(await endpoint());
    el.assignment = { id: 'a-1', exercise: 'thought-record', title: hostile, instructions: hostile, note: hostile };
    await el.updateComplete;
    const root = shadow(el);
    expect(root.querySelector('img')).to.equal(null);
    expect(root.querySelector('script')).to.equal(null);
    expect(root.querySelector('h2')!.textContent).to.equal(hostile);
    expect(root.textContent!.split(hostile).length - 1).to.equal(3);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('keeps the text and stays a draft when the host cancels hw-before-submit', async () => {
    const el = await recordAt(await endpoint());
    el.addEventListener('hw-before-submit', (e) => e.preventDefault());
    typeInto(byLabel(el, 'Situation'), 'Host says not yet');
    button(el, 'Submit').click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(byLabel<HTMLTextAreaElement>(el, 'Situation').value).to.equal('Host says not yet');
    expect(await readStore('outbox')).to.have.length(0);
  });

  it('explains what is missing instead of submitting an empty record', async () => {
    const el = await recordAt(await endpoint());
    button(el, 'Submit').click();
    await el.updateComplete;
    expect(alertText(el)).to.contain('Situation: please describe what happened.');
    expect(shadow(el).activeElement?.id).to.equal('submit-problems');
    expect(await readStore('outbox')).to.have.length(0);
  });

  it('takes its endpoint from an enclosing <hw-provider>', async () => {
    const url = await endpoint();
    const wrapper = await fixture(
      html`<hw-provider endpoint=${url} subject="client-42">
        <hw-thought-record draft-key="provider-test"></hw-thought-record>
      </hw-provider>`,
    );
    const el = wrapper.querySelector('hw-thought-record')!;
    await waitFor(() => shadow(el).querySelector('.fields[aria-busy="false"] #situation'), 'the form');
    typeInto(byLabel(el, 'Situation'), 'Through the provider');
    button(el, 'Submit').click();
    const entry = await waitFor(async () => (await storedEntries())[0], 'the entry');
    expect(entry.subject).to.equal('client-42');
  });

  it('gives a second submit of the same draft (another tab) its own id, so no key is reused', async () => {
    const url = await endpoint();
    const first = await recordAt(url);
    typeInto(byLabel(first, 'Situation'), 'Started in the first tab');
    await waitFor(() => statusText(first).includes('Saved on this device'), 'the saved draft');
    // A second widget on the same draft key, like a second tab: it restores the same entry id.
    const second = await recordAt(url);
    expect(byLabel<HTMLTextAreaElement>(second, 'Situation').value).to.equal('Started in the first tab');
    typeInto(byLabel(first, 'Situation'), 'Written in the first tab');
    typeInto(byLabel(second, 'Situation'), 'Written in the second tab');
    button(first, 'Submit').click();
    await waitFor(async () => (await storedEntries()).length === 1, 'the first entry');
    button(second, 'Submit').click();
    await waitFor(async () => (await storedEntries()).length === 2, 'the second entry');
    const stored = await storedEntries();
    expect(new Set(stored.map((e) => e.id)).size).to.equal(2);
    expect(stored.map((e) => (e.data as { situation: string }).situation).sort()).to.deep.equal([
      'Written in the first tab',
      'Written in the second tab',
    ]);
    expect((await requestLog()).map((r) => r.status)).to.deep.equal([201, 201]);
  });

  it('keeps at most 10,000 characters even when a script sets more than maxlength allows', async () => {
    const el = await recordAt(await endpoint());
    typeInto(byLabel(el, 'Situation'), 'x'.repeat(1_000_000));
    await waitFor(() => statusText(el).includes('Saved on this device'), 'saved');
    const [draft] = (await readStore('drafts')) as Array<{ data: { situation: string } }>;
    expect(draft.data.situation).to.have.length(10_000);
    expect(shadow(el).textContent).to.contain('This text is too long');
  });
});
