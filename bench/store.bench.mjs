// The reference endpoint's store, both engines, the server in its own process as deployed:
// cost per POST with 1,000 and with 100,000 entries stored (the ratio shows whether writes
// stay incremental), page-read p95 at 100,000, and sustained POSTs with 4 and 32 in flight.
// --smoke: 200 and 2,000 stored, a few requests. Figures only; nothing here asserts on time.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entryTable } from '../server/store/entries.mjs';
import { openStore } from '../server/store/index.mjs';
import { clinicianAndLink, startCli } from '../test/support/cli-server.mjs';
import { moodCheckIns } from '../test/support/fhir-entries.mjs';
import { createTestDatabase, startTestPostgres } from '../test/support/postgres.mjs';
import { median, percentile } from './lib.mjs';

/** About 2 KB, like a full thought record. */
const NOTE = 'I noticed the thought and wrote it down before it grew. '.repeat(30);

function entry() {
  const base = moodCheckIns[0];
  return { ...base, id: randomUUID(), data: { ...base.data, note: NOTE } };
}

export async function run({ smoke }) {
  const sizes = smoke
    ? { small: 200, large: 2_000, posts: 40, reads: 5 }
    : { small: 1_000, large: 100_000, posts: 600, reads: 40 };
  const dir = mkdtempSync(join(tmpdir(), 'hw-store-bench-'));
  const postgres = await startTestPostgres();
  const rows = [];
  try {
    const database = await createTestDatabase(postgres.url, 'bench');
    try {
      for (const [engine, location] of [
        ['SQLite file', join(dir, 'bench.sqlite')],
        ['PostgreSQL', database.url],
      ]) {
        rows.push(...(await measureEngine(engine, location, sizes)));
      }
    } finally {
      await database.drop();
    }
  } finally {
    await postgres.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

async function measureEngine(engine, location, sizes) {
  const benchmark = `store: ${engine}`;
  const auth = await clinicianAndLink(location, 'bench-client');
  await seed(location, sizes.small);
  let server = await startCli(location);
  // A warm-up first, each time: a fresh process's first requests measure its start, not the store.
  await postAll(server.url, sizes.posts / 4, 4, auth.client);
  const atSmall = await postAll(server.url, sizes.posts, 4, auth.client);
  await server.stop();

  await seed(location, sizes.large - sizes.small - (sizes.posts * 5) / 4);
  server = await startCli(location);
  try {
    await postAll(server.url, sizes.posts / 4, 4, auth.client);
    const atLarge = await postAll(server.url, sizes.posts, 4, auth.client);
    const reads = await readPages(server.url, sizes.reads, auth.clinician);
    const throughput4 = await postAll(server.url, sizes.posts, 4, auth.client);
    const throughput32 = await postAll(server.url, sizes.posts, 32, auth.client);
    const small = sizes.small.toLocaleString('en');
    const large = sizes.large.toLocaleString('en');
    return [
      {
        benchmark,
        metric: `POST cost per entry, ${small} stored`,
        value: atSmall.msPerEntry,
        unit: 'ms',
        note: `${sizes.posts} posts, 4 in flight, ~2 KB entries`,
      },
      {
        benchmark,
        metric: `POST cost per entry, ${large} stored`,
        value: atLarge.msPerEntry,
        unit: 'ms',
        note: `same; ratio to ${small} stored: ${(atLarge.msPerEntry / atSmall.msPerEntry).toFixed(2)}x (goal within 1.5x)`,
      },
      {
        benchmark,
        metric: `page read (500 entries) p95, ${large} stored`,
        value: percentile(reads.first, 95),
        unit: 'ms',
        note: `first page; median ${median(reads.first).toFixed(1)} ms over ${sizes.reads}`,
      },
      {
        benchmark,
        metric: `deep page read (500 entries) p95, ${large} stored`,
        value: percentile(reads.deep, 95),
        unit: 'ms',
        note: `pages 2-${sizes.reads + 1}, each by the previous one's next`,
      },
      {
        benchmark,
        metric: 'sustained POSTs, 4 in flight',
        value: throughput4.perSecond,
        unit: 'entries/s',
        note: `${sizes.posts} posts`,
      },
      {
        benchmark,
        metric: 'sustained POSTs, 32 in flight',
        value: throughput32.perSecond,
        unit: 'entries/s',
        note: `${sizes.posts} posts`,
      },
    ];
  } finally {
    await server.stop();
  }
}

/** Rows straight into the store, in batched transactions: filling it is not what is measured. */
async function seed(location, count) {
  const store = await openStore(location);
  try {
    const start = Date.UTC(2025, 0, 1);
    for (let done = 0; done < count;) {
      const batch = Math.min(2_000, count - done);
      await store.db.transaction(async (tx) => {
        const entries = entryTable(/** @type {any} */ (tx));
        for (let i = 0; i < batch; i++) {
          const e = entry();
          const body = JSON.stringify(e);
          await entries.insert({
            idempotencyKey: e.id,
            id: e.id,
            exercise: e.exercise,
            subject: 'bench-client',
            assignmentId: null,
            completedAt: e.completedAt,
            receivedAt: new Date(start + (done + i) * 60_000).toISOString(),
            body,
            bodyHash: 'seeded',
            responseStatus: 201,
            responseBody: JSON.stringify({ id: e.id }),
          });
        }
      });
      done += batch;
    }
  } finally {
    await store.close();
  }
}

async function postAll(url, total, inFlight, auth) {
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < total) {
      next += 1;
      const e = entry();
      const response = await fetch(`${url}/api/homework`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': e.id, ...auth },
        body: JSON.stringify(e),
      });
      if (response.status !== 201) throw new Error(`store bench: POST answered ${response.status}`);
      await response.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  const seconds = (performance.now() - started) / 1000;
  return { msPerEntry: (seconds * 1000) / total, perSecond: total / seconds };
}

async function readPages(url, count, auth) {
  const first = [];
  const deep = [];
  let deeperUrl = null;
  for (let i = 0; i < count; i++) {
    let started = performance.now();
    const page = await (await fetch(`${url}/api/homework?limit=500`, { headers: auth })).json();
    first.push(performance.now() - started);
    // One page further down each round: keyset pages should cost the same at any depth.
    deeperUrl ??= page.next;
    if (deeperUrl) {
      started = performance.now();
      const deeper = await (await fetch(new URL(deeperUrl, url), { headers: auth })).json();
      deep.push(performance.now() - started);
      deeperUrl = deeper.next;
    }
  }
  return { first, deep: deep.length ? deep : [0] };
}
