// The practice's loop in the browser: the client's own list (<hw-assignment-list>), the
// clinician's caseload (<hw-caseload>) and the reminder file, in real Chromium: states,
// keyboard, axe, languages, offline from the last load, and an .ics with no clinical text.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/hw-assignment-list.js';
import '../../src/define/hw-caseload.js';
import type { HwAssignmentList } from '../../src/define/hw-assignment-list.js';
import type { HwCaseload } from '../../src/define/hw-caseload.js';
import { clearCachedLists, LIST_DB_NAME } from '../../src/elements/assignment-list/list-cache.js';
import { sortCaseload, readCaseload } from '../../src/elements/caseload/caseload-data.js';
import { localInstant, reminderFile } from '../../src/exercises/assignment-reminder.js';
import { loadLocale } from '../../src/i18n/catalogue.js';
import { waitFor } from '../support/browser-fixtures.js';
import { buttonNamed, labelled, tabUntil } from '../support/keyboard.js';
import { deepActiveElement, shadow } from '../support/shadow.js';
import { CASELOAD, MINE } from '../support/practice-data.js';

const text = (el: Element) => shadow(el).textContent!.replace(/\s+/g, ' ');

describe('<hw-assignment-list>', () => {
  afterEach(() => clearCachedLists());

  it('shows what is to do first (overdue first), then what is done, with notes and "n of m"', async () => {
    const el = await fixture<HwAssignmentList>(html`<hw-assignment-list .data=${MINE}></hw-assignment-list>`);
    const lists = shadow(el).querySelectorAll('ul.assignments');
    expect(lists).to.have.length(2);
    expect([...lists[0].querySelectorAll('h4')].map((h) => h.textContent!.trim())).to.deep.equal([
      'Behavioural experiment',
      'Check-ins',
    ]);
    expect([...lists[1].querySelectorAll('h4')].map((h) => h.textContent!.trim())).to.deep.equal([
      'After the argument',
    ]);
    expect(text(el)).to.include('Three times is plenty.');
    expect(text(el)).to.include('1 of 3 done');
    expect(text(el)).to.include('Was due');
    expect(text(el)).not.to.include('junk');
    await expect(el).to.be.accessible();
  });

  it('opens an assignment and makes a reminder with the keyboard alone', async () => {
    const el = await fixture<HwAssignmentList>(html`<hw-assignment-list .data=${MINE}></hw-assignment-list>`);
    let opened: string | undefined;
    el.addEventListener(
      'hw-assignment-open',
      (e) => (opened = (e as unknown as { assignment: { id: string } }).assignment.id),
    );
    await tabUntil(buttonNamed('Open'), 'the first Open');
    await sendKeys({ press: 'Enter' });
    expect(opened).to.equal('a-late');
    await tabUntil(buttonNamed('Add to my calendar'), 'Add to my calendar');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(labelled('First day')(deepActiveElement()), 'the form takes the focus').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('speaks every shipped language, right to left in Arabic', async () => {
    await loadLocale('ar');
    const el = await fixture<HwAssignmentList>(html`<hw-assignment-list lang="ar" .data=${MINE}></hw-assignment-list>`);
    await el.updateComplete;
    expect(shadow(el).querySelector('section')!.getAttribute('dir')).to.equal('rtl');
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('واجباتك');
    await expect(el).to.be.accessible();
  });

  it('speaks the client’s preferred language, unless the list has its own lang', async () => {
    await loadLocale('es');
    const spanish = await fixture<HwAssignmentList>(
      html`<hw-assignment-list .data=${{ ...MINE, language: 'es' }}></hw-assignment-list>`,
    );
    await spanish.updateComplete;
    expect(shadow(spanish).querySelector('h2')!.textContent).to.equal('Tus tareas');
    const chosen = await fixture<HwAssignmentList>(
      html`<hw-assignment-list lang="en" .data=${{ ...MINE, language: 'es' }}></hw-assignment-list>`,
    );
    expect(shadow(chosen).querySelector('h2')!.textContent).to.equal('Your homework');
  });

  it('shows the list last loaded through the same link when offline, and says so', async () => {
    const answers: Array<() => Promise<Response>> = [
      async () => new Response(JSON.stringify(MINE), { headers: { 'Content-Type': 'application/json' } }),
      async () => Promise.reject(new TypeError('Failed to fetch')),
    ];
    const realFetch = window.fetch;
    window.fetch = () => answers.shift()!();
    try {
      const auth = () => ({ Authorization: 'Bearer hwl_one' });
      const online = await fixture<HwAssignmentList>(
        html`<hw-assignment-list src="/api/my/assignments" .getAuthHeaders=${auth}></hw-assignment-list>`,
      );
      await waitFor(() => text(online).includes('Check-ins'), 'the list');
      const offline = await fixture<HwAssignmentList>(
        html`<hw-assignment-list src="/api/my/assignments" .getAuthHeaders=${auth}></hw-assignment-list>`,
      );
      await waitFor(() => text(offline).includes('offline'), 'the offline notice');
      expect(text(offline)).to.include('Check-ins');
      const kept = await new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open(LIST_DB_NAME);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('lists').objectStore('lists').getAll();
          all.onsuccess = () => resolve(all.result);
          all.onerror = () => reject(all.error);
        };
      });
      expect(kept).to.have.length(1);
      expect(JSON.stringify(kept)).not.to.include('hwl_one', 'the credential is never stored');
      expect(localStorage.length, 'nothing in localStorage').to.equal(0);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('tells the client calmly when their link no longer works', async () => {
    const realFetch = window.fetch;
    window.fetch = async () => new Response('{"message":"withdrawn"}', { status: 401 });
    try {
      const el = await fixture<HwAssignmentList>(
        html`<hw-assignment-list
          src="/api/my/assignments"
          .getAuthHeaders=${() => ({ Authorization: 'Bearer x' })}
        ></hw-assignment-list>`,
      );
      await waitFor(() => text(el).includes('no longer works'), 'the calm message');
      await expect(el).to.be.accessible();
    } finally {
      window.fetch = realFetch;
    }
  });
});

describe('<hw-caseload>', () => {
  it('lists every client with states, "n of m", last entry and flags, sortable', async () => {
    const el = await fixture<HwCaseload>(html`<hw-caseload .data=${CASELOAD}></hw-caseload>`);
    const names = () => [...shadow(el).querySelectorAll('tbody th')].map((th) => th.textContent!.trim());
    expect(names()).to.deep.equal(['Client A', 'Client B']);
    expect(text(el)).to.include('overdue');
    expect(text(el)).to.include('3 of 3');
    const sort = shadow(el).querySelector('select')!;
    sort.value = 'behind';
    sort.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names()).to.deep.equal(['Client B', 'Client A']);
    sort.value = 'flags';
    sort.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names()).to.deep.equal(['Client A', 'Client B']);
    await expect(el).to.be.accessible();
  });

  it('opens a client for review with the keyboard', async () => {
    const el = await fixture<HwCaseload>(
      html`<hw-caseload .data=${CASELOAD} clients-endpoint="/api/clients"></hw-caseload>`,
    );
    let opened: string | undefined;
    el.addEventListener('hw-client-open', (e) => (opened = e.client.id));
    await tabUntil(buttonNamed('Review'), 'Review');
    await sendKeys({ press: 'Enter' });
    expect(opened).to.equal('c-a');
    await expect(el).to.be.accessible();
  });

  it('reads only well-formed rows, and sorts the quiet ones (no entry yet) first', () => {
    const rows = readCaseload({ clients: [...CASELOAD.clients, { label: 'no id' }, 'junk'] })!;
    expect(rows.map((r) => r.id)).to.deep.equal(['c-b', 'c-a']);
    expect(sortCaseload(rows, 'quiet', 'en').map((r) => r.id)).to.deep.equal(['c-b', 'c-a']);
    expect(readCaseload({})).to.equal(null);
  });
});

