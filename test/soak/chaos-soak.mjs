// The seeded chaos soak: several tabs submit N thought records
// through the real UI while the reference endpoint fails, delays and drops connections at
// random and pages reload mid-flight. Passing means: the server holds exactly N records,
// each submitted text once, and every outbox is empty.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../server/app.mjs';
import { chromiumPath, CHROMIUM_ARGS } from '../support/chromium.mjs';

const SITUATION = 'Situation: who, what, when, where?';

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The fault mix, as probabilities per POST. Everything else is answered normally. */
export const FAULT_RATES = {
  500: 0.1,
  '503 Retry-After: 1': 0.05,
  429: 0.03,
  'commit, then drop the connection': 0.05,
  'delay 0-400 ms': 0.1,
  'hang past the 2 s timeout': 0.01,
};

function fault(random) {
  let roll = random();
  const pick = (rate) => (roll -= rate) < 0;
  if (pick(FAULT_RATES[500])) return { status: 500 };
  if (pick(FAULT_RATES['503 Retry-After: 1'])) return { status: 503, retryAfter: '1' };
  if (pick(FAULT_RATES[429])) return { status: 429 };
  if (pick(FAULT_RATES['commit, then drop the connection'])) return { dropAfterCommit: true };
  if (pick(FAULT_RATES['delay 0-400 ms'])) return { delayMs: Math.floor(random() * 400) };
  if (pick(FAULT_RATES['hang past the 2 s timeout'])) return { hang: true };
  return { delayMs: 0 };
}

/**
 * @param {{ entries: number, seed: number, tabs?: number, reloadRate?: number, log?: (line: string) => void }} options
 */
export async function runSoak({ entries, seed, tabs = 3, reloadRate = 0.05, log = () => {} }) {
  const random = seededRandom(seed);
  const repoRoot = resolve(import.meta.dirname, '../..');
  const dir = mkdtempSync(join(tmpdir(), 'hw-soak-'));
  const server = await startServer({ port: 0, db: join(dir, 'soak.sqlite'), staticRoot: repoRoot, faults: true });
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  const started = Date.now();
  try {
    // Enough faults for every attempt we expect (retries included); later requests are normal.
    const queue = Array.from({ length: Math.ceil(entries * 1.6) + 20 }, () => fault(random));
    await fetch(`${server.url}/__test/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ queue }),
    });

    const context = await browser.newContext();
    const pages = await Promise.all(Array.from({ length: tabs }, () => openTab(context, server.url)));
    const texts = Array.from({ length: entries }, (_, i) => `soak ${seed}/${i}: ${'é🙂'.repeat(1 + (i % 3))}`);
    let next = 0;
    let reloads = 0;
    await Promise.all(
      pages.map(async (page) => {
        while (next < texts.length) {
          const text = texts[next++];
          await page.getByLabel(SITUATION).fill(text);
          await page.getByRole('button', { name: /Submit/ }).click();
          // Queued: the widget starts a fresh, empty draft.
          await page.waitForFunction(
            (label) =>
              [...document.querySelector('hw-thought-record').shadowRoot.querySelectorAll('label')].find(
                (l) => l.textContent.trim() === label,
              )?.control.value === '',
            SITUATION,
          );
          if (random() < reloadRate) {
            reloads++;
            // Reload at once: whatever was in flight must survive it.
            await page.reload();
            await prepare(page);
          }
        }
      }),
    );
    log(
      `submitted ${entries} from ${tabs} tabs with ${reloads} reloads in ${Math.round((Date.now() - started) / 1000)} s`,
    );

    const deadline = Date.now() + Math.max(120_000, entries * 600);
    let outbox = Infinity;
    let stored = [];
    while (Date.now() < deadline) {
      stored = await (await fetch(`${server.url}/__test/entries`)).json();
      outbox = await countOutbox(pages[0]);
      if (stored.length >= entries && outbox === 0) break;
      // A nudge for entries backing off after network errors (timeouts, dropped connections).
      await pages[0].evaluate(() => document.querySelector('hw-thought-record').retryDelivery());
      await new Promise((r) => setTimeout(r, 1000));
    }
    const requests = await (await fetch(`${server.url}/__test/requests`)).json();
    const stuck = await describeOutbox(pages[0]);
    const situations = stored.map((entry) => entry.data.situation);
    const missing = texts.filter((text) => !situations.includes(text));
    const duplicates = situations.length - new Set(situations).size;
    const faultsSeen = tally(requests.map((r) => describeFault(r.fault)));
    await context.close();
    return {
      entries,
      seed,
      tabs,
      reloads,
      records: stored.length,
      missing: missing.length,
      duplicates,
      outbox,
      requests: requests.length,
      faultsSeen,
      stuck,
      seconds: Math.round((Date.now() - started) / 1000),
    };
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function openTab(context, url) {
  const page = await context.newPage();
  await page.goto(url + '/');
  await prepare(page);
  return page;
}

async function prepare(page) {
  await page.getByLabel(SITUATION).waitFor();
  // A short timeout, so a hanging server costs seconds, not half a minute.
  await page.evaluate(() => document.querySelector('hw-thought-record').setAttribute('timeout', '2000'));
}

function countOutbox(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('homework-elements');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('outbox').objectStore('outbox').count();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
        };
      }),
  );
}

/** What is still queued, for a failure report: state, attempts, last error, wait left. */
function describeOutbox(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('homework-elements');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('outbox').objectStore('outbox').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(
              request.result.map((item) => ({
                id: item.id,
                state: item.state,
                attempts: item.attempts,
                lastError: item.lastError,
                waitMs: item.nextAttemptAt - Date.now(),
              })),
            );
          };
        };
      }),
  );
}

function describeFault(fault) {
  if (!fault || (fault.delayMs === 0 && Object.keys(fault).length === 1)) return 'none';
  if (fault.status) return `${fault.status}${fault.retryAfter ? ` Retry-After ${fault.retryAfter}` : ''}`;
  if (fault.dropAfterCommit) return 'commit then drop';
  if (fault.hang) return 'hang';
  if (fault.delayMs !== undefined) return 'delay';
  return JSON.stringify(fault);
}

function tally(values) {
  const counts = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}
