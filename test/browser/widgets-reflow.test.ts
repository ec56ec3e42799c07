// WCAG 1.4.10 and 1.4.12 for the client widgets and the practice loop's lists: at 320 CSS px
// (1280 px at 400% zoom), with the text spacing overridden inside every shadow root, nothing
// scrolls sideways and no text is cut off, in a left-to-right and a right-to-left language.
// (The review panel and the composer: review-panel-reflow.test.ts.)
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../../src/index.js';
import '../../src/define/hw-assignment-list.js';
import '../../src/define/hw-caseload.js';
import { clearCachedLists } from '../../src/elements/assignment-list/list-cache.js';
import { endpoint, freshDevice, resetServer, waitFor } from '../support/browser-fixtures.js';
import { CASELOAD, MINE } from '../support/practice-data.js';
import { overflow, overrideTextSpacing, resetPageTextSpacing } from '../support/reflow.js';
import { shadow, typeInto } from '../support/shadow.js';

const LONG = 'Unbreakablewordthatgoesonandonwithoutanyspacesatall and then ordinary words';

/** Open every folded part, so what is inside is measured too. */
async function unfold(el: LitElement) {
  for (const details of shadow(el).querySelectorAll('details')) details.open = true;
  await el.updateComplete;
}

/** Press every "Add …" button once and type a long word into each text field. */
async function fillIn(el: LitElement) {
  for (const add of shadow(el).querySelectorAll<HTMLButtonElement>('button[id^="add-"]')) add.click();
  await el.updateComplete;
  for (const field of shadow(el).querySelectorAll<HTMLInputElement>('textarea, input[type="text"]')) {
    typeInto(field, LONG);
  }
  await el.updateComplete;
}

async function languageShown(el: LitElement, lang: string) {
  // The Arabic catalogue loads after the first screen: measure what the client reads.
  if (lang === 'ar') await waitFor(() => /[\u0600-\u06ff]/.test(shadow(el).textContent!), 'the Arabic words');
}

describe('client widgets and lists at 320 CSS px', () => {
  beforeEach(async () => {
    await freshDevice();
    await resetServer();
    await setViewport({ width: 320, height: 640 });
  });
  afterEach(async () => {
    resetPageTextSpacing();
    clearCachedLists();
    await setViewport({ width: 800, height: 600 });
  });

  for (const [lang, spacing] of [
    ['en', false],
    ['en', true],
    ['ar', true],
  ] as const) {
    const how = `${lang}${spacing ? ', text spacing overridden' : ''}`;
    const space = (el: Element) => spacing && overrideTextSpacing(el);
    it(`thought record (${how}), filled in: nothing sideways, nothing cut off`, async () => {
      const el = await fixture<LitElement>(
        html`<hw-thought-record lang=${lang} endpoint=${await endpoint()}></hw-thought-record>`,
      );
      await waitFor(() => shadow(el).querySelector('#situation'), 'the form');
      await languageShown(el, lang);
      await fillIn(el);
      await unfold(el);
      space(el);
      expect(overflow(el)).to.deep.equal([]);
    });

    it(`mood tracker (${how}), every part open, an earlier time: nothing sideways, nothing cut off`, async () => {
      const el = await fixture<LitElement>(
        html`<hw-mood-tracker lang=${lang} endpoint=${await endpoint()}></hw-mood-tracker>`,
      );
      await waitFor(() => shadow(el).querySelector('input[name="when"]'), 'the check-in');
      await languageShown(el, lang);
      shadow(el).querySelectorAll<HTMLInputElement>('input[name="when"]')[1].click();
      await unfold(el);
      await fillIn(el);
      space(el);
      expect(overflow(el)).to.deep.equal([]);
    });

    it(`behavioural experiment (${how}), the plan and the outcome: nothing sideways, nothing cut off`, async () => {
      const el = await fixture<LitElement>(
        html`<hw-behavioural-experiment lang=${lang} endpoint=${await endpoint()}></hw-behavioural-experiment>`,
      );
      await waitFor(() => shadow(el).querySelector('#phase'), 'the form');
      await languageShown(el, lang);
      await fillIn(el);
      const when = shadow(el).querySelector<HTMLInputElement>('#when')!;
      when.value = '2026-12-24T09:30';
      when.dispatchEvent(new Event('input'));
      await el.updateComplete;
      space(el);
      expect(overflow(el), 'the plan').to.deep.equal([]);
      // Too narrow for the date and the time on one line: they wrap inside the field (two
      // lines tall), not cut off at its edge (the field's own parts cannot be measured).
      if (spacing) {
        expect(when.getBoundingClientRect().height).to.be.at.least(2 * parseFloat(getComputedStyle(when).lineHeight));
      }

      shadow(el).querySelector<HTMLButtonElement>('.actions button')!.click();
      await waitFor(() => shadow(el).querySelector('#outcome'), 'the outcome');
      await unfold(el);
      expect(overflow(el), 'the outcome').to.deep.equal([]);
    });

    it(`the client's assignment list (${how}): nothing sideways, nothing cut off`, async () => {
      const el = await fixture<LitElement>(html`<hw-assignment-list lang=${lang} .data=${MINE}></hw-assignment-list>`);
      await waitFor(() => shadow(el).querySelector('ul.assignments'), 'the list');
      await languageShown(el, lang);
      space(el);
      expect(overflow(el)).to.deep.equal([]);
    });

    it(`the caseload (${how}): nothing sideways, nothing cut off`, async () => {
      const el = await fixture<LitElement>(html`<hw-caseload lang=${lang} .data=${CASELOAD}></hw-caseload>`);
      await waitFor(() => shadow(el).querySelector('tbody th'), 'the caseload');
      await languageShown(el, lang);
      space(el);
      expect(overflow(el)).to.deep.equal([]);
    });
  }
});
