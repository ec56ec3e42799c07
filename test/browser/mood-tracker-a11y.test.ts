// What is particular to this exercise's accessibility. Keyboard completion, the quiet autosave,
// and axe when empty, with a configuration error, right to left and dark are in the shared
// exercise suite (exercise-suite.test.ts).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { HwMoodTracker } from '../../src/index.js';
import type { Assignment } from '../../src/core/assignment.js';
import { endpoint, freshDevice, resetServer, waitFor } from '../support/browser-fixtures.js';
import { alertText, button, shadow } from '../support/shadow.js';
import { daysOfCheckIns, seedCheckIns } from './mood-tracker-seed.js';

async function ready(el: HwMoodTracker) {
  await waitFor(
    () => shadow(el).querySelector('.fields[aria-busy="false"] #mood, .fields[aria-busy="false"] input[name="mood"]'),
    'the check-in',
  );
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

describe('<hw-mood-tracker> accessibility', () => {
  beforeEach(async () => {
    await freshDevice();
    await resetServer();
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
