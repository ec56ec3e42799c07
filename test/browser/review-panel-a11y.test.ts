// <hw-review-panel> with the keyboard alone, and axe in every state a clinician meets.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { HwReviewPanel } from '../../src/index.js';
import { serverUrl, waitFor } from '../support/browser-fixtures.js';
import { buttonNamed, labelled, tabUntil } from '../support/keyboard.js';
import { experiment, moodCheckIn, thoughtRecord } from '../support/review-entries.js';
import { deepActiveElement, shadow } from '../support/shadow.js';

function mixed() {
  const entries: unknown[] = [];
  for (let day = 1; day <= 20; day++) {
    const d = String(day).padStart(2, '0');
    entries.push(
      moodCheckIn(`2026-11-${d}T08:00:00.000+01:00`, {
        mood: { value: day % 11, scale: '0-10' },
        activity: { name: day % 2 ? 'Walk' : 'Reading', mastery: 4, pleasure: 6 },
      }),
    );
    if (day % 5 === 0) entries.push(thoughtRecord(`2026-11-${d}T20:00:00.000+01:00`));
    if (day % 7 === 0) entries.push(experiment(`2026-11-${d}T12:00:00.000+01:00`));
  }
  entries.push({ id: 'broken', exercise: 'thought-record', schema: 'thought-record/1', data: {} });
  entries.push({ id: 'newer', exercise: 'mood-tracker', schema: 'mood-tracker/2', data: { feeling: 'fine' } });
  return entries;
}

async function panel(options: { lang?: string; theme?: 'dark'; entries?: unknown[] } = {}) {
  const el = await fixture<HwReviewPanel>(
    html`<hw-review-panel
      lang=${options.lang ?? 'en'}
      theme=${options.theme ?? 'light'}
      since="2026-11-01"
      .assignments=${[
        { id: 'a1', exercise: 'thought-record', title: 'After arguments' },
        { id: 'a2', exercise: 'mood-tracker' },
      ]}
      .entries=${options.entries ?? mixed()}
    ></hw-review-panel>`,
  );
  await el.updateComplete;
  return el;
}

const rowAt = (index: number) => (el: Element | null) =>
  el instanceof HTMLButtonElement && el.closest('li')?.getAttribute('aria-posinset') === String(index);

describe('<hw-review-panel> accessibility', () => {
  it('filters, moves through the list, opens and closes an entry with the keyboard alone', async () => {
    const host = await fixture<HTMLElement>(
      html`<div>
        <button>before</button>
        <hw-review-panel .entries=${mixed()}></hw-review-panel>
      </div>`,
    );
    const el = host.querySelector('hw-review-panel')!;
    await el.updateComplete;
    host.querySelector('button')!.focus();

    await tabUntil(labelled('Sort'), 'the sort order');
    // A native select: the arrow key changes the value without opening it.
    await sendKeys({ press: 'ArrowDown' });
    await waitFor(() => shadow(el).querySelector<HTMLSelectElement>('#f-sort')!.value === 'oldest', 'oldest first');

    await tabUntil(buttonNamed('Print'), 'the print button');
    await tabUntil(rowAt(1), 'the first row');
    // Only one row is in the tab order: Tab leaves the list.
    const inTabOrder = shadow(el).querySelectorAll('.row[tabindex="0"]');
    expect(inTabOrder.length).to.equal(1);

    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await waitFor(() => rowAt(3)(deepActiveElement()), 'the third row focused');
    await sendKeys({ press: 'End' });
    const total = shadow(el).querySelector('li[aria-setsize]')!.getAttribute('aria-setsize')!;
    await waitFor(() => rowAt(Number(total))(deepActiveElement()), 'the last row focused');
    await sendKeys({ press: 'Home' });
    await waitFor(() => rowAt(1)(deepActiveElement()), 'the first row again');

    await sendKeys({ press: 'Enter' });
    const dialog = (await waitFor(() => shadow(el).querySelector('dialog[open]'), 'the entry dialog'))!;
    expect(deepActiveElement()?.id).to.equal('detail-title');
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !dialog.hasAttribute('open'), 'the dialog closed');
    await waitFor(() => rowAt(1)(deepActiveElement()), 'focus back on the row');
  });

  describe('axe finds no violations', () => {
    it('when there is nothing yet', async () => {
      await expect(await panel({ entries: [] })).to.be.accessible();
    });

    it('with a month of mixed entries, invalid and newer records, and every table open', async () => {
      const el = await panel();
      for (const details of shadow(el).querySelectorAll('details')) details.open = true;
      await expect(el).to.be.accessible();
    });

    it('with an entry open in the dialog', async () => {
      const el = await panel();
      shadow(el).querySelector<HTMLButtonElement>('.row')!.click();
      await waitFor(() => shadow(el).querySelector('dialog[open]'), 'the dialog');
      await expect(el).to.be.accessible();
    });

    it('with an invalid record open', async () => {
      const el = await panel({
        entries: [{ id: 'broken', exercise: 'mood-tracker' }, moodCheckIn('2026-11-02T08:00:00Z')],
      });
      shadow(el).querySelector<HTMLButtonElement>('.row.invalid')!.click();
      await waitFor(() => shadow(el).querySelector('dialog[open]'), 'the dialog');
      for (const details of shadow(el).querySelectorAll('details')) details.open = true;
      await expect(el).to.be.accessible();
    });

    it('while loading and after a failed load', async () => {
      const el = await fixture<HwReviewPanel>(
        html`<hw-review-panel
          src=${`${await serverUrl()}/api/nothing-here`}
          allowed-origins=${await serverUrl()}
        ></hw-review-panel>`,
      );
      await expect(el).to.be.accessible();
      await waitFor(() => shadow(el).querySelector('[role="alert"]'), 'the error');
      await expect(el).to.be.accessible();
    });

    it('in Arabic, right to left', async () => {
      const el = await panel({ lang: 'ar' });
      await waitFor(() => shadow(el).querySelector('h2')!.textContent!.includes('مراجعة'), 'the Arabic catalogue');
      expect(shadow(el).querySelector('section')!.getAttribute('dir')).to.equal('rtl');
      await expect(el).to.be.accessible();
    });

    it('in the dark theme', async () => {
      await expect(await panel({ theme: 'dark' })).to.be.accessible();
    });

    it('ready to print', async () => {
      const el = await panel();
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('.print-item').length).to.be.greaterThan(20);
      await expect(el).to.be.accessible();
      window.dispatchEvent(new Event('afterprint'));
    });
  });
});
