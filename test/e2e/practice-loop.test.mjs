// The practice's loop, end to end through the real server and Chromium under the strict CSP:
// the clinician adds clients A and B and composes homework for each; A's private link shows
// only A's homework; A does it; with the server's clock moved on, the caseload shows A done
// and B overdue; A's review panel shows the entry under its assignment's title; the calendar
// file A downloads repeats and alarms as chosen, and says nothing clinical.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { calendarDate } from '../../server/caseload.mjs';
import { launchBrowser, startEndpoint } from './harness.mjs';
import { recordProblems } from './page-problems.mjs';

const DAY_MS = 86_400_000;
const SITUATION = 'Situation: who, what, when, where?';

describe('the practice’s loop on the demo pages', () => {
  let browser;
  let endpoint;
  let clinicianSide;
  let clientSide;
  let violations;
  /** The server's clock: real time until the test moves it on. */
  let shift = 0;

  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    shift = 0;
    endpoint = await startEndpoint({ now: () => Date.now() + shift });
    // Two devices: the clinician's, and the client's (no session cookie there).
    clinicianSide = await browser.newContext();
    clientSide = await browser.newContext({ acceptDownloads: true });
    violations = [];
  });
  afterEach(async () => {
    await clinicianSide?.close();
    await clientSide?.close();
    await endpoint?.dispose();
  });

  async function open(context) {
    const page = await context.newPage();
    await recordProblems(page, violations);
    return page;
  }

  /** In the composer: an assignment for `client`, due `dueDate`; returns the link and message. */
  async function composeFor(page, client, title, dueDate) {
    await page.goto(`${endpoint.url}/demo/composer.html`);
    const composer = page.locator('hw-assignment-composer');
    await composer.getByLabel('For which client').selectOption({ label: client });
    await composer.getByLabel('Title (optional)').fill(title);
    await composer.getByLabel(/^Instructions/).fill('Tonight after dinner, at home, 10 minutes on one situation.');
    await composer.getByLabel('Due date (optional)').fill(dueDate);
    await composer.getByRole('button', { name: 'Save and get the link' }).click();
    const link = await composer.getByLabel(`Private link for ${client}`).inputValue();
    const message = await composer.getByLabel(/^Message to send them/).inputValue();
    return { link, message };
  }

  it('assigns to A and B, A does theirs, the caseload shows who is behind, the panel names it', async () => {
    const today = calendarDate(Date.now());
    const clinician = await open(clinicianSide);
    await endpoint.signIn(clinician, '/demo/caseload.html');
    const caseload = clinician.locator('hw-caseload');
    for (const label of ['Client A', 'Client B']) {
      await caseload.getByLabel(/^Label/).fill(label);
      await caseload.getByRole('button', { name: 'Add client' }).click();
      await caseload.getByRole('rowheader', { name: label }).waitFor();
    }

    const inTwoDays = calendarDate(Date.now() + 2 * DAY_MS);
    await composeFor(clinician, 'Client A', 'After the argument', today);
    const forB = await composeFor(clinician, 'Client B', 'Before the interview', today);
    // A's newest link opens their whole list, the earlier homework too.
    const forA = await composeFor(clinician, 'Client A', 'Before bed', inTwoDays);
    assert.match(forA.link, /\/demo\/my-homework\.html#link=hwl_/);
    assert.ok(forA.message.includes(forA.link), 'the message carries the link, ready to copy');
    assert.notEqual(forA.link, forB.link);

    // A's own space: only A's homework, and the label never reaches A's device.
    const client = await open(clientSide);
    await client.goto(forA.link);
    const list = client.locator('hw-assignment-list');
    await list.getByRole('heading', { name: 'Before bed' }).waitFor();
    const argument = list
      .getByRole('listitem')
      .filter({ has: client.getByRole('heading', { name: 'After the argument' }) });
    await argument.waitFor();
    assert.equal(await list.getByText('Before the interview').count(), 0, 'nothing of B’s');
    assert.equal(await list.getByText('Client A').count(), 0, 'not the clinician’s label');

    // The calendar file, made on the device: daily at 20:00 for a week, an alarm at the time.
    await argument.getByRole('button', { name: 'Add to my calendar' }).click();
    await list.getByLabel('Time').fill('20:00');
    await list.getByLabel(/^How many days/).fill('7');
    const [download] = await Promise.all([
      client.waitForEvent('download'),
      list.getByRole('button', { name: 'Download the calendar file' }).click(),
    ]);
    const ics = (await readFile(await download.path(), 'utf8')).replace(/\r\n /g, '');
    const lines = ics.split('\r\n');
    assert.equal(lines[0], 'BEGIN:VCALENDAR');
    assert.ok(lines.includes('RRULE:FREQ=DAILY;COUNT=7'), ics);
    assert.ok(lines.includes('BEGIN:VALARM') && lines.includes('TRIGGER:-PT0M'), ics);
    assert.ok(lines.includes('SUMMARY:Reminder'));
    const start = lines.find((line) => line.startsWith('DTSTART:'));
    const at = new Date(`${today}T20:00:00`); // the client's device and this test share a time zone
    assert.equal(
      start,
      `DTSTART:${at
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '')}`,
    );
    assert.doesNotMatch(ics, /argument|hwl_|http|URL:|LOCATION|thought/i, 'no clinical text, address or capability');

    // A opens the earlier one and does it, through the newest link.
    await argument.getByRole('button', { name: 'Open' }).click();
    await client.getByLabel(SITUATION).fill('Told my sister no');
    await client.getByRole('button', { name: /Submit/ }).click();
    await client.getByRole('status').getByText('Sent to your clinician').waitFor();
    await client.goto(forA.link);
    await client.locator('hw-assignment-list').getByRole('heading', { name: 'Done' }).waitFor();

    // The next day (the server's clock): A done, B overdue.
    shift = DAY_MS;
    await clinician.goto(`${endpoint.url}/demo/caseload.html`);
    const rowA = caseload.getByRole('row').filter({ has: clinician.getByRole('rowheader', { name: 'Client A' }) });
    const rowB = caseload.getByRole('row').filter({ has: clinician.getByRole('rowheader', { name: 'Client B' }) });
    await rowA.getByText('done').waitFor();
    await rowA.getByText(/^due /).waitFor(); // "Before bed" is not due yet
    await rowB.getByText(/^overdue/).waitFor();
    assert.equal(await rowA.getByText(/^overdue/).count(), 0);

    // A's review panel: the entry under its assignment's title, never its id.
    await rowA.getByRole('button', { name: 'Review' }).click();
    const panel = clinician.locator('hw-review-panel');
    const assignments = panel.getByRole('table', { name: 'Assignments' });
    await assignments.getByRole('rowheader', { name: /After the argument/ }).waitFor();
    await assignments.getByText('Completed').waitFor();
    await panel
      .getByRole('button', { name: /Thought record/ })
      .first()
      .click();
    const detail = panel.getByRole('dialog');
    await detail.getByText('After the argument').waitFor();
    assert.deepEqual(violations, []);
  });
});
