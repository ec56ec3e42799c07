import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import type { HwMoodTracker } from '../../src/index.js';
import type { Assignment } from '../../src/core/assignment.js';
import {
  endpoint,
  freshDevice,
  queueFaults,
  readStore,
  resetServer,
  storedEntries,
  waitFor,
} from '../support/browser-fixtures.js';
import { alertText, button, byLabel, shadow, statusText, typeInto } from '../support/shadow.js';
import { moodEntry, seedCheckIns } from './mood-tracker-seed.js';
import { getStore } from '../../src/storage/open-store.js';
import { MemoryStore } from '../../src/storage/memory-store.js';
import { makeReceipt } from '../../src/storage/receipts.js';

async function trackerAt(url: string, assignment?: Assignment, scale?: string) {
  const el = await fixture<HwMoodTracker>(
    assignment
      ? html`<hw-mood-tracker endpoint=${url} .assignment=${assignment}></hw-mood-tracker>`
      : scale
        ? html`<hw-mood-tracker endpoint=${url} assignment-id="m-1" scale=${scale}></hw-mood-tracker>`
        : html`<hw-mood-tracker endpoint=${url} assignment-id="m-1"></hw-mood-tracker>`,
  );
  await waitFor(
    () => shadow(el).querySelector('.fields[aria-busy="false"] #mood, .fields[aria-busy="false"] input[name="mood"]'),
    'the check-in to load',
  );
  await waitFor(() => shadow(el).querySelector('.history'), 'the history to load');
  return el;
}

const moodSlider = (el: HwMoodTracker) => byLabel(el, 'Mood: how do I feel?');
const historyText = (el: HwMoodTracker) =>
  shadow(el).querySelector('.history')!.textContent!.replace(/\s+/g, ' ').trim();
const dots = (el: HwMoodTracker, selector: string) => shadow(el).querySelectorAll(`.chart ${selector}`).length;

/**
 * A real mouse tap at `across` of the element's width, on its middle line. The element is
 * brought into view and the layout left to settle first: the tap goes by page coordinates,
 * so a line that appears above it in between would move the target from under it.
 */
async function tap(element: Element, across = 0.5) {
  element.scrollIntoView({ block: 'center' });
  await new Promise((settled) => requestAnimationFrame(() => requestAnimationFrame(settled)));
  const box = element.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(box.x + box.width * across), Math.round(box.y + box.height / 2)],
  });
}

function setRange(input: HTMLInputElement, value: number) {
  typeInto(input, String(value));
}

type MoodData = {
  at: string;
  mood: { value: number; scale: string };
  emotions: { name: string; intensity?: number }[];
  doing: string;
  withWhom: string;
  trigger: string;
  sleep?: { hours?: number; quality?: number };
  activity?: { name: string; mastery?: number; pleasure?: number };
  note: string;
};

