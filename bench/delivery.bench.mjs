// Delivery: 1,000 entries queued on the device, drained to the reference endpoint by one
// widget; then the same with ~20% of POSTs failing (HTTP 500, seeded order). Counts come
// from the server's side: requests it saw, records it stored, duplicates among them.
import { startServer } from '../server/app.mjs';
import { median } from './lib.mjs';

const ENTRIES = 1_000;
const SMOKE_ENTRIES = 20;
const RUNS = 3;
const FAILURE_RATE = 0.2;
const ROUND_TRIPS = 50;

/** mulberry32: the same "random" fault order on every run and every machine. */
function seededRandom(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function control(server, path, body) {
  const response = await fetch(`${server.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

/**
 * Runs in the page before its scripts: sums the time spent waiting on fetch (the endpoint)
 * and in read-write IndexedDB transactions (creation to complete). The sender works on one
 * entry at a time, so these are disjoint slices of the drain.
 */
function instrumentDelivery() {
  const spent = { fetchMs: 0, writeMs: 0, writes: 0 };
  window.__benchSpent = spent;
  const originalFetch = window.fetch;
  window.fetch = async function timedFetch(...args) {
    const start = performance.now();
    try {
      return await originalFetch.apply(this, args);
    } finally {
      spent.fetchMs += performance.now() - start;
    }
  };
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function timedTransaction(stores, mode, options) {
    const start = performance.now();
    const tx = transaction.call(this, stores, mode, options);
    if (mode === 'readwrite') {
      tx.addEventListener('complete', () => {
        spent.writeMs += performance.now() - start;
        spent.writes++;
      });
    }
    return tx;
  };
}

/**
 * Calibration, in the page: sequential POSTs to an endpoint route that does next to nothing
 * (an empty fault queue), so the time is the browser's and the loopback's, not the server's.
 */
async function bareRoundTrips(samples) {
  const times = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    const response = await fetch('/__test/faults', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ queue: [] }),
      cache: 'no-store',
    });
    await response.arrayBuffer();
    times.push(performance.now() - start);
  }
  return times;
}

async function drain(browser, server, count, failures) {
  await control(server, '/__test/reset', {});
  if (failures) {
    const random = seededRandom(count);
    // Enough faults for the first pass and the retries; past the queue every POST is normal.
    const queue = Array.from({ length: Math.ceil(count * 1.5) }, () =>
      random() < FAILURE_RATE ? { status: 500 } : { delayMs: 0 },
    );
    await control(server, '/__test/faults', { queue });
  }
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(instrumentDelivery);
    await page.goto(`${server.url}/bench/pages/delivery-drain.html`);
    await page.waitForFunction(() => window.benchDelivery && customElements.get('hw-thought-record'));
    await page.evaluate((n) => window.benchDelivery.seed(n), count);
    const roundTripMs = median(await page.evaluate(bareRoundTrips, ROUND_TRIPS));

    await page.evaluate(() => Object.assign(window.__benchSpent, { fetchMs: 0, writeMs: 0, writes: 0 }));
    const started = performance.now();
    await page.evaluate(() => window.benchDelivery.attach());
    const deadline = started + 300_000;
    while ((await control(server, '/__test/count')).count < count) {
      if (performance.now() > deadline) throw new Error('delivery did not finish within 5 minutes');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const totalMs = performance.now() - started;
    await page.waitForFunction(() => window.benchDelivery.outboxSize().then((size) => size === 0), null, {
      timeout: 60_000,
      polling: 100,
    });
    const spent = await page.evaluate(() => ({ ...window.__benchSpent }));

    const requests = await control(server, '/__test/requests');
    const records = await control(server, '/__test/entries');
    const ids = new Set(records.map((record) => record.id));
    return {
      totalMs,
      roundTripMs,
      ...spent,
      requests: requests.length,
      failed: requests.filter((r) => r.status >= 500).length,
      records: records.length,
      duplicates: records.length - ids.size,
    };
  } finally {
    await context.close();
    await control(server, '/__test/reset', {});
  }
}

/**
 * Against an in-memory reference endpoint of its own, so the figures are the widget's
 * delivery and not the reference server's persistence; side by side, the bench's
 * file-backed endpoint (as `npm start` runs it), which rewrites its SQLite file per entry.
 */
export async function run({ browser, server, repoRoot, smoke }) {
  const count = smoke ? SMOKE_ENTRIES : ENTRIES;
  const runs = smoke ? 1 : RUNS;
  const inMemory = await startServer({ port: 0, db: ':memory:', staticRoot: repoRoot, faults: true });
  const clean = [];
  const faulty = [];
  const fileBacked = [];
  try {
    for (let round = 0; round < runs; round++) {
      const steps = [
        async () => clean.push(await drain(browser, inMemory, count, false)),
        async () => faulty.push(await drain(browser, inMemory, count, true)),
        async () => fileBacked.push(await drain(browser, server, count, false)),
      ];
      // Rotate the order each round so no variant always goes first (or last).
      for (let i = 0; i < steps.length; i++) await steps[(i + round) % steps.length]();
    }
  } finally {
    await inMemory.close();
  }

  const m = (results, key) => median(results.map((r) => r[key]));
  const n = `${count} entries, median of ${runs}`;
  const cleanMs = m(clean, 'totalMs');
  const target = count === ENTRIES ? `; target < 10 s: ${cleanMs < 10_000 ? 'met' : 'MISSED'}` : '';
  const share = (key) => `${Math.round((100 * m(clean, key)) / cleanMs)}% of the drain`;
  const worst = (results) =>
    `${Math.min(...results.map((r) => r.records))} / ${Math.max(...results.map((r) => r.duplicates))}`;
  const fileRatio = median(fileBacked.map((r, round) => r.totalMs / clean[round].totalMs));
  const row = (metric, value, unit, note) => ({ benchmark: 'delivery', metric, value, unit, note });
  return [
    row('drain: total time', cleanMs, 'ms', `${n}; widget added → all stored; in-memory endpoint${target}`),
    row(
      'drain: in fetch()',
      m(clean, 'fetchMs'),
      'ms',
      `sum of request round trips (browser, loopback, endpoint), ${share('fetchMs')}`,
    ),
    row(
      'bare fetch() round trip',
      m(clean, 'roundTripMs'),
      'ms',
      `median of ${ROUND_TRIPS} POSTs to a no-op route; the sender keeps up to 4 in flight`,
    ),
    row(
      'drain: IndexedDB writes',
      m(clean, 'writeMs'),
      'ms',
      `${m(clean, 'writes')} read-write transactions (strict durability), ${share('writeMs')}`,
    ),
    row('drain: requests', m(clean, 'requests'), '', n),
    row('drain: records stored / duplicates', worst(clean), '', `worst of ${runs}`),
    row(
      '20% failing: total time',
      m(faulty, 'totalMs'),
      'ms',
      `${n}; dominated by retry backoff (full jitter from 2 s, 1 s timer floor)`,
    ),
    row(
      '20% failing: requests (of which 500)',
      `${m(faulty, 'requests')} (${m(faulty, 'failed')})`,
      '',
      `seeded order, ${FAILURE_RATE * 100}% of POSTs answer 500`,
    ),
    row('20% failing: records stored / duplicates', worst(faulty), '', `worst of ${runs}`),
    row(
      'drain: file-backed endpoint / in-memory',
      fileRatio,
      '×',
      `paired by round; ${worst(fileBacked)} stored / duplicates; it rewrites and fsyncs its SQLite file per entry`,
    ),
  ];
}
