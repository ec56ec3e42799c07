import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { HwMoodTracker } from '../../src/index.js';
import type { Assignment } from '../../src/core/assignment.js';
import { endpoint, freshDevice, resetServer, storedEntries, waitFor } from '../support/browser-fixtures.js';
import { alertText, button, deepActiveElement, shadow, statusText } from '../support/shadow.js';
import { daysOfCheckIns, seedCheckIns } from './mood-tracker-seed.js';
import { buttonNamed, labelled, rateButtonFor, revealRating, tabUntil } from '../support/keyboard.js';

async function ready(el: HwMoodTracker) {
  await waitFor(() => shadow(el).querySelector('#mood, input[name="mood"]'), 'the check-in');
  await waitFor(() => shadow(el).querySelector('.history'), 'the history');
  return el;
}

async function tracker(options: { assignment?: Assignment; lang?: string; theme?: 'dark' } = {}) {
  const url = await endpoint();
  return ready(
    await fixture<HwMoodTracker>(
      html`<hw-mood-tracker
        endpoint=${url}
        lang=${options.lang ?? 'en'}
        theme=${options.theme ?? 'light'}
        .assignment=${options.assignment}
      ></hw-mood-tracker>`,
    ),
  );
}

/** Open every folded part, so axe looks at what is inside too. */
async function openAll(el: HwMoodTracker) {
  for (const details of shadow(el).querySelectorAll('details')) details.open = true;
  await el.updateComplete;
}

const summaryNamed = (text: string) => (el: Element | null) =>
  el?.localName === 'summary' && el.textContent!.includes(text);

describe('<hw-mood-tracker> accessibility', () => {
  beforeEach(async () => {
    await freshDevice();
    await resetServer();
  });

  it('can be completed and submitted with the keyboard alone', async () => {
    const url = await endpoint();
    const host = await fixture<HTMLElement>(
      html`<div>
        <button>before</button>
        <hw-mood-tracker endpoint=${url} assignment-id="kbd"></hw-mood-tracker>
      </div>`,
    );
    const el = await ready(host.querySelector('hw-mood-tracker')!);
    host.querySelector('button')!.focus();

    // Each unrated slider is a "Rate it" button until Enter shows it, focused.
    await revealRating('Mood: how do I feel?');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });

    await tabUntil(summaryNamed('Emotions'), 'the emotions');
    await sendKeys({ press: 'Enter' });
    await tabUntil(labelled('Sad'), 'Sad');
    await sendKeys({ press: 'Space' });
    await revealRating('Emotions: how strong is "Sad"');
    await sendKeys({ press: 'End' });

    await tabUntil(summaryNamed('Sleep'), 'sleep');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    expect(rateButtonFor('Sleep: hours last night')(deepActiveElement())).to.equal(true);
    expect(deepActiveElement()!.textContent!.trim(), 'hours are not a rating').to.equal('Set hours');
    await revealRating('Sleep: hours last night');
    await sendKeys({ press: 'ArrowRight' });

    await tabUntil(labelled('Note'), 'the note');
    await sendKeys({ type: 'Stayed in all day' });

    await tabUntil(buttonNamed('Submit'), 'Submit');
    await sendKeys({ press: 'Enter' });

    const entry = await waitFor(async () => (await storedEntries())[0], 'the delivered check-in');
    const data = entry.data as {
      mood: unknown;
      emotions: unknown[];
      sleep: { hours: number };
      note: string;
    };
    // The slider rests at 5 until touched: two steps left is 3.
    expect(data.mood).to.deep.equal({ value: 3, scale: '0-10' });
    expect(data.emotions).to.deep.equal([{ name: 'sad', intensity: 10 }]);
    expect(data.sleep).to.deep.equal({ hours: 8.5 });
    expect(data.note).to.equal('Stayed in all day');
    await waitFor(() => statusText(el).includes('Sent'), '"Sent" announced');
  });

  it('chooses a valence step with the arrow keys', async () => {
    const el = await tracker({ assignment: { id: 'kbd-valence', exercise: 'mood-tracker', scale: 'valence' } });
    shadow(el).querySelector<HTMLInputElement>('input[name="mood"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const checked = shadow(el).querySelector<HTMLInputElement>('input[name="mood"]:checked')!;
    expect(checked.closest('label')!.textContent!.trim()).to.equal('Slightly unpleasant');
  });

  it('gives every control a target of at least 24 by 24 pixels', async () => {
    const el = await tracker();
    await openAll(el);
    const small = () =>
      [...shadow(el).querySelectorAll<HTMLElement>('input, button, summary, textarea')]
        .filter((control) => control.checkVisibility())
        .map((control) => ({ control, box: (control.closest('label') ?? control).getBoundingClientRect() }))
        .filter(({ box }) => box.width < 24 || box.height < 24)
        .map(({ control }) => control.id || control.getAttribute('name') || control.localName);
    // Unrated: the "Rate it" buttons; then the sliders they show.
    expect(shadow(el).querySelectorAll('.slider button')).to.have.length.of.at.least(4);
    expect(small()).to.deep.equal([]);
    for (const rate of shadow(el).querySelectorAll<HTMLButtonElement>('.slider button')) rate.click();
    expect(shadow(el).querySelectorAll('input[type="range"][hidden]')).to.have.length(0);
    expect(small()).to.deep.equal([]);
  });

  describe('axe finds no violations', () => {
    it('when empty', async () => {
      await expect(await tracker()).to.be.accessible();
    });

    it('with every part open and the submit problem shown', async () => {
      const el = await tracker();
      await openAll(el);
      button(el, 'Submit').click();
      await el.updateComplete;
      expect(alertText(el)).to.contain('Mood: choose how you feel');
      await expect(el).to.be.accessible();
    });

    it('with a month of history, queued check-ins and the table open', async () => {
      await seedCheckIns([
        ...daysOfCheckIns(40),
        { daysAgo: 0, hour: 7, mood: { value: 2, scale: '0-10' }, sent: false },
      ]);
      const el = await tracker();
      await openAll(el);
      expect(shadow(el).querySelector('.chart')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('on the 0-100 scale', async () => {
      await seedCheckIns(daysOfCheckIns(5));
      const el = await tracker({ assignment: { id: 'a-100', exercise: 'mood-tracker', scale: '0-100' } });
      await expect(el).to.be.accessible();
    });

    it('on the valence scale', async () => {
      await seedCheckIns(daysOfCheckIns(5));
      const el = await tracker({ assignment: { id: 'a-valence', exercise: 'mood-tracker', scale: 'valence' } });
      await openAll(el);
      await expect(el).to.be.accessible();
    });

    it('with the clinician’s own emotion words', async () => {
      const el = await tracker({
        assignment: { id: 'a-words', exercise: 'mood-tracker', emotions: ['Homesick', 'Proud', 'On edge'] },
      });
      await openAll(el);
      await expect(el).to.be.accessible();
    });

    it('in Arabic, right to left', async () => {
      await seedCheckIns(daysOfCheckIns(5));
      const el = await tracker({ lang: 'ar' });
      await openAll(el);
      expect(shadow(el).querySelector('section')!.getAttribute('dir')).to.equal('rtl');
      await expect(el).to.be.accessible();
    });

    it('in the dark theme', async () => {
      await seedCheckIns(daysOfCheckIns(5));
      const el = await tracker({ theme: 'dark' });
      await openAll(el);
      await expect(el).to.be.accessible();
    });
  });
});
