// WCAG 1.4.10 for the clinician's elements: at 320 CSS px (what 1280 px at 400% zoom, or
// 640 px at 200%, gives), with the text spacing of WCAG 1.4.12 as well, nothing scrolls
// sideways: the page, the element, and no box inside it. Wide tables become stacks.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../../src/index.js';
import type { HwAssignmentComposer, HwReviewPanel } from '../../src/index.js';
import { waitFor } from '../support/browser-fixtures.js';
import { experiment, moodCheckIn, thoughtRecord } from '../support/review-entries.js';
import { overflow, overrideTextSpacing, resetPageTextSpacing } from '../support/reflow.js';
import { shadow } from '../support/shadow.js';

/** A month of every exercise: long words, repeats, activities, enough check-ins for patterns. */
function month() {
  const entries: unknown[] = [];
  for (let day = 1; day <= 20; day++) {
    const d = String(day).padStart(2, '0');
    entries.push(
      moodCheckIn(`2026-11-${d}T0${day % 10}:00:00.000+01:00`, {
        mood: { value: day % 11, scale: '0-10' },
        activity: { name: day % 2 ? 'Walk by the river' : 'Reading', mastery: 4, pleasure: 6 },
        note: day === 3 ? 'Slept badly; Unbreakablewordthatgoesonandonwithoutanyspaces' : '',
      }),
    );
    if (day % 5 === 0) entries.push(thoughtRecord(`2026-11-${d}T20:00:00.000+01:00`));
    if (day % 7 === 0) entries.push(experiment(`2026-11-${d}T12:00:00.000+01:00`));
  }
  entries.push({ id: 'broken', exercise: 'thought-record', schema: 'thought-record/1', data: {} });
  return entries;
}

async function openEverything(el: HwReviewPanel) {
  for (const details of shadow(el).querySelectorAll('details')) details.open = true;
  await el.updateComplete;
}

describe('the clinician’s elements at 320 CSS px', () => {
  beforeEach(() => setViewport({ width: 320, height: 640 }));
  afterEach(async () => {
    resetPageTextSpacing();
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of ['en', 'ar']) {
    for (const spacing of [false, true]) {
      it(`review panel (${lang}${spacing ? ', text spacing overridden' : ''}): nothing scrolls sideways`, async () => {
        const el = await fixture<HwReviewPanel>(
          html`<hw-review-panel lang=${lang} since="2026-11-01" .entries=${month()}></hw-review-panel>`,
        );
        await waitFor(() => shadow(el).querySelector('[part="brief"] table, [part="brief"]'), 'the brief');
        if (lang === 'ar')
          await waitFor(() => shadow(el).querySelector('h2')?.textContent?.includes('مراجعة'), 'Arabic');
        if (spacing) overrideTextSpacing(el);
        await openEverything(el);
        expect(overflow(el)).to.deep.equal([]);
        // The wide tables are stacks: each value says its column.
        const cell = shadow(el).querySelector<HTMLElement>('[aria-labelledby="tr-title"] td[data-label]')!;
        expect(getComputedStyle(cell).display).to.equal('block');
        expect(getComputedStyle(cell, '::before').content).to.contain(cell.dataset.label);

        shadow(el).querySelector<HTMLButtonElement>('.row')!.click();
        await waitFor(() => shadow(el).querySelector('dialog[open]'), 'the detail');
        expect(overflow(el)).to.deep.equal([]);
      });
    }
  }

  it('review panel in a wide window keeps its tables as tables', async () => {
    await setViewport({ width: 1200, height: 800 });
    const el = await fixture<HwReviewPanel>(html`<hw-review-panel .entries=${month()}></hw-review-panel>`);
    await waitFor(() => shadow(el).querySelector('[aria-labelledby="tr-title"] td'), 'the summary');
    const cell = shadow(el).querySelector<HTMLElement>('[aria-labelledby="tr-title"] td')!;
    expect(getComputedStyle(cell).display).to.equal('table-cell');
  });

  for (const spacing of [false, true]) {
    it(`assignment composer${spacing ? ' (text spacing overridden)' : ''}: nothing scrolls sideways`, async () => {
      const el = await fixture<HwAssignmentComposer>(html`<hw-assignment-composer lang="en"></hw-assignment-composer>`);
      await waitFor(() => shadow(el).querySelector('[part="preview"] [preview]'), 'the preview');
      const preview = shadow(el).querySelector<LitElement>('[part="preview"] [preview]')!;
      await waitFor(() => preview.shadowRoot?.querySelector('.fields'), 'the preview form');
      if (spacing) overrideTextSpacing(el);
      for (const details of shadow(el).querySelectorAll('details')) details.open = true;
      await el.updateComplete;
      expect(overflow(el)).to.deep.equal([]);
    });
  }
});
