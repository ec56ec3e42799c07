// The behavioural experiment's outcome phase on a device with no other receipts and on one
// with 10,000 check-in receipts (a heavy user's two years), side by side in one run: two
// browser profiles, taking turns each round. Cold load is navigation start -> the form on
// screen; the outcome phase is element created -> the earlier run listed (which reads the
// experiment's receipts). Each measurement is a fresh page load.
import { median } from './lib.mjs';

export async function run({ browser, server, smoke }) {
  const sizes = smoke ? [0, 200] : [0, 10_000];
  const rounds = smoke ? 2 : 9;
  const url = `${server.url}/bench/pages/experiment-receipts.html`;
  const profiles = [];
  try {
    for (const count of sizes) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${url}?seed=${count}`);
      await page.waitForFunction(() => window.__seeded !== undefined || window.__error, null, { timeout: 120_000 });
      profiles.push({ count, context, page, results: [] });
    }
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 ? [...profiles].reverse() : profiles;
      for (const profile of order) {
        await profile.page.goto(url);
        await profile.page.waitForFunction(() => window.__result || window.__error, null, { timeout: 60_000 });
        const { result, error } = await profile.page.evaluate(() => ({
          result: window.__result,
          error: window.__error,
        }));
        if (error) throw new Error(`experiment bench page: ${error}`);
        profile.results.push(result);
      }
    }
    const [empty, full] = profiles;
    const ratio = (key) => median(full.results.map((r, i) => r[key] / empty.results[i][key]));
    const note = `median of ${rounds} page loads per profile, profiles alternating`;
    const rows = [];
    for (const [key, metric] of [
      ['coldLoad', 'cold load: navigation -> form'],
      ['linked', 'outcome phase: created -> earlier run listed'],
    ]) {
      for (const profile of profiles)
        rows.push({
          benchmark: 'experiment receipts',
          metric: `${metric}, ${profile.count} other receipts`,
          value: median(profile.results.map((r) => r[key])),
          unit: 'ms',
          note,
        });
      rows.push({
        benchmark: 'experiment receipts',
        metric: `${metric}: ${full.count} / ${empty.count} receipts`,
        value: ratio(key),
        unit: 'x',
        note: 'median of per-round ratios',
      });
    }
    return rows;
  } finally {
    for (const profile of profiles) await profile.context.close();
  }
}
