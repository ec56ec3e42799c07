// Old work on a shared or long-used device: a draft untouched for weeks, or an entry the
// server refused weeks ago. The widget asks; only what the client chooses goes.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { HwMoodTracker, HwThoughtRecord } from '../../src/index.js';
import { isoWithOffset } from '../../src/core/clock.js';
import { OLD_WORK_DAYS } from '../../src/storage/old-work.js';
import { getStore } from '../../src/storage/open-store.js';
import type { Draft, OutboxEntry } from '../../src/storage/records.js';
import { endpoint, freshDevice, readStore, resetServer, waitFor } from '../support/browser-fixtures.js';
import { button, byLabel, deepActiveElement, shadow, typeInto } from '../support/shadow.js';
import { moodEntry } from './mood-tracker-seed.js';

const DAY = 86_400_000;
const question = (el: Element) =>
  [...shadow(el).querySelectorAll('[role="group"] p')].map((p) => p.textContent!).find((text) => /Keep it/.test(text));

async function record(url: string) {
  const el = await fixture<HwThoughtRecord>(html`<hw-thought-record endpoint=${url}></hw-thought-record>`);
  await waitFor(() => shadow(el).querySelector('.fields[aria-busy="false"] #situation'), 'the form');
  return el;
}

/** A draft the client wrote, then left for `days`. */
async function leaveDraft(url: string, days: number): Promise<void> {
  const el = await record(url);
  typeInto(byLabel(el, 'Situation'), 'Argument with my flatmate');
  await waitFor(async () => ((await readStore('drafts')) as Draft[]).length === 1, 'the saved draft');
  el.remove();
  const store = await getStore();
  const [draft] = await store.listDrafts();
  await store.putDraft({ ...draft, updatedAt: isoWithOffset(Date.now() - days * DAY) });
}

describe('old work on this device', () => {
  beforeEach(async () => {
    await freshDevice();
    await resetServer();
  });

  it(`asks about a draft untouched for ${OLD_WORK_DAYS} days, and keeps it when asked to`, async () => {
    const url = await endpoint();
    await leaveDraft(url, OLD_WORK_DAYS + 5);
    const el = await record(url);
    await waitFor(() => question(el), 'the question');
    expect(question(el)).to.contain('You started this on');
    await expect(el).shadowDom.to.be.accessible();
    button(el, 'Keep it').click();
    await waitFor(() => !question(el), 'the question to go');
    expect(byLabel<HTMLTextAreaElement>(el, 'Situation').value).to.equal('Argument with my flatmate');
    expect(await readStore('drafts')).to.have.length(1);
  });

  it('discards the old draft only when the client says so, leaving no trace of it', async () => {
    const url = await endpoint();
    await leaveDraft(url, OLD_WORK_DAYS + 5);
    const el = await record(url);
    await waitFor(() => question(el), 'the question');
    expect(await readStore('drafts'), 'asking deletes nothing').to.have.length(1);
    button(el, 'Discard it').click();
    await waitFor(async () => (await readStore('drafts')).length === 0, 'the draft gone from the device');
    expect(byLabel<HTMLTextAreaElement>(el, 'Situation').value).to.equal('');
    expect(question(el)).to.equal(undefined);
    expect(deepActiveElement()?.id).to.equal('title');
  });

  it('does not ask about recent work', async () => {
    const url = await endpoint();
    await leaveDraft(url, OLD_WORK_DAYS - 5);
    const el = await record(url);
    await waitFor(() => byLabel<HTMLTextAreaElement>(el, 'Situation').value !== '', 'the restored draft');
    expect(question(el)).to.equal(undefined);
  });

  it('asks about an entry refused weeks ago, and discards only that one', async () => {
    const url = await endpoint();
    const store = await getStore();
    const queued = (daysAgo: number): OutboxEntry => {
      const entry = {
        ...moodEntry({ daysAgo, hour: 9, mood: { value: 5, scale: '0-10' }, sent: false }),
        subject: null,
      };
      return {
        id: entry.id,
        endpoint: url,
        entry,
        state: 'rejected',
        attempts: 1,
        nextAttemptAt: Date.now() + DAY,
        queuedAt: Date.now() - daysAgo * DAY,
        lastError: 'Too long for this clinic',
      };
    };
    const [old, recent] = [queued(OLD_WORK_DAYS + 10), queued(2)];
    for (const item of [old, recent]) await store.queueEntry(`mood-tracker:${item.id}`, item);
    const el = await fixture<HwMoodTracker>(html`<hw-mood-tracker endpoint=${url}></hw-mood-tracker>`);
    await waitFor(() => question(el), 'the question');
    expect(question(el)).to.contain('was not accepted by the server (Too long for this clinic)');
    expect(question(el)).to.contain('still kept on this device');
    button(el, 'Discard it').click();
    await waitFor(async () => (await readStore('outbox')).length === 1, 'the old refused entry gone');
    expect(((await readStore('outbox')) as OutboxEntry[])[0].id).to.equal(recent.id);
    expect(question(el)).to.equal(undefined);
  });
});

describe('coming back to a draft', () => {
  beforeEach(freshDevice);

  it('says the words were kept, and the note goes once the client writes on', async () => {
    const url = await endpoint();
    await leaveDraft(url, 2);
    const el = await record(url);
    await waitFor(() => shadow(el).querySelector('#kept'), 'the note');
    expect(shadow(el).querySelector('#kept')!.textContent).to.contain('We kept what you wrote here on');
    typeInto(byLabel(el, 'Situation'), 'Argument with my flatmate, and after');
    await el.updateComplete;
    expect(shadow(el).querySelector('#kept')).to.equal(null);
  });

  it('shows no note on a first visit', async () => {
    const el = await record(await endpoint());
    expect(shadow(el).querySelector('#kept')).to.equal(null);
  });
});