describe('<hw-mood-tracker>', () => {
  beforeEach(async () => {
    await freshDevice();
    await resetServer();
  });

  it('labels the mood and every optional part by name', async () => {
    const el = await trackerAt(await endpoint());
    for (const label of [
      'Mood: how do I feel? (0 = very low, 10 = very good)',
      'What was I doing?',
      'Who was I with?',
      'What triggered it?',
      'Sleep: hours last night',
      'Activity: what did I do?',
      'Activity: mastery',
      'Activity: pleasure',
      'Note',
    ]) {
      expect(byLabel(el, label), label).to.exist;
    }
    const legends = [...shadow(el).querySelectorAll('legend')].map((l) => l.textContent!.trim());
    expect(legends).to.include.members(['When', 'Emotions: what am I feeling?', 'Sleep: how well did I sleep?']);
    const summaries = [...shadow(el).querySelectorAll('summary')].map((s) => s.textContent!.trim());
    expect(summaries.slice(0, 5)).to.deep.equal([
      'Need help now?',
      'Emotions (optional)',
      'What was happening (optional)',
      'Sleep (optional)',
      'Activity (optional)',
    ]);
    expect(button(el, 'Submit').textContent).to.contain('Submit');
  });

  it('shows the mood as not rated until the client chooses, and will not submit without it', async () => {
    const el = await trackerAt(await endpoint());
    const slider = moodSlider(el);
    expect(slider.getAttribute('aria-valuetext')).to.equal('Not rated yet');
    expect(slider.parentElement!.querySelector('output')!.textContent).to.equal('Not rated yet');
    button(el, 'Submit').click();
    await el.updateComplete;
    expect(alertText(el)).to.contain('Mood: choose how you feel');
    expect(shadow(el).activeElement?.id).to.equal('submit-problems');
    expect(await readStore('outbox')).to.have.length(0);

    setRange(slider, 6);
    await el.updateComplete;
    expect(slider.getAttribute('aria-valuetext')).to.equal('6 of 10');
    expect(alertText(el)).to.equal('');
  });

  it('shows the slider after "Rate it", then takes a single tap, even on the middle where it rests', async () => {
    const el = await trackerAt(await endpoint());
    const slider = moodSlider(el);
    // Unrated, no slider shows (so none can be tapped by chance): a tap on "Rate it" brings it.
    expect(slider.checkVisibility()).to.equal(false);
    await tap(button(el, 'Rate it'));
    await waitFor(() => slider.checkVisibility(), 'the slider shown');
    expect(slider.getAttribute('aria-valuetext')).to.equal('Not rated yet');
    await tap(slider);
    await waitFor(() => slider.getAttribute('aria-valuetext') === '5 of 10', 'the middle chosen by a tap');
    expect(slider.classList.contains('unrated')).to.equal(false);
    await tap(slider, 0.95);
    await waitFor(() => Number(slider.value) >= 9, 'a value near the end chosen by a tap');
    expect(slider.getAttribute('aria-valuetext')).to.equal(`${slider.value} of 10`);
  });

  it('delivers a check-in with the raw mood, its scale and every optional part', async () => {
    const el = await trackerAt(await endpoint());
    setRange(moodSlider(el), 3);
    byLabel(el, 'Anxious').click();
    await el.updateComplete;
    setRange(byLabel(el, 'Emotions: how strong is "Anxious"'), 8);
    byLabel(el, 'Tired').click();
    typeInto(byLabel(el, 'What was I doing?'), 'Answering emails');
    typeInto(byLabel(el, 'Who was I with?'), 'Alone');
    typeInto(byLabel(el, 'What triggered it?'), 'A message from my boss');
    setRange(byLabel(el, 'Sleep: hours last night'), 13);
    byLabel(el, '1').click();
    typeInto(byLabel(el, 'Activity: what did I do?'), 'Walk by the river');
    setRange(byLabel(el, 'Activity: mastery'), 6);
    setRange(byLabel(el, 'Activity: pleasure'), 2);
    typeInto(byLabel(el, 'Note'), 'Rain all day 🌧️');
    await el.updateComplete;
    expect(byLabel(el, 'Sleep: hours last night').getAttribute('aria-valuetext')).to.equal('6.5 hours');
    const before = Date.now();
    button(el, 'Submit').click();

    const entry = await waitFor(async () => (await storedEntries())[0], 'the delivered check-in');
    expect(entry).to.deep.include({ exercise: 'mood-tracker', schema: 'mood-tracker/1', assignmentId: 'm-1' });
    const data = entry.data as MoodData;
    expect(data.mood).to.deep.equal({ value: 3, scale: '0-10' });
    expect(data.emotions).to.deep.equal([{ name: 'anxious', intensity: 8 }, { name: 'tired' }]);
    expect(data).to.deep.include({
      doing: 'Answering emails',
      withWhom: 'Alone',
      trigger: 'A message from my boss',
      note: 'Rain all day 🌧️',
    });
    expect(data.sleep).to.deep.equal({ hours: 6.5, quality: 1 });
    expect(data.activity).to.deep.equal({ name: 'Walk by the river', mastery: 6, pleasure: 2 });
    // "Now": the moment of submitting, with the device's offset.
    expect(Date.parse(data.at)).to.be.within(before - 1000, Date.now() + 1000);
    expect(data.at).to.match(/[+-]\d{2}:\d{2}$/);
    expect((entry.engagement as { fieldsFilled: number; fieldsOffered: number }).fieldsFilled).to.equal(6);
    await waitFor(() => statusText(el).includes('Sent'), '"Sent" status');
  });

  it('keeps every check-in as its own entry, many in a day, and starts the next one empty', async () => {
    const el = await trackerAt(await endpoint());
    for (const value of [2, 7, 4]) {
      setRange(moodSlider(el), value);
      await el.updateComplete;
      expect(moodSlider(el).getAttribute('aria-valuetext')).to.equal(`${value} of 10`);
      const queued = new Promise((resolve) => el.addEventListener('hw-entry-queued', resolve, { once: true }));
      button(el, 'Submit').click();
      await queued;
      await el.updateComplete;
      expect(moodSlider(el).getAttribute('aria-valuetext')).to.equal('Not rated yet');
    }
    await waitFor(async () => (await storedEntries()).length === 3, 'three records');
    const stored = await storedEntries();
    expect(new Set(stored.map((entry) => entry.id)).size).to.equal(3);
    expect(stored.map((entry) => (entry.data as MoodData).mood.value).sort()).to.deep.equal([2, 4, 7]);
  });

  it('records an earlier time when the client chooses one', async () => {
    const el = await trackerAt(await endpoint());
    setRange(moodSlider(el), 5);
    byLabel(el, 'Earlier').click();
    await el.updateComplete;
    const when = byLabel(el, 'When: date and time');
    const earlier = new Date();
    earlier.setDate(earlier.getDate() - 1);
    earlier.setHours(21, 15, 0, 0);
    const local = `${earlier.getFullYear()}-${String(earlier.getMonth() + 1).padStart(2, '0')}-${String(earlier.getDate()).padStart(2, '0')}T21:15`;
    typeInto(when, local);
    button(el, 'Submit').click();
    const entry = await waitFor(async () => (await storedEntries())[0], 'the delivered check-in');
    const data = entry.data as MoodData;
    expect(data.at.slice(0, 16)).to.equal(local);
    expect(Date.parse(data.at)).to.equal(earlier.getTime());
  });

  it('refuses a time in the future', async () => {
    const el = await trackerAt(await endpoint());
    setRange(moodSlider(el), 5);
    byLabel(el, 'Earlier').click();
    await el.updateComplete;
    const later = new Date(Date.now() + 3 * 3_600_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    typeInto(
      byLabel(el, 'When: date and time'),
      `${later.getFullYear()}-${pad(later.getMonth() + 1)}-${pad(later.getDate())}T${pad(later.getHours())}:${pad(later.getMinutes())}`,
    );
    button(el, 'Submit').click();
    await el.updateComplete;
    expect(alertText(el)).to.contain('When: choose a time that has passed');
    expect(await readStore('outbox')).to.have.length(0);
  });

  it('asks on a 0-100 scale when the assignment says so', async () => {
    const el = await trackerAt(await endpoint(), { id: 'm-100', exercise: 'mood-tracker', scale: '0-100' });
    const slider = byLabel(el, 'Mood: how do I feel? (0 = very low, 100 = very good)');
    expect(slider.max).to.equal('100');
    setRange(slider, 60);
    await el.updateComplete;
    expect(slider.getAttribute('aria-valuetext')).to.equal('60 of 100');
    button(el, 'Submit').click();
    const entry = await waitFor(async () => (await storedEntries())[0], 'the delivered check-in');
    expect((entry.data as MoodData).mood).to.deep.equal({ value: 60, scale: '0-100' });
  });

  it('asks on the seven-step valence scale as a radio group', async () => {
    const el = await trackerAt(await endpoint(), { id: 'm-valence', exercise: 'mood-tracker', scale: 'valence' });
    const radios = [...shadow(el).querySelectorAll<HTMLInputElement>('input[name="mood"]')];
    expect(radios).to.have.length(7);
    expect(radios.every((radio) => !radio.checked)).to.equal(true);
    const group = radios[0].closest('fieldset')!;
    expect(group.querySelector('legend')!.textContent).to.equal('Mood: how do I feel?');
    const labels = radios.map((radio) => radio.closest('label')!.textContent!.trim());
    expect(labels[0]).to.equal('Very unpleasant');
    expect(labels[6]).to.equal('Very pleasant');
    byLabel(el, 'Slightly unpleasant').click();
    button(el, 'Submit').click();
    const entry = await waitFor(async () => (await storedEntries())[0], 'the delivered check-in');
    expect((entry.data as MoodData).mood).to.deep.equal({ value: -1, scale: 'valence' });
  });

  it('offers the clinician’s own emotion words as written', async () => {
    const emotions = ['Homesick', 'Proud', '<b>Tense</b>'];
    const el = await trackerAt(await endpoint(), { id: 'm-words', exercise: 'mood-tracker', emotions });
    const fieldset = [...shadow(el).querySelectorAll('fieldset')].find((f) =>
      f.querySelector('legend')!.textContent!.startsWith('Emotions'),
    )!;
    const words = [...fieldset.querySelectorAll('label')].map((label) => label.textContent!.trim());
    expect(words).to.deep.equal(emotions);
    expect(shadow(el).querySelector('b')).to.equal(null);
  });

  it('speaks Spanish, default emotion words included', async () => {
    const el = await fixture<HwMoodTracker>(
      html`<hw-mood-tracker lang="es" endpoint=${await endpoint()}></hw-mood-tracker>`,
    );
    await waitFor(() => shadow(el).querySelector('.fields[aria-busy="false"] #mood'), 'the check-in');
    expect(byLabel(el, 'Ánimo: ¿cómo me siento?')).to.exist;
    expect(byLabel(el, 'Ansioso/a')).to.exist;
    expect(shadow(el).querySelector('.history h3')!.textContent).to.equal('Mis registros en este dispositivo');
  });

  it('restores a half-done check-in in a new widget', async () => {
    const el = await trackerAt(await endpoint());
    setRange(moodSlider(el), 2);
    typeInto(byLabel(el, 'What was I doing?'), 'Lying in bed');
    await waitFor(() => statusText(el).includes('Saved on this device'), 'saved');
    el.remove();
    const again = await trackerAt(await endpoint());
    // The fields may show before the draft is read: wait for what was saved, not for the form.
    await waitFor(() => moodSlider(again).getAttribute('aria-valuetext') === '2 of 10', 'the mood restored');
    await waitFor(() => byLabel(again, 'What was I doing?').value === 'Lying in bed', 'the doing restored');
    // The part that holds something is open, so the client sees what they wrote.
    expect(byLabel(again, 'What was I doing?').closest('details')!.open).to.equal(true);
    expect(byLabel(again, 'Sleep: hours last night').closest('details')!.open).to.equal(false);
  });

  it('keeps the look back short, folded and optional, and sends what was given', async () => {
    const el = await trackerAt(await endpoint());
    const summary = [...shadow(el).querySelectorAll('summary')].find((s) => s.textContent!.includes('Looking back'))!;
    expect(summary.closest('details')!.open).to.equal(false);
    expect(summary.closest('details')!.querySelectorAll('fieldset')).to.have.length(1);
    summary.click();
    summary.closest('details')!.querySelectorAll('input')[3].click();
    typeInto(byLabel(el, 'What I take from this'), 'Mornings are harder');
    setRange(moodSlider(el), 4);
    button(el, 'Submit').click();
    const entry = await waitFor(async () => (await storedEntries())[0], 'the delivered check-in');
    const review = (entry.engagement as { selfReview: Record<string, unknown> }).selfReview;
    expect(review).to.deep.include({ usefulness: 3, reflection: 'Mornings are harder' });
  });

  it('shows a configuration error for an unknown scale and sends nothing', async () => {
    const el = await fixture<HwMoodTracker>(
      html`<hw-mood-tracker endpoint=${await endpoint()} scale="1-5"></hw-mood-tracker>`,
    );
    await el.updateComplete;
    expect(alertText(el)).to.contain('The scale must be "0-10", "0-100" or "valence".');
    expect(shadow(el).querySelector('#mood')).to.equal(null);
  });

  it('reads only the receipts delivered since a given time, in IndexedDB and in memory', async () => {
    const old = moodEntry({ daysAgo: 40, hour: 9, mood: { value: 1, scale: '0-10' }, sent: true });
    const recent = moodEntry({ daysAgo: 2, hour: 9, mood: { value: 2, scale: '0-10' }, sent: true });
    const delivered = (entry: typeof old) => ({
      id: entry.id,
      endpoint: 'http://127.0.0.1:9/x',
      deliveredAt: Date.parse(entry.completedAt),
      status: 201,
      entry,
    });
    const since = Date.now() - 31 * 86_400_000;
    for (const store of [await getStore(), new MemoryStore('storageUnavailable')]) {
      for (const entry of [old, recent]) await store.markDelivered(await makeReceipt(store, delivered(entry), false));
      expect((await store.listReceipts('mood-tracker', -Infinity)).map((r) => r.id)).to.deep.equal([old.id, recent.id]);
      expect((await store.listReceipts('mood-tracker', since)).map((r) => r.id)).to.deep.equal([recent.id]);
      expect(await store.listReceipts('thought-record', -Infinity)).to.deep.equal([]);
    }
  });

  describe('history on this device', () => {
    it('says there is nothing yet when there are no check-ins', async () => {
      const el = await trackerAt(await endpoint());
      expect(historyText(el)).to.contain('No check-ins in these days yet.');
      expect(shadow(el).querySelector('.chart')).to.equal(null);
    });

    it('shows one check-in as one dot, with its day in the table', async () => {
      await seedCheckIns([{ daysAgo: 1, hour: 9, mood: { value: 6, scale: '0-10' }, sent: true }]);
      const el = await trackerAt(await endpoint());
      expect(historyText(el)).to.contain('Check-ins: 1. Average 6, lowest 6, highest 6.');
      expect(dots(el, '.dot')).to.equal(1);
      expect(shadow(el).querySelectorAll('.history details tbody tr')).to.have.length(1);
      const morning = [...shadow(el).querySelectorAll('.averages tbody tr')][1];
      expect(morning.textContent!.replace(/\s+/g, ' ')).to.contain('Morning (6-12 h) 6 1');
    });

    it('brings the history’s look with it: the chart is styled and the form’s styles stay', async () => {
      await seedCheckIns([{ daysAgo: 1, hour: 9, mood: { value: 6, scale: '0-10' }, sent: true }]);
      const el = await trackerAt(await endpoint());
      const chart = shadow(el).querySelector('.chart')!;
      // The history's stylesheet (history-styles.ts) is adopted when the history arrives.
      expect(getComputedStyle(chart).display).to.equal('block');
      expect(getComputedStyle(shadow(el).querySelector('.averages')!).display).to.equal('grid');
      expect(getComputedStyle(shadow(el).querySelector('button.primary')!).backgroundColor).to.not.equal(
        'rgba(0, 0, 0, 0)',
      );
    });

    it('reflects delivered and queued check-ins, and marks the queued ones until they are sent', async () => {
      await seedCheckIns([{ daysAgo: 1, hour: 10, mood: { value: 4, scale: '0-10' }, sent: true }]);
      // The server holds the next request for a while: long enough to see it waiting.
      await queueFaults({ delayMs: 1500 });
      const el = await trackerAt(await endpoint());
      setRange(moodSlider(el), 8);
      button(el, 'Submit').click();
      await waitFor(() => historyText(el).includes('Not sent yet: 1'), 'the queued check-in in the history');
      expect(historyText(el)).to.contain('Check-ins: 2. Average 6, lowest 4, highest 8.');
      expect(dots(el, '.dot.unsent')).to.equal(1);
      expect(dots(el, '.dot')).to.equal(2);

      await waitFor(async () => (await storedEntries()).length === 1, 'delivery');
      await waitFor(() => !historyText(el).includes('Not sent yet:'), 'the check-in marked as sent');
      expect(dots(el, '.dot.unsent')).to.equal(0);
      expect(dots(el, '.dot')).to.equal(2);
    });

    it('shows queued check-ins from an earlier visit as not yet sent', async () => {
      await seedCheckIns([
        { daysAgo: 0, hour: 8, mood: { value: 3, scale: '0-10' }, sent: false },
        { daysAgo: 2, hour: 20, mood: { value: 9, scale: '0-10' }, sent: true },
      ]);
      const el = await trackerAt(await endpoint());
      expect(historyText(el)).to.contain('Check-ins: 2.');
      expect(historyText(el)).to.contain('Not sent yet: 1');
      expect(dots(el, '.dot.unsent')).to.equal(1);
    });

    it('switches between the last 7 and the last 30 days', async () => {
      await seedCheckIns([
        { daysAgo: 3, hour: 9, mood: { value: 2, scale: '0-10' }, sent: true },
        { daysAgo: 20, hour: 9, mood: { value: 8, scale: '0-10' }, sent: true },
        { daysAgo: 40, hour: 9, mood: { value: 10, scale: '0-10' }, sent: true },
      ]);
      const el = await trackerAt(await endpoint());
      expect(historyText(el)).to.contain('Check-ins: 1.');
      byLabel(el, 'Last 30 days').click();
      await el.updateComplete;
      expect(historyText(el)).to.contain('Check-ins: 2. Average 5, lowest 2, highest 8.');
      expect(dots(el, '.dot')).to.equal(2);
    });

    it('shows check-ins on the scale the widget asks in', async () => {
      await seedCheckIns([
        { daysAgo: 1, hour: 9, mood: { value: 6, scale: '0-10' }, sent: true },
        { daysAgo: 1, hour: 15, mood: { value: 1, scale: 'valence' }, sent: true },
      ]);
      const el = await trackerAt(await endpoint(), { id: 'm-100', exercise: 'mood-tracker', scale: '0-100' });
      // 6 of 10 and "slightly pleasant" (+1 of -3..+3) are 60 and 67 of 100.
      expect(historyText(el)).to.contain('Average 63, lowest 60, highest 67.');
      expect(historyText(el)).to.contain('Mood from 0 to 100');
    });

    it('draws a year of check-ins without drawing every one of them', async () => {
      const checkIns = [];
      for (let daysAgo = 0; daysAgo < 365; daysAgo++)
        for (const hour of [7, 12, 17, 22])
          checkIns.push({ daysAgo, hour, mood: { value: (daysAgo + hour) % 11, scale: '0-10' as const }, sent: true });
      await seedCheckIns(checkIns);
      const el = await trackerAt(await endpoint());
      expect(historyText(el)).to.contain('Check-ins: 28.');
      expect(dots(el, '.dot')).to.equal(28);
      byLabel(el, 'Last 30 days').click();
      await el.updateComplete;
      expect(historyText(el)).to.contain('Check-ins: 120.');
    });
  });
});
