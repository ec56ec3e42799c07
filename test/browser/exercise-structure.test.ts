// The exercises' structure as a screen reader presents it: one heading per step, to jump
// step to step (a group's legend or the step's question inside it), one level below the
// widget's own heading; and targets of at least 24 by 24 CSS px (WCAG 2.5.8).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { HwBehaviouralExperiment, HwMoodTracker, HwThoughtRecord } from '../../src/index.js';
import { BURNS_DISTORTIONS } from '../../src/exercises/thought-record.js';
import { thinkingPatterns as english } from '../../src/i18n/en/thinking-patterns.js';
import { localeLoaders } from '../../src/lazy/locales.js';
import { endpoint, freshDevice, resetServer, waitFor } from '../support/browser-fixtures.js';
import { button, byLabel, shadow } from '../support/shadow.js';

const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

/**
 * Every step's headings, as [level, name], step by step. The folded self-review is left out:
 * it is a disclosure button ("Looking back (optional)"), found as one.
 */
function stepHeadings(el: Element): Array<Array<[number, string]>> {
  return [...shadow(el).querySelectorAll('[part="step"]:not(details)')].map((step) =>
    [...step.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => [Number(h.localName[1]), text(h)]),
  );
}

/** The name of each step that is a group: its legend (fieldset's accessible name). */
function groupNames(el: Element): string[] {
  return [...shadow(el).querySelectorAll('fieldset[part="step"]')].map((group) =>
    text(group.querySelector(':scope > legend')!),
  );
}

async function thoughtRecord(columns: number) {
  const el = await fixture<HwThoughtRecord>(
    html`<hw-thought-record endpoint=${await endpoint()} columns=${columns}></hw-thought-record>`,
  );
  await waitFor(() => shadow(el).querySelector('#situation'), 'the form');
  return el;
}

async function experiment() {
  const el = await fixture<HwBehaviouralExperiment>(
    html`<hw-behavioural-experiment endpoint=${await endpoint()}></hw-behavioural-experiment>`,
  );
  await waitFor(() => shadow(el).querySelector('#phase'), 'the form');
  return el;
}

