// The demo experiment page as a client lives it: plan today, close the browser, come back
// days later to record the outcome; a calendar file downloaded under the strict CSP.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../support/chromium.mjs';
import { eventually, launchBrowser, rateWithKeyboard, startEndpoint } from './harness.mjs';
import { recordProblems } from './page-problems.mjs';
import { formOpen } from './form-open.mjs';

// Not UTC, and not a whole hour from it: a time written as local-as-UTC, or with the
// offset applied the wrong way round, cannot pass by accident.
const TIMEZONE = 'Asia/Kathmandu'; // UTC+05:45, no daylight saving

/**
 * A small iCalendar reader that is strict where RFC 5545 is: CRLF only, physical lines of
 * at most 75 octets, BEGIN/END nested and matched, required properties present.
 */
function parseCalendar(text) {
  assert.ok(text.endsWith('\r\n'), 'the file ends with CRLF');
  assert.equal(text.replace(/\r\n/g, '').search(/[\r\n]/), -1, 'no bare CR or LF');
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `at most 75 octets: ${JSON.stringify(line)}`);
  }
  const lines = [];
  for (const line of physical) {
    if (line.startsWith(' ') || line.startsWith('\t')) {
      assert.ok(lines.length, 'a continuation line follows a content line');
      lines[lines.length - 1] += line.slice(1);
    } else lines.push(line);
  }
  const root = { name: '', properties: {}, components: [] };
  const open = [root];
  for (const line of lines) {
    const match = /^([A-Za-z0-9-]+)((?:;[^:;]+=[^:;]*)*):(.*)$/.exec(line);
    assert.ok(match, `a content line: ${JSON.stringify(line)}`);
    const [, name, params, value] = match;
    const current = open.at(-1);
    if (name === 'BEGIN') {
      const component = { name: value, properties: {}, components: [] };
      current.components.push(component);
      open.push(component);
    } else if (name === 'END') {
      assert.equal(value, current.name, `END:${value} closes BEGIN:${current.name}`);
      open.pop();
    } else {
      assert.ok(open.length > 1, `${name} inside a component`);
      (current.properties[name] ??= []).push({ params, value });
    }
  }
  assert.equal(open.length, 1, 'every BEGIN has its END');
  assert.equal(root.components.length, 1, 'one VCALENDAR');
  const calendar = root.components[0];
  assert.equal(calendar.name, 'VCALENDAR');
  const one = (component, name) => {
    assert.equal(component.properties[name]?.length, 1, `${component.name} has one ${name}`);
    return component.properties[name][0].value;
  };
  assert.equal(one(calendar, 'VERSION'), '2.0');
  assert.ok(one(calendar, 'PRODID'));
  const events = calendar.components.filter((c) => c.name === 'VEVENT');
  assert.equal(events.length, 1, 'one VEVENT');
  const [event] = events;
  for (const name of ['UID', 'DTSTAMP', 'DTSTART']) one(event, name);
  assert.match(one(event, 'DTSTAMP'), /^\d{8}T\d{6}Z$/, 'DTSTAMP in UTC');
  return { calendar, event, one };
}

