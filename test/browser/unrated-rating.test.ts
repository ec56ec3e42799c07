// A rating control shows no value until the client sets one: an unrated 0-100 rating is a
// "Rate it" button, not a slider resting mid-way that announces (and records, when tapped) a
// value the client never chose. "Rate it" reveals the slider, focused, and still records
// nothing until the client moves it.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { HwThoughtRecord } from '../../src/index.js';
import { endpoint, freshDevice, readStore, resetServer, waitFor } from '../support/browser-fixtures.js';
import { button, byLabel, deepActiveElement, shadow, typeInto } from '../support/shadow.js';
import { buttonNamed, tabUntil } from '../support/keyboard.js';

type DraftMoods = { data?: { moods?: Array<{ name: string; intensity?: number }> } };

async function recordWithNamedMood() {
  const host = await fixture<HTMLElement>(
    html`<div>
      <button>before</button>
      <hw-thought-record endpoint=${await endpoint()} assignment-id="unrated"></hw-thought-record>
    </div>`,
  );
  const el = host.querySelector<HwThoughtRecord>('hw-thought-record')!;
  await waitFor(() => shadow(el).querySelector('.fields[aria-busy="false"] #situation'), 'the form');
  button(el, 'Add a mood').click();
  await el.updateComplete;
  typeInto(byLabel(el, 'Moods: word for mood 1'), 'Culpa');
  await el.updateComplete;
  return { host, el };
}

/** The first mood as the stored draft has it, once the draft holds it. */
async function draftMood() {
  const mood = await waitFor(async () => {
    const drafts = (await readStore('drafts')) as DraftMoods[];
    return drafts[0]?.data?.moods?.find((m) => m.name === 'Culpa');
  }, 'the draft with the mood');
  return mood;
}

describe('an unrated rating', () => {
  beforeEach(async () => {
    await freshDevice();
    await resetServer();
  });

  it('shows "Rate it" and no slider, announcing no value', async () => {
    const { el } = await recordWithNamedMood();
    const root = shadow(el);
    const range = root.querySelector<HTMLInputElement>('#mood-intensity-0')!;
    // Not rendered: not visible, not focusable, not in the accessibility tree.
    expect(range.hidden).to.equal(true);
    expect(range.checkVisibility()).to.equal(false);
    expect(root.querySelector('[aria-valuenow]')).to.equal(null);
    const visibleRanges = [...root.querySelectorAll<HTMLInputElement>('input[type="range"]')].filter((r) =>
      r.checkVisibility(),
    );
    expect(visibleRanges).to.have.length(0);
    const rate = button(el, 'Rate it');
    expect(rate.checkVisibility()).to.equal(true);
    // The button says what it rates: it is described by the rating's label.
    const describedBy = root.getElementById(rate.getAttribute('aria-describedby')!)!;
    expect(describedBy.textContent!.trim()).to.equal('Moods: how strong was mood 1? (0-100)');
    expect(root.textContent).to.contain('Not rated yet');
    await expect(el).to.be.accessible();
  });

  it('"Rate it" reveals a focused slider that records nothing until an arrow key', async () => {
    const { host, el } = await recordWithNamedMood();
    expect(await draftMood()).to.not.have.property('intensity');

    host.querySelector('button')!.focus();
    await tabUntil(buttonNamed('Rate it'), 'Rate it');
    await sendKeys({ press: 'Enter' });
    const range = shadow(el).querySelector<HTMLInputElement>('#mood-intensity-0')!;
    expect(deepActiveElement()).to.equal(range);
    expect(range.checkVisibility()).to.equal(true);
    expect(button(el, 'Rate it').hidden).to.equal(true);
    // Revealed, still unrated: the slider says so, and the draft has no intensity.
    expect(range.getAttribute('aria-valuetext')).to.equal('Not rated yet');
    await el.updateComplete;
    expect(range.hidden, 'a re-render keeps it revealed').to.equal(false);
    typeInto(byLabel(el, 'Situation'), 'Call with my sister');
    await waitFor(async () => {
      const drafts = (await readStore('drafts')) as Array<{ data?: { situation?: string } }>;
      return drafts[0]?.data?.situation === 'Call with my sister';
    }, 'a later draft save');
    expect(await draftMood()).to.not.have.property('intensity');
    await expect(el).to.be.accessible();

    range.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(range.getAttribute('aria-valuetext')).to.equal('51 of 100');
    expect(shadow(el).querySelector('.unrated #mood-intensity-0')).to.equal(null);
    await waitFor(async () => (await draftMood())?.intensity === 51, 'the chosen intensity in the draft');
    await expect(el).to.be.accessible();
  });
});
