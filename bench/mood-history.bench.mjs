// The mood tracker's history with a year of check-ins on the device: from creating the
// element to the chart in the DOM and on screen, and switching from 7 to 30 days.
// Each run is a fresh page load (the store opens afresh); the figure is the median.
import { median } from './lib.mjs';

export async function run({ browser, server, smoke }) {
  const count = smoke ? 200 : 5000;
  const runs = smoke ? 2 : 9;
  const context = await browser.newContext();
  const page = await context.newPage();
  const url = `${server.url}/bench/pages/mood-history.html`;
  try {
    await page.goto(`${url}?seed=${count}`);
    await page.waitForFunction(() => window.__seeded !== undefined || window.__error);
    const results = [];
    for (let i = 0; i < runs; i++) {
      await page.goto(url);
      await page.waitForFunction(() => window.__result || window.__error, null, { timeout: 60_000 });
      const { result, error } = await page.evaluate(() => ({ result: window.__result, error: window.__error }));
      if (error) throw new Error(`mood history bench page: ${error}`);
      results.push(result);
    }
    const note = `median of ${runs} page loads; ${results[0].dots7} dots for 7 days, ${results[0].dots30} for 30`;
    const row = (metric, key) => ({
      benchmark: 'mood history',
      metric,
      value: median(results.map((r) => r[key])),
      unit: 'ms',
      note,
    });
    return [
      row(`${count} check-ins: created -> chart in DOM`, 'rendered'),
      row(`${count} check-ins: created -> chart painted`, 'painted'),
      row(`${count} check-ins: switch to 30 days`, 'switched'),
    ];
  } finally {
    await context.close();
  }
}
