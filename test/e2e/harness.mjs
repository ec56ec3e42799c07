// End-to-end harness: the real reference endpoint serving the demo (strict CSP) and the
// built classic-script bundle, with a real SQLite file, driven by Debian's Chromium.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, afterEach, before, beforeEach } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from '../../server/app.mjs';
import { chromiumPath, CHROMIUM_ARGS } from '../support/chromium.mjs';

const repositoryRoot = resolve(import.meta.dirname, '../..');
const CLINICIAN = 'e2e-clinician';
const CLINICIAN_PASSWORD = 'e2e clinician password';

export async function launchBrowser() {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

/**
 * The usual setup, as hooks of the surrounding `describe`: one browser for the file, and for
 * each test a fresh endpoint and browser context, closed after it. The returned object is
 * filled in by those hooks, so read its fields inside tests.
 * @returns {{ browser: import('playwright-core').Browser, endpoint: Endpoint, context: import('playwright-core').BrowserContext }}
 */
export function useBrowserAndEndpoint() {
  const fixture = /** @type {any} */ ({});
  before(async () => {
    fixture.browser = await launchBrowser();
  });
  after(async () => {
    await fixture.browser?.close();
  });
  beforeEach(async () => {
    fixture.endpoint = await startEndpoint();
    fixture.context = await fixture.browser.newContext();
  });
  afterEach(async () => {
    await fixture.context?.close();
    await fixture.endpoint?.dispose();
  });
  return fixture;
}

/** @typedef {Awaited<ReturnType<typeof startEndpoint>>} Endpoint */

/**
 * A reference endpoint that can be stopped and started again on the same port with the
 * same database file: "the server is down" is a real closed port, not a mock.
 * @param {{ mounts?: Record<string, import('../../server/static-files.mjs').StaticMount>, now?: () => number }} [options]
 *   mounts: extra folders to serve under /<name>/ (host apps built into a temporary directory);
 *   now: the server's clock for due dates (a test moves it on to see what is overdue)
 */
export async function startEndpoint({ mounts, now } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'hw-e2e-'));
  const db = join(dir, 'homework.sqlite');
  let running = await startServer({ port: 0, db, staticRoot: repositoryRoot, mounts, faults: true, now });
  const port = new URL(running.url).port;
  return {
    url: running.url,
    async stop() {
      await running.close();
    },
    async restart() {
      running = await startServer({ port: Number(port), db, staticRoot: repositoryRoot, mounts, faults: true, now });
    },
    /** Who sent each stored entry ("client:<id>" through a link, "open" in the lab). */
    async writers() {
      return (await running.store.db.all('SELECT writer FROM entries')).map((row) => row.writer);
    },
    /** The links made for a client, oldest first (ids only; secrets are not stored). */
    async linksOf(client) {
      return running.store.db.all('SELECT id FROM client_links WHERE client_id = ? ORDER BY created_at', [client]);
    },
    async records() {
      return (await fetch(`${running.url}/__test/entries`)).json();
    },
    async requests() {
      return (await fetch(`${running.url}/__test/requests`)).json();
    },
    /**
     * The lab's clinician, owning `clients`: a bearer token for reads from the test itself.
     * @param {string[]} [clients]
     */
    async clinician(clients = ['demo-client-1']) {
      const response = await fetch(`${running.url}/__test/clinician`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: CLINICIAN, password: CLINICIAN_PASSWORD, clients }),
      });
      const { token } = await response.json();
      return { Authorization: `Bearer ${token}` };
    },
    /**
     * A client link, made by the lab's clinician through the API.
     * @param {string} [client]
     * @param {string} [assignmentId]
     */
    async link(client = 'demo-client-1', assignmentId) {
      const response = await fetch(`${running.url}/api/links`, {
        method: 'POST',
        headers: { ...(await this.clinician([client])), 'Content-Type': 'application/json' },
        body: JSON.stringify({ client, assignmentId }),
      });
      if (response.status !== 201) throw new Error(`link: ${response.status} ${await response.text()}`);
      return (await response.json()).link;
    },
    /**
     * Signs the clinician in through the server's own sign-in page, as a person would, and
     * lands on `next`.
     * @param {import('playwright-core').Page} page
     * @param {string} next  a path on the server
     */
    async signIn(page, next) {
      await this.clinician();
      await page.goto(`${running.url}/signin?next=${encodeURIComponent(next)}`);
      await page.getByLabel('Username').fill(CLINICIAN);
      await page.getByLabel('Password').fill(CLINICIAN_PASSWORD);
      await Promise.all([
        page.waitForURL(`${running.url}${next}`),
        page.getByRole('button', { name: 'Sign in' }).click(),
      ]);
    },
    async faults(...queue) {
      await fetch(`${running.url}/__test/faults`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ queue }),
      });
    },
    async dispose() {
      await running.close().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Poll until `check` is truthy (real asynchronous effects, no fixed sleeps). */
export async function eventually(check, what, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The field of the slider labelled `label` (its text starts there). */
const sliderField = (page, label) => page.locator('.slider', { hasText: label });

/** An unrated slider is a "Rate it" button: press it (the slider shows, focused), then set `value`. */
export async function rate(page, label, value) {
  await sliderField(page, label).getByRole('button', { name: 'Rate it' }).click();
  await sliderField(page, label).locator('input[type="range"]').fill(value);
}

/** The same with the keyboard: Enter on "Rate it" focuses the slider; then `key`. */
export async function rateWithKeyboard(page, label, key) {
  await sliderField(page, label).getByRole('button', { name: 'Rate it' }).focus();
  await page.keyboard.press('Enter');
  const focused = await sliderField(page, label)
    .locator('input[type="range"]')
    .evaluate((slider) => slider.matches(':focus'));
  if (!focused) throw new Error(`"Rate it" did not focus the slider ${label}`);
  await page.keyboard.press(key);
}

/** Count the records of each store straight from IndexedDB in `page` (not through the library). */
export function countStoredRecords(page) {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((db) => db.name);
    if (!names.includes('homework-elements')) return { drafts: 0, outbox: 0, receipts: 0 };
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('homework-elements');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const count = (store) =>
      new Promise((resolve) => {
        const request = db.transaction(store).objectStore(store).count();
        request.onsuccess = () => resolve(request.result);
      });
    const result = { drafts: await count('drafts'), outbox: await count('outbox'), receipts: await count('receipts') };
    db.close();
    return result;
  });
}