describe('a reminder file for an assignment', () => {
  it('repeats daily at the chosen time, alarms at it, and names nothing clinical', () => {
    const file = reminderFile(
      'panic-diary-for-alice',
      { date: '2026-03-12', time: '20:00', days: 7, summary: 'Reminder' },
      Date.UTC(2026, 2, 11),
    )!;
    const lines = file.replace(/\r\n /g, '').split('\r\n');
    expect(lines).to.include('RRULE:FREQ=DAILY;COUNT=7');
    expect(lines).to.include('TRIGGER:-PT0M');
    expect(lines).to.include('SUMMARY:Reminder');
    expect(lines).to.include(
      `DTSTART:${new Date(2026, 2, 12, 20, 0)
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '')}`,
    );
    expect(file).not.to.match(/panic|alice|URL|http|DESCRIPTION:(?!Reminder)|LOCATION/i);
  });

  it('is once without a repeat, and refuses a date or time that does not exist', () => {
    const once = reminderFile('a', { date: '2026-03-12', time: '08:30', days: 1, summary: '  ' }, 0)!;
    expect(once).not.to.include('RRULE');
    expect(once).to.include('SUMMARY:Reminder');
    expect(reminderFile('a', { date: '2026-02-30', time: '08:30', days: 1, summary: 'x' }, 0)).to.equal(null);
    expect(localInstant('2026-03-12', '24:00')).to.equal(null);
  });
});
