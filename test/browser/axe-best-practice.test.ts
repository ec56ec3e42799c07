// axe's WCAG 2.2 A/AA and best-practice rules on every element, in a host page as a practice
// embeds it (in its <main>, under its <h1>), in the states a client or clinician meets.
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/index.js';
import '../../src/define/hw-assignment-list.js';
import '../../src/define/hw-caseload.js';
import { clearCachedLists } from '../../src/elements/assignment-list/list-cache.js';
import { axeViolations, inHostPage } from '../support/axe.js';
import { endpoint, freshDevice, resetServer, waitFor } from '../support/browser-fixtures.js';
import { CASELOAD, MINE } from '../support/practice-data.js';
import { experiment, moodCheckIn, thoughtRecord } from '../support/review-entries.js';
import { shadow, typeInto } from '../support/shadow.js';

/** Press every "Add …" button once and type into each text field. */
async function fillIn(el: LitElement) {
  for (const add of shadow(el).querySelectorAll<HTMLButtonElement>('button[id^="add-"]')) add.click();
  await el.updateComplete;
  for (const field of shadow(el).querySelectorAll<HTMLInputElement>('textarea, input[type="text"]')) {
    typeInto(field, 'Something I wrote');
  }
  await el.updateComplete;
}

async function unfold(el: LitElement) {
  for (const details of shadow(el).querySelectorAll('details')) details.open = true;
  await el.updateComplete;
}

function entries() {
  const all: unknown[] = [];
  for (let day = 1; day <= 14; day++) {
    const d = String(day).padStart(2, '0');
    all.push(moodCheckIn(`2026-11-${d}T08:00:00.000+01:00`, { mood: { value: day % 11, scale: '0-10' } }));
    if (day % 5 === 0) all.push(thoughtRecord(`2026-11-${d}T20:00:00.000+01:00`));
    if (day % 7 === 0) all.push(experiment(`2026-11-${d}T12:00:00.000+01:00`));
  }
  return all;
}

describe('axe, WCAG 2.2 AA and best practice, each element in a host page', () => {
  beforeEach(async () => {
    await freshDevice();
    await resetServer();
  });
  afterEach(() => clearCachedLists());

  it('the runs elsewhere (chai-a11y-axe) include best-practice rules too', async () => {
    // A skipped heading level is a best-practice finding only (heading-order), not WCAG's.
    const skipped = await fixture(
      html`<div>
        <h2>Part</h2>
        <h4>Skipped a level</h4>
      </div>`,
    );
    await expect(skipped).not.to.be.accessible();
    await expect(skipped).to.be.accessible({ ignoredRules: ['heading-order'] });
  });

  it('in the host page, a skipped level and content outside a landmark are found', async () => {
    const el = await inHostPage<HTMLElement>(html`<section><h3>Skipped a level</h3></section>`, 'section');
    el.closest('main')!.after(Object.assign(document.createElement('p'), { textContent: 'Outside' }));
    const found = await axeViolations();
    expect(found.some((line) => line.startsWith('heading-order'))).to.equal(true);
    expect(found.some((line) => line.startsWith('region'))).to.equal(true);
  });

  it('thought record, filled in, every part open', async () => {
    const el = await inHostPage<LitElement>(
      html`<hw-thought-record endpoint=${await endpoint()}></hw-thought-record>`,
      'hw-thought-record',
    );
    await waitFor(() => shadow(el).querySelector('#situation'), 'the form');
    await fillIn(el);
    await unfold(el);
    expect(await axeViolations()).to.deep.equal([]);
  });

  it('mood tracker, every part open, an earlier time', async () => {
    const el = await inHostPage<LitElement>(
      html`<hw-mood-tracker endpoint=${await endpoint()}></hw-mood-tracker>`,
      'hw-mood-tracker',
    );
    await waitFor(() => shadow(el).querySelector('input[name="when"]'), 'the check-in');
    await waitFor(() => shadow(el).querySelector('.history'), 'the history');
    shadow(el).querySelectorAll<HTMLInputElement>('input[name="when"]')[1].click();
    await unfold(el);
    await fillIn(el);
    expect(await axeViolations()).to.deep.equal([]);
  });

  it('behavioural experiment, the plan and the outcome', async () => {
    const el = await inHostPage<LitElement>(
      html`<hw-behavioural-experiment endpoint=${await endpoint()}></hw-behavioural-experiment>`,
      'hw-behavioural-experiment',
    );
    await waitFor(() => shadow(el).querySelector('#phase'), 'the form');
    await fillIn(el);
    expect(await axeViolations(), 'the plan').to.deep.equal([]);
    shadow(el).querySelector<HTMLButtonElement>('.actions button')!.click();
    await waitFor(() => shadow(el).querySelector('#outcome'), 'the outcome');
    await unfold(el);
    expect(await axeViolations(), 'the outcome').to.deep.equal([]);
  });

  it('review panel with entries, every part open, and an entry opened', async () => {
    const el = await inHostPage<LitElement>(
      html`<hw-review-panel since="2026-11-01" .entries=${entries()}></hw-review-panel>`,
      'hw-review-panel',
    );
    await waitFor(() => shadow(el).querySelector('.row'), 'the list');
    await unfold(el);
    expect(await axeViolations(), 'the panel').to.deep.equal([]);
    shadow(el).querySelector<HTMLButtonElement>('.row')!.click();
    await waitFor(() => shadow(el).querySelector('dialog[open]'), 'the detail');
    expect(await axeViolations(), 'the detail').to.deep.equal([]);
  });

  it('assignment composer, with its preview', async () => {
    const el = await inHostPage<LitElement>(
      html`<hw-assignment-composer lang="en"></hw-assignment-composer>`,
      'hw-assignment-composer',
    );
    await waitFor(() => shadow(el).querySelector('[part="preview"] [preview]'), 'the preview');
    const preview = shadow(el).querySelector<LitElement>('[part="preview"] [preview]')!;
    await waitFor(() => preview.shadowRoot?.querySelector('.fields'), 'the preview form');
    await unfold(el);
    expect(await axeViolations()).to.deep.equal([]);
  });

  it('caseload', async () => {
    const el = await inHostPage<LitElement>(html`<hw-caseload .data=${CASELOAD}></hw-caseload>`, 'hw-caseload');
    await waitFor(() => shadow(el).querySelector('tbody th'), 'the caseload');
    expect(await axeViolations()).to.deep.equal([]);
  });

  it("the client's assignment list", async () => {
    const el = await inHostPage<LitElement>(
      html`<hw-assignment-list .data=${MINE}></hw-assignment-list>`,
      'hw-assignment-list',
    );
    await waitFor(() => shadow(el).querySelector('ul.assignments'), 'the list');
    expect(await axeViolations()).to.deep.equal([]);
  });
});
