// <hw-review-panel> with the keyboard alone, and axe in every state a clinician meets.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { HwReviewPanel } from '../../src/index.js';
import { serverUrl, waitFor } from '../support/browser-fixtures.js';
import { buttonNamed, labelled, tabUntil } from '../support/keyboard.js';
import { experiment, moodCheckIn, thoughtRecord } from '../support/review-entries.js';
import { deepActiveElement, shadow, statusText } from '../support/shadow.js';

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

  describe('the list, as a screen reader and a keyboard meet it', () => {
    /** `count` check-ins, one an hour. */
    const checkIns = (count: number) =>
      Array.from({ length: count }, (_, i) =>
        moodCheckIn(new Date(Date.parse('2026-11-01T08:00:00Z') + i * 3_600_000).toISOString()),
      );

    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('has every one of 44 rows in the document, in order, for reading from first to last', async () => {
      const el = await panel({ entries: checkIns(44) });
      const items = [...shadow(el).querySelectorAll('[part="list"] ul > li')];
      expect(items.map((li) => li.getAttribute('aria-posinset'))).to.deep.equal(
        Array.from({ length: 44 }, (_, i) => String(i + 1)),
      );
      expect(items.every((li) => li.querySelector('.row')!.textContent!.includes('Mood check-in'))).to.equal(true);
    });

    it('pages a longer list: the pager is next in the tab order and says which entries show', async () => {
      const el = await panel({ entries: checkIns(150) });
      expect(shadow(el).querySelectorAll('.row').length).to.equal(100);
      await tabUntil(rowAt(1), 'the first row');
      await tabUntil(buttonNamed('Next page'), 'the next page');
      await sendKeys({ press: 'Enter' });
      await waitFor(() => statusText(el).includes('Entries 101–150 of 150'), 'the new page announced');
      expect(shadow(el).querySelector('.pager')!.textContent).to.contain('Entries 101–150 of 150');
      expect(shadow(el).querySelectorAll('.row').length).to.equal(50);
      // Focus stays on the button pressed, now marked as the last page's.
      expect(buttonNamed('Next page')(deepActiveElement())).to.equal(true);
      expect(deepActiveElement()!.getAttribute('aria-disabled')).to.equal('true');
      // The arrow keys cross back to the page before.
      // Back into the list (the previous-page button and the row in the tab order come before).
      for (let i = 0; i < 5 && !rowAt(101)(deepActiveElement()); i++) await sendKeys({ press: 'Shift+Tab' });
      expect(rowAt(101)(deepActiveElement()), 'the first row of the page').to.equal(true);
      await sendKeys({ press: 'ArrowUp' });
      await waitFor(() => rowAt(100)(deepActiveElement()), 'the last row of the first page');
      await waitFor(() => statusText(el).includes('Entries 1–100 of 150'), 'the first page announced');
    });

    it('connects the arrow-key help to the rows', async () => {
      const el = await panel();
      await tabUntil(rowAt(1), 'the first row');
      const row = deepActiveElement()!;
      const help = shadow(el).getElementById(row.getAttribute('aria-describedby')!)!;
      expect(help.textContent).to.equal('Arrow keys move between entries; Enter opens one in full.');
    });

    it('draws the focused row’s ring whole, inside the scroll box', async () => {
      const el = await panel();
      await tabUntil(rowAt(1), 'the first row');
      await sendKeys({ press: 'ArrowDown' });
      await waitFor(() => rowAt(2)(deepActiveElement()), 'the second row');
      const row = deepActiveElement() as HTMLElement;
      const style = getComputedStyle(row);
      expect(style.outlineStyle).to.equal('solid');
      const reach = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
      const ring = row.getBoundingClientRect();
      const box = shadow(el).querySelector<HTMLElement>('.viewport')!;
      const inner = box.getBoundingClientRect();
      const border = parseFloat(getComputedStyle(box).borderTopWidth);
      // The ring reaches `reach` px beyond the row; the box clips at its inner edge.
      expect(ring.left - reach).to.be.at.least(inner.left + border);
      expect(ring.right + reach).to.be.at.most(inner.left + border + box.clientWidth);
      expect(ring.top - reach).to.be.at.least(inner.top + border);
      expect(ring.bottom + reach).to.be.at.most(inner.top + border + box.clientHeight);
    });

    it('says when the sort order changes', async () => {
      const el = await panel();
      await tabUntil(labelled('Sort'), 'the sort order');
      await sendKeys({ press: 'ArrowDown' });
      await waitFor(() => statusText(el) === 'Entries sorted: Oldest first.', 'the new order announced');
    });

    it('takes only the room a short list needs', async () => {
      const el = await panel({ entries: checkIns(2) });
      const box = shadow(el).querySelector<HTMLElement>('.viewport')!;
      const rows = [...box.querySelectorAll<HTMLElement>('.row-item')];
      const rowsHeight = rows.reduce((sum, row) => sum + row.getBoundingClientRect().height, 0);
      expect(box.clientHeight).to.be.at.most(Math.ceil(rowsHeight) + 1);
    });

    it('at 320 px, every scrolling table can be reached and scrolled by keyboard (axe)', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await panel();
      for (const details of shadow(el).querySelectorAll('details')) details.open = true;
      await el.updateComplete;
      for (const box of shadow(el).querySelectorAll<HTMLElement>('.table-scroll')) {
        expect(box.tabIndex, box.outerHTML.slice(0, 120)).to.equal(0);
      }
      await expect(el).to.be.accessible();
    });
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
      await waitFor(() => shadow(el).querySelector('h2')?.textContent?.includes('مراجعة'), 'the Arabic catalogue');
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
