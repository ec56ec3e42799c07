// The panel's brief as a clinician reads it: counts in the plural they need, mood notes among
// the client's own words, patterns by time of day and weekday only when there are enough
// check-ins to show one, and the client's words in their own direction inside a panel in
// another (here Spanish in Arabic), in the panel, the detail and print.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { HwReviewPanel } from '../../src/index.js';
import { waitFor } from '../support/browser-fixtures.js';
import { moodCheckIn, thoughtRecord } from '../support/review-entries.js';
import { shadow } from '../support/shadow.js';

const SPANISH = 'Mi madre me llamó el domingo.';

async function panel(entries: unknown[], lang = 'en') {
  const el = await fixture<HwReviewPanel>(html`<hw-review-panel lang=${lang} .entries=${entries}></hw-review-panel>`);
  await waitFor(() => shadow(el).querySelector('[part="brief"]'), 'the brief');
  await el.updateComplete;
  return el;
}

const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const engagementLine = (el: HwReviewPanel) => text(shadow(el).querySelector('[part="brief"] p.muted'));
const captions = (el: HwReviewPanel) => [...shadow(el).querySelectorAll('caption')].map(text);

function engagement(sittings: number) {
  return {
    engagement: {
      activeSeconds: 300,
      sittings,
      edits: 5,
      fieldsFilled: 3,
      fieldsOffered: 7,
      selfReview: { obstacles: [], reflection: '' },
    },
  };
}

/** The text nodes under `root` (through nested shadow-free markup) holding `needle`. */
function textNodesWith(root: ParentNode, needle: string): Text[] {
  const found: Text[] = [];
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const node of element.childNodes) {
      if (node.nodeType === Node.TEXT_NODE && node.textContent!.includes(needle)) found.push(node as Text);
    }
  }
  return found;
}

/** Whether `sentence` is laid out left to right: its first letter left of its final full stop. */
function readsLeftToRight(node: Text, sentence: string): boolean {
  const start = node.textContent!.indexOf(sentence);
  const rectOf = (offset: number) => {
    const range = document.createRange();
    range.setStart(node, offset);
    range.setEnd(node, offset + 1);
    return range.getBoundingClientRect();
  };
  return rectOf(start).left < rectOf(start + sentence.length - 1).left;
}

describe('<hw-review-panel> brief', () => {
  it('says "1 sitting" and "1 entry", in the plural only when there are more', async () => {
    const one = await panel([moodCheckIn('2026-11-02T08:00:00Z', {}, engagement(1))]);
    expect(engagementLine(one)).to.equal('Active time 5 min over 1 sitting; came back to 0 entries later.');
    const two = await panel([
      moodCheckIn('2026-11-02T08:00:00Z', {}, engagement(2)),
      moodCheckIn('2026-11-03T08:00:00Z', {}, engagement(1)),
    ]);
    expect(engagementLine(two)).to.equal('Active time 10 min over 3 sittings; came back to 1 entry later.');
  });

  it('counts in the plural rules of each language', async () => {
    const el = await panel([moodCheckIn('2026-11-02T08:00:00Z', {}, engagement(2))], 'fr');
    await waitFor(() => engagementLine(el).includes('Temps actif'), 'the French catalogue');
    expect(engagementLine(el)).to.equal('Temps actif 5 min en 2 séances de travail ; 1 saisie reprise plus tard.');
  });

  it('names one problem and one exported entry in the singular', async () => {
    const el = await panel([
      { ...moodCheckIn('2026-11-03T08:00:00Z'), status: 'nonsense' },
      { id: 'broken', exercise: 'mood-tracker' },
      moodCheckIn('2026-11-02T08:00:00Z'),
    ]);
    const gists = [...shadow(el).querySelectorAll('.row.invalid .gist')].map(text);
    expect(gists).to.include('Not valid (1 problem)');
    expect(gists.find((gist) => gist !== 'Not valid (1 problem)')).to.match(/^Not valid \(\d+ problems\)$/);
    // The invalid record filtered out: one entry is exported.
    const select = shadow(el).querySelector<HTMLSelectElement>('#f-exercise')!;
    select.value = 'mood-tracker';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = () => {}; // the download itself would leave the test page
    try {
      [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.includes('Export JSON'))!.click();
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    await waitFor(() => / with 1 entry\.$/.test(text(shadow(el).querySelector('.panel > [role="status"]'))), '1 entry');
  });

  it('puts mood notes among the client’s own words, marked as notes', async () => {
    const el = await panel([
      moodCheckIn('2026-11-02T08:00:00Z', { note: 'Slept badly, then a good walk' }),
      moodCheckIn('2026-11-03T08:00:00Z', { note: '   ' }),
    ]);
    const section = shadow(el).querySelector('[part="self-review"]')!;
    const quotes = [...section.querySelectorAll('blockquote')].map(text);
    expect(quotes).to.deep.equal(['Slept badly, then a good walk']);
    expect(text(section.querySelector('.reflections li'))).to.contain('Mood check-in · Nov 2, 2026 · Note');
  });

  it('shows averages by time of day and weekday only from 7 check-ins on 3 days', async () => {
    const single = await panel([moodCheckIn('2026-11-02T08:00:00Z')]);
    expect(captions(single)).to.not.include('By time of day');
    expect(captions(single)).to.not.include('By day of the week');

    // Seven check-ins, but on two days: every cell would be one day's mood.
    const twoDays = Array.from({ length: 7 }, (_, i) => moodCheckIn(`2026-11-0${2 + (i % 2)}T0${i + 1}:00:00Z`));
    expect(captions(await panel(twoDays))).to.not.include('By time of day');

    const week = Array.from({ length: 7 }, (_, i) => moodCheckIn(`2026-11-0${i + 2}T08:00:00Z`));
    const enough = await panel(week);
    expect(captions(enough)).to.include.members(['By time of day', 'By day of the week']);
  });

  it('keeps a Spanish sentence in its own order inside an Arabic panel: panel, detail and print', async () => {
    const el = await panel(
      [
        moodCheckIn('2026-11-02T08:00:00Z', { note: SPANISH }),
        thoughtRecord('2026-11-03T08:00:00Z', { situation: SPANISH }),
      ],
      'ar',
    );
    await waitFor(() => shadow(el).querySelector('h2')?.textContent?.includes('مراجعة'), 'the Arabic catalogue');
    const root = shadow(el);
    expect(root.querySelector('section')!.getAttribute('dir')).to.equal('rtl');

    const check = (where: string, scope: ParentNode) => {
      const nodes = textNodesWith(scope, SPANISH);
      expect(nodes.length, `${where}: the sentence is shown`).to.be.greaterThan(0);
      for (const node of nodes) {
        expect(readsLeftToRight(node, SPANISH), `${where}: ${node.parentElement!.outerHTML.slice(0, 80)}`).to.equal(
          true,
        );
      }
    };
    check('the client’s own words', root.querySelector('[part="self-review"]')!);
    check('the thought record summary', root.querySelector('[aria-labelledby="tr-title"]')!);

    root.querySelector<HTMLButtonElement>('.row')!.click();
    const dialog = (await waitFor(() => root.querySelector('dialog[open]'), 'the detail'))!;
    check('the detail', dialog);
    root.querySelector<HTMLButtonElement>('dialog .actions button')!.click();
    await waitFor(() => !dialog.hasAttribute('open'), 'the detail closed');

    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    check('print', root.querySelector('.print-list')!);
    window.dispatchEvent(new Event('afterprint'));
  });
});
