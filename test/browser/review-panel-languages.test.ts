// The review panel in each of its languages, as soon as that language has arrived: no
// sentence of the English catalogue that has a translation is left on screen (the brief and
// summaries were redrawn only when they changed, so they stayed English until "Refresh").
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { HwReviewPanel } from '../../src/index.js';
import { reviewPanel as english } from '../../src/i18n/en/review-panel.js';
import { reviewPanel as ar } from '../../src/i18n/ar/review-panel.js';
import { reviewPanel as es } from '../../src/i18n/es/review-panel.js';
import { reviewPanel as fr } from '../../src/i18n/fr/review-panel.js';
import { reviewPanel as hi } from '../../src/i18n/hi/review-panel.js';
import { reviewPanel as zhHans } from '../../src/i18n/zh-Hans/review-panel.js';
import { waitFor } from '../support/browser-fixtures.js';
import { experiment, moodCheckIn, thoughtRecord } from '../support/review-entries.js';
import { shadow } from '../support/shadow.js';

const CATALOGUES: Record<string, Record<string, string>> = { es, fr, ar, hi, 'zh-Hans': zhHans };

/** The English sentences that could show: long enough to be unambiguous, translated differently. */
function englishLeftovers(shown: string, translated: Record<string, string>): string[] {
  return Object.entries(english as Record<string, string>)
    .filter(([key, text]) => translated[key] !== text)
    .flatMap(([, text]) => text.split(/\{\w+\}/))
    .map((part) => part.trim())
    .filter((part) => part.length >= 12 && shown.includes(part));
}

function entries() {
  const list: unknown[] = [];
  for (let day = 1; day <= 9; day++) {
    list.push(
      moodCheckIn(`2026-11-0${day}T08:00:00.000+01:00`, {
        note: day === 2 ? 'Mi madre me llamó el domingo.' : '',
        activity: { name: 'Walk', mastery: 4, pleasure: 6 },
      }),
    );
  }
  list.push(thoughtRecord('2026-11-03T20:00:00.000+01:00'), experiment('2026-11-04T12:00:00.000+01:00'));
  return list;
}

describe('<hw-review-panel> in each language', () => {
  for (const [lang, catalogue] of Object.entries(CATALOGUES)) {
    it(`${lang}: nothing of the English catalogue is left once the language is in`, async () => {
      const el = await fixture<HwReviewPanel>(
        html`<hw-review-panel
          lang=${lang}
          since="2026-11-01"
          .assignments=${[{ id: 'a1', exercise: 'mood-tracker' }]}
          .entries=${entries()}
        ></hw-review-panel>`,
      );
      await waitFor(() => shadow(el).querySelector('h2')?.textContent === catalogue['rp.title'], `${lang} title`);
      await waitFor(() => shadow(el).querySelector('[part="brief"]'), 'the brief');
      await el.updateComplete;
      for (const details of shadow(el).querySelectorAll('details')) details.open = true;
      const shown = shadow(el).textContent!.replace(/\s+/g, ' ');
      expect(englishLeftovers(shown, catalogue)).to.deep.equal([]);
      expect(shown).to.contain(catalogue['rp.selfReview']);
    });
  }
});