describe('exercise structure', () => {
  beforeEach(async () => {
    await freshDevice();
    await resetServer();
  });

  describe('<hw-thought-record>: the thinking patterns in plain words', () => {
    for (const lang of ['en', 'es', 'ar', 'zh-Hans']) {
      it(`says what each pattern means, folded beside them (${lang})`, async () => {
        const words: Record<string, string> = lang === 'en' ? english : await localeLoaders[lang]();
        const el = await fixture<HwThoughtRecord>(
          html`<hw-thought-record lang=${lang} endpoint=${await endpoint()}></hw-thought-record>`,
        );
        const meanings = await waitFor(
          () => shadow(el).querySelector<HTMLDetailsElement>('details.meanings'),
          'the meanings',
        );
        expect(meanings!.open, 'folded until the client opens it').to.equal(false);
        expect(meanings!.querySelector('summary')!.textContent!.trim()).to.equal(words['patterns.help']);
        const explained = [...meanings!.querySelectorAll('dd')].map((dd) => dd.textContent!.trim());
        expect(explained).to.deep.equal(BURNS_DISTORTIONS.map((id) => words[`patterns.${id}`]));
        expect(explained.every((text) => text.length > 4 && !text.startsWith('patterns.'))).to.equal(true);
        meanings!.open = true;
        await expect(el).to.be.accessible();
      });
    }

    it('explains only the patterns shown: none for a clinician’s own, none when switched off', async () => {
      const el = await fixture<HwThoughtRecord>(
        html`<hw-thought-record endpoint=${await endpoint()}></hw-thought-record>`,
      );
      await waitFor(() => shadow(el).querySelector('details.meanings'), 'the meanings');
      el.assignment = { id: 'p-1', exercise: 'thought-record', distortions: ['mental-filter', 'My own pattern'] };
      await waitFor(() => shadow(el).querySelectorAll('details.meanings dd').length === 1, 'one meaning');
      expect(shadow(el).querySelector('details.meanings dt')!.textContent).to.equal('Mental filter');
      el.assignment = { id: 'p-2', exercise: 'thought-record', showDistortions: false };
      await waitFor(() => shadow(el).querySelector('.fields[aria-busy="false"]'), 'the form again');
      expect(shadow(el).querySelector('details.meanings')).to.equal(null);
    });
  });

  describe('<hw-thought-record>: a heading per step', () => {
    it('seven columns: seven steps, each with one heading "Step n of 7" and its question', async () => {
      const el = await thoughtRecord(7);
      expect(stepHeadings(el)).to.deep.equal([
        [[3, 'Step 1 of 7 Situation: who, what, when, where?']],
        [[3, 'Step 2 of 7 Moods']],
        [[3, 'Step 3 of 7 Automatic thoughts']],
        [[3, 'Step 4 of 7 Evidence that supports the hot thought']],
        [[3, 'Step 5 of 7 Evidence that does not support the hot thought']],
        [[3, 'Step 6 of 7 Balanced thought: a different way of seeing it']],
        [[3, 'Step 7 of 7 Re-rate moods']],
      ]);
      // One level below the widget's heading.
      expect(shadow(el).querySelector('#title')!.localName).to.equal('h2');
      // The steps with several controls are groups named by their heading.
      expect(groupNames(el)).to.deep.equal([
        'Step 2 of 7 Moods',
        'Step 3 of 7 Automatic thoughts',
        'Step 7 of 7 Re-rate moods',
      ]);
      // A one-question step's heading holds the label: the field keeps its name.
      expect(byLabel(el, 'Situation: who, what').id).to.equal('situation');
      expect(byLabel(el, 'Evidence that supports').id).to.equal('evidence-for');
      await expect(el).to.be.accessible();
    });

    it('three columns: three steps, numbered of 3', async () => {
      const el = await thoughtRecord(3);
      expect(stepHeadings(el).map((step) => step.map(([, name]) => name))).to.deep.equal([
        ['Step 1 of 3 Situation: who, what, when, where?'],
        ['Step 2 of 3 Moods'],
        ['Step 3 of 3 Automatic thoughts'],
      ]);
    });
  });

  describe('<hw-behavioural-experiment>: a heading per step, below the part', () => {
    it('the plan: type, belief, experiment, prediction, safety behaviours, obstacles', async () => {
      const el = await experiment();
      expect(text(shadow(el).querySelector('h3#phase')!)).to.equal('Part 1 of 2: the plan');
      expect(stepHeadings(el)).to.deep.equal([
        [[4, 'Experiment type']],
        [[4, 'Target belief: what thought am I testing?']],
        [[4, 'Experiment: what will I do?']],
        [[4, 'Prediction: what do I expect will happen?']],
        [[4, 'Safety behaviours I will drop']],
        [[4, 'Obstacles, and what I will do about them']],
      ]);
      expect(groupNames(el)).to.deep.equal([
        'Experiment type',
        'Safety behaviours I will drop',
        'Obstacles, and what I will do about them',
      ]);
      expect(byLabel(el, 'Target belief: what thought').id).to.equal('targetBelief');
      await expect(el).to.be.accessible();
    });

    it('the outcome: what happened, then the belief re-rated', async () => {
      const el = await experiment();
      button(el, 'I did the experiment').click();
      await waitFor(() => text(shadow(el).querySelector('#phase')!) === 'Part 2 of 2: the outcome', 'the outcome');
      expect(stepHeadings(el)).to.deep.equal([
        [[4, 'Outcome: what actually happened?']],
        [[4, 'Target belief: what thought am I testing?']],
      ]);
      await expect(el).to.be.accessible();
    });
  });

  describe("heading-level: the widget fits the page's outline", () => {
    it("3: an h3 title, the thought record's steps h4", async () => {
      const el = await fixture<HwThoughtRecord>(
        html`<hw-thought-record endpoint=${await endpoint()} columns="3" heading-level="3"></hw-thought-record>`,
      );
      await waitFor(() => shadow(el).querySelector('.fields[aria-busy="false"]'), 'the form open');
      expect(shadow(el).querySelector('#title')!.localName).to.equal('h3');
      expect(stepHeadings(el)).to.deep.equal([
        [[4, 'Step 1 of 3 Situation: who, what, when, where?']],
        [[4, 'Step 2 of 3 Moods']],
        [[4, 'Step 3 of 3 Automatic thoughts']],
      ]);
      await expect(el).to.be.accessible();
    });

    it("3: the experiment's part h4, its steps h5; the deepest level stops at h6", async () => {
      const el = await fixture<HwBehaviouralExperiment>(
        html`<hw-behavioural-experiment endpoint=${await endpoint()} heading-level="3"></hw-behavioural-experiment>`,
      );
      await waitFor(() => shadow(el).querySelector('.fields[aria-busy="false"]'), 'the form open');
      expect(shadow(el).querySelector('#title')!.localName).to.equal('h3');
      expect(shadow(el).querySelector('#phase')!.localName).to.equal('h4');
      expect(stepHeadings(el)[0]).to.deep.equal([[5, 'Experiment type']]);
      el.headingLevel = 6;
      await el.updateComplete;
      expect(shadow(el).querySelector('#title')!.localName).to.equal('h6');
      expect(shadow(el).querySelector('#phase')!.localName).to.equal('h6');
      expect(stepHeadings(el)[0]).to.deep.equal([[6, 'Experiment type']]);
    });

    for (const invalid of ['0', '7', '2.5', 'three', '']) {
      it(`"${invalid}" counts as 2`, async () => {
        const el = await fixture<HwThoughtRecord>(
          html`<hw-thought-record
            endpoint=${await endpoint()}
            columns="3"
            heading-level=${invalid}
          ></hw-thought-record>`,
        );
        await waitFor(() => shadow(el).querySelector('.fields[aria-busy="false"]'), 'the form open');
        expect(shadow(el).querySelector('#title')!.localName).to.equal('h2');
        expect(stepHeadings(el)[0][0][0]).to.equal(3);
      });
    }

    it("1: the mood tracker's title h1 and its history h2", async () => {
      const el = await fixture<HwMoodTracker>(
        html`<hw-mood-tracker endpoint=${await endpoint()} heading-level="1"></hw-mood-tracker>`,
      );
      await waitFor(() => shadow(el).querySelector('#history-title'), 'the history');
      expect(shadow(el).querySelector('#title')!.localName).to.equal('h1');
      expect(shadow(el).querySelector('#history-title')!.localName).to.equal('h2');
    });
  });

  describe('targets of 24 by 24 CSS px or more (WCAG 2.5.8)', () => {
    const atLeast24 = (control: HTMLElement) => {
      const box = control.getBoundingClientRect();
      expect(box.height, `${control.id} height`).to.be.at.least(24);
      expect(box.width, `${control.id} width`).to.be.at.least(24);
    };

    it('the mood check-in\'s "Earlier" date and time', async () => {
      const el = await fixture<HwMoodTracker>(html`<hw-mood-tracker endpoint=${await endpoint()}></hw-mood-tracker>`);
      await waitFor(() => shadow(el).querySelector('input[name="when"]'), 'the check-in');
      byLabel(el, 'Earlier').click();
      await el.updateComplete;
      atLeast24(byLabel(el, 'When: date and time'));
    });

    it("the experiment's date and time", async () => {
      const el = await experiment();
      atLeast24(byLabel(el, 'Experiment: when?'));
    });
  });
});
