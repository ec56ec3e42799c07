import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { useClock } from '../../src/core/clock.js';
import type { HwThoughtRecord } from '../../src/index.js';
import {
  endpoint,
  freshDevice,
  queueFaults,
  requestLog,
  resetServer,
  storedEntries,
  waitFor,
} from '../support/browser-fixtures.js';
import { button, byLabel, shadow, statusText, typeInto } from '../support/shadow.js';

async function ready(el: HwThoughtRecord) {
  await waitFor(() => shadow(el).querySelector('.fields[aria-busy="false"] #situation'), 'the form');
  return el;
}

describe('delivery', () => {
  beforeEach(async () => {
    await freshDevice();
    await resetServer();
  });

  it('refreshes auth once after a 401, then delivers with the new headers', async () => {
    await queueFaults({ status: 401 });
    const calls: boolean[] = [];
    const el = await ready(
      await fixture<HwThoughtRecord>(html`<hw-thought-record endpoint=${await endpoint()}></hw-thought-record>`),
    );
    el.getAuthHeaders = ({ refresh }) => {
      calls.push(refresh);
      return { Authorization: `Bearer ${refresh ? 'fresh' : 'stale'}` };
    };
    await el.updateComplete;
    typeInto(byLabel(el, 'Situation'), 'Needs auth');
    button(el, 'Submit').click();
    await waitFor(async () => (await storedEntries()).length === 1, 'the entry');
    expect(calls).to.deep.equal([false, true]);
    expect((await requestLog()).map((r) => r.status)).to.deep.equal([401, 201]);
  });

  it('keeps the entry and asks the client to sign in again when the refresh does not help', async () => {
    await queueFaults({ status: 401 }, { status: 401 });
    const el = await ready(
      await fixture<HwThoughtRecord>(html`<hw-thought-record endpoint=${await endpoint()}></hw-thought-record>`),
    );
    el.getAuthHeaders = () => ({ Authorization: 'Bearer expired' });
    await el.updateComplete;
    typeInto(byLabel(el, 'Situation'), 'Still unauthorised');
    button(el, 'Submit').click();
    await waitFor(() => statusText(el).includes('please sign in again'), 'the sign-in message');
    expect(await storedEntries()).to.have.length(0);
    // The next flush (e.g. after the host signs the client in again) delivers it.
    await el.retryDelivery();
    await waitFor(async () => (await storedEntries()).length === 1, 'the entry after signing in');
  });

  it('says the server is busy when it answers with an error, and unreachable when nothing answers', async () => {
    await queueFaults({ status: 500 });
    const answered = await ready(
      await fixture<HwThoughtRecord>(html`<hw-thought-record endpoint=${await endpoint()}></hw-thought-record>`),
    );
    typeInto(byLabel(answered, 'Situation'), 'The server fails once');
    button(answered, 'Submit').click();
    await waitFor(() => statusText(answered).includes('the server is busy or had a problem'), 'the busy message');
    expect(statusText(answered)).to.not.contain('could not be reached');

    // Nothing listens on port 9: the request never gets an answer.
    const unanswered = await ready(
      await fixture<HwThoughtRecord>(
        html`<hw-thought-record endpoint="http://127.0.0.1:9/api/homework" draft-key="down"></hw-thought-record>`,
      ),
    );
    typeInto(byLabel(unanswered, 'Situation'), 'The server is down');
    button(unanswered, 'Submit').click();
    await waitFor(() => statusText(unanswered).includes('the server could not be reached'), 'the unreachable message');
  });

  it('fires queued, then delivered, with the entry and its id', async () => {
    const el = await ready(
      await fixture<HwThoughtRecord>(html`<hw-thought-record endpoint=${await endpoint()}></hw-thought-record>`),
    );
    const events: string[] = [];
    let queuedId = '';
    el.addEventListener('hw-entry-queued', (e) => {
      events.push(e.type);
      queuedId = e.entry.id;
    });
    el.addEventListener('hw-entry-delivered', (e) => {
      events.push(e.type);
      expect(e.entryId).to.equal(queuedId);
      expect(e.status).to.equal(201);
    });
    typeInto(byLabel(el, 'Situation'), 'Events');
    button(el, 'Submit').click();
    await waitFor(() => events.includes('hw-entry-delivered'), 'delivered event');
    expect(events).to.deep.equal(['hw-entry-queued', 'hw-entry-delivered']);
    const [stored] = await storedEntries();
    expect(stored.id).to.equal(queuedId);
    expect((await requestLog())[0].key).to.equal(queuedId);
  });

  it('records engagement and the self-review in the entry', async () => {
    const el = await ready(
      await fixture<HwThoughtRecord>(html`<hw-thought-record endpoint=${await endpoint()}></hw-thought-record>`),
    );
    typeInto(byLabel(el, 'Situation'), 'Engaged');
    const effort = shadow(el).querySelectorAll<HTMLInputElement>('input[name="review-effort"]')[3];
    effort.click();
    const obstacle = byLabel(el, 'It felt too big');
    obstacle.click();
    typeInto(byLabel(el, 'What I take from this'), 'Thoughts are not facts');
    button(el, 'Submit').click();
    const entry = await waitFor(async () => (await storedEntries())[0], 'the entry');
    const engagement = entry.engagement as Record<string, unknown>;
    expect(engagement).to.deep.include({ sittings: 1, fieldsFilled: 1, fieldsOffered: 7 });
    expect(engagement.edits).to.be.at.least(4);
    expect(engagement.selfReview).to.deep.equal({
      effort: 3,
      obstacles: ['too-big'],
      reflection: 'Thoughts are not facts',
    });
  });

  it('still sends when the device clock was two days fast at the last failure', async () => {
    const twoDays = 2 * 24 * 60 * 60 * 1000;
    await queueFaults({ status: 503 });
    const el = await ready(
      await fixture<HwThoughtRecord>(html`<hw-thought-record endpoint=${await endpoint()}></hw-thought-record>`),
    );
    useClock({ now: () => Date.now() + twoDays });
    try {
      typeInto(byLabel(el, 'Situation'), 'Clock was wrong');
      button(el, 'Submit').click();
      await waitFor(() => statusText(el).includes('Not sent yet'), 'the retry status');
    } finally {
      useClock();
    }
    // The clock is right again: the next attempt is "two days away" by the stored time.
    await el.retryDelivery();
    await waitFor(async () => (await storedEntries()).length === 1, 'delivery despite the clock jump');
  });
});