describe('behavioural experiment on the demo practice page', () => {
  let endpoint;
  let userDataDir;
  let context;

  beforeEach(async () => {
    endpoint = await startEndpoint();
    userDataDir = mkdtempSync(join(tmpdir(), 'hw-profile-'));
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
    await endpoint?.dispose();
    rmSync(userDataDir, { recursive: true, force: true });
  });

  /** Start "the browser" on the same profile, as a client does days later. */
  async function openBrowser() {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
      headless: true,
      timezoneId: TIMEZONE,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const violations = await recordProblems(page);
    await page.goto(endpoint.url + '/demo/experiment.html');
    await page.locator('#phase').waitFor();
    return { page, violations };
  }

  const widget = (page) => page.locator('hw-behavioural-experiment');

  /** The experiment's draft as IndexedDB holds it now (read directly, not through the library). */
  const draftOnDisk = (page) =>
    page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('homework-elements');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('drafts').objectStore('drafts').getAll();
            request.onsuccess = () => {
              open.result.close();
              resolve(request.result.find((d) => d.exercise === 'behavioural-experiment')?.data ?? null);
            };
          };
        }),
    );
  const saved = (page) => widget(page).locator('[part="status"]').getByText('Saved on this device').waitFor();

  it('keeps the plan across a browser restart, then resumes the outcome where it stopped', async () => {
    let { page, violations } = await openBrowser();
    await page.getByLabel('Target belief: what thought am I testing?').fill('If I speak up, people will laugh');
    await rateWithKeyboard(page, 'Target belief: how much do I believe it now?', 'End');
    await page.getByLabel('Experiment: what will I do?').fill('Ask one question in the Tuesday meeting');
    await page.getByLabel('Prediction: what do I expect will happen?').fill('Someone will laugh');
    await page.getByRole('button', { name: 'Add a safety behaviour' }).click();
    await page.getByLabel('Safety behaviour 1 I will drop').fill('Rehearsing the question ten times');
    await saved(page);
    assert.equal((await draftOnDisk(page)).safetyBehaviours.length, 1);
    assert.deepEqual(violations, []);
    await context.close();

    // Days later: a new browser process on the same profile.
    ({ page, violations } = await openBrowser());
    await formOpen(page, 'hw-behavioural-experiment');
    assert.equal(await page.locator('#phase').textContent(), 'Part 1 of 2: the plan');
    assert.equal(
      await page.getByLabel('Target belief: what thought am I testing?').inputValue(),
      'If I speak up, people will laugh',
    );
    assert.equal(
      await page.getByLabel('Safety behaviour 1 I will drop').inputValue(),
      'Rehearsing the question ten times',
    );
    await page.getByRole('button', { name: 'I did the experiment: record the outcome' }).click();
    await page.getByLabel('Outcome: what actually happened?').fill('Two people nodded');
    // "Saved" is already on screen from the restored draft, so wait for this change on disk.
    await eventually(async () => (await draftOnDisk(page))?.outcome === 'Two people nodded', 'the outcome on disk');
    await saved(page);
    await context.close();

    // And once more: the outcome phase comes back, with what was typed.
    ({ page, violations } = await openBrowser());
    assert.equal(await page.locator('#phase').textContent(), 'Part 2 of 2: the outcome');
    assert.equal(await page.getByLabel('Outcome: what actually happened?').inputValue(), 'Two people nodded');
    await page.getByLabel('What I learned: what does this mean for my belief?').fill('Nobody laughed');
    await rateWithKeyboard(page, 'Target belief now: how much do I believe it?', 'Home');
    await widget(page)
      .getByRole('button', { name: /Submit/ })
      .click();
    await widget(page).getByRole('status').getByText('Sent to your clinician').waitFor();

    const records = await endpoint.records();
    assert.equal(records.length, 1);
    const { data } = records[0];
    assert.equal(records[0].exercise, 'behavioural-experiment');
    assert.equal(data.phaseCompleted, 'outcome');
    assert.equal(data.targetBeliefBefore, 100);
    assert.equal(data.targetBeliefAfter, 0);
    assert.equal(data.outcome, 'Two people nodded');
    for (const at of [data.plannedAt, data.planCompletedAt, data.outcomeRecordedAt]) {
      // Recorded with the client's own offset (Kathmandu).
      assert.match(at, /\+05:45$/);
    }
    assert.deepEqual(violations, []);
  });

  describe('in one browser', () => {
    let browser;
    let page;
    let violations;

    before(async () => {
      browser = await launchBrowser();
    });
    after(async () => {
      await browser?.close();
    });
    beforeEach(async () => {
      const ownContext = await browser.newContext({ timezoneId: TIMEZONE, acceptDownloads: true });
      context = ownContext;
      page = await ownContext.newPage();
      violations = await recordProblems(page);
      await page.goto(endpoint.url + '/demo/experiment.html');
      await page.locator('#phase').waitFor();
    });

    it('downloads a valid calendar file for the planned time in the client’s time zone, under the strict CSP', async () => {
      await page.getByLabel('Target belief: what thought am I testing?').fill('I will freeze, everyone will see');
      await page.getByLabel('Experiment: what will I do?').fill('Give the toast at dinner; no notes, no wine first');
      await page.getByLabel('Experiment: when? (date and time)').fill('2026-12-01T18:30');
      await page.getByLabel('Experiment: where?').fill('Casa Lucía, Calle Mayor 5; upstairs');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Add a reminder to my calendar (.ics file)' }).click(),
      ]);
      assert.equal(download.suggestedFilename(), 'experiment.ics');
      const text = readFileSync(await download.path(), 'utf8');
      const { event, one } = parseCalendar(text);

      const start = one(event, 'DTSTART');
      assert.match(start, /^\d{8}T\d{6}Z$/, 'DTSTART in UTC');
      // 18:30 in Kathmandu (UTC+05:45) is 12:45 UTC.
      assert.equal(start, '20261201T124500Z');
      // And read back in the page's own time zone, it is the time the client planned.
      const iso = `${start.slice(0, 4)}-${start.slice(4, 6)}-${start.slice(6, 11)}:${start.slice(11, 13)}:${start.slice(13)}`;
      const local = await page.evaluate((at) => {
        const d = new Date(at);
        return [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes()];
      }, iso);
      assert.deepEqual(local, [2026, 12, 1, 18, 30]);

      assert.equal(one(event, 'LOCATION'), 'Casa Lucía\\, Calle Mayor 5\\; upstairs');
      assert.equal(one(event, 'DESCRIPTION'), 'Give the toast at dinner\\; no notes\\, no wine first');
      assert.ok(!text.includes('freeze'), 'the belief stays out of the calendar');
      assert.deepEqual(violations, []);
    });

    it('starts an experiment from the hot thought of the thought record on the page', async () => {
      const record = page.locator('hw-thought-record');
      await record.getByRole('button', { name: 'Add a thought' }).click();
      await page.getByRole('textbox', { name: 'Automatic thoughts: thought 1' }).fill('Nobody wants me at the party');
      await record.getByRole('button', { name: 'Test this thought in a behavioural experiment' }).click();
      await eventually(
        async () =>
          (await page.getByLabel('Target belief: what thought am I testing?').inputValue()) ===
          'Nobody wants me at the party',
        'the hot thought in the experiment',
      );
      await page.getByText('Your hot thought is now the target belief of your experiment.').waitFor();
      assert.deepEqual(violations, []);
    });
  });
});
