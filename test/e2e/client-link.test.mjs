// A client's link, end to end on the demo's client page (strict CSP, real Chromium, real
// server and SQLite file): the capability rides in the URL fragment and reaches the server
// only as the widget's Authorization header; a withdrawn link shows a calm message and
// keeps the entry; an entry queued offline goes out on a later visit through the same link.
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { countStoredRecords, eventually, useBrowserAndEndpoint } from './harness.mjs';
import { recordProblems } from './page-problems.mjs';

const SITUATION = 'Situation: who, what, when, where?';

describe('a client link on the demo client page', () => {
  const fx = useBrowserAndEndpoint();
  let violations;
  /** Every request the page sent, as the server would see its address. */
  let requested;

  beforeEach(() => {
    violations = [];
    requested = [];
  });

  async function open(path) {
    const page = await fx.context.newPage();
    await recordProblems(page, violations);
    page.on('request', (request) => requested.push({ url: request.url(), referer: request.headers().referer ?? '' }));
    await page.goto(fx.endpoint.url + path);
    return page;
  }

  it('keeps the link out of every URL and Referer the server sees', async () => {
    const link = await fx.endpoint.link();
    const page = await open(`/#link=${encodeURIComponent(link)}`);
    await page.getByLabel(SITUATION).fill('Told my sister no');
    await page.getByRole('button', { name: /Submit/ }).click();
    await page.getByRole('status').getByText('Sent to your clinician').waitFor();
    assert.deepEqual(await fx.endpoint.writers(), ['client:demo-client-1']);
    for (const { url, referer } of requested) {
      assert.ok(!url.includes(link) && !referer.includes(link), `the link leaked into ${url} / ${referer}`);
    }
    assert.deepEqual(violations, []);
  });

  it('tells the client calmly that a withdrawn link no longer works, and keeps what they wrote', async () => {
    const link = await fx.endpoint.link();
    const page = await open(`/#link=${encodeURIComponent(link)}`);
    await page.getByLabel(SITUATION).fill('Written before the link was withdrawn');
    const clinician = await fx.endpoint.clinician();
    const [{ id }] = await fx.endpoint.linksOf('demo-client-1');
    const revoked = await fetch(`${fx.endpoint.url}/api/links/${id}`, { method: 'DELETE', headers: clinician });
    assert.equal(revoked.status, 204);

    await page.getByRole('button', { name: /Submit/ }).click();
    await page.getByText('this link no longer works').waitFor();
    await page.getByText('Please ask your therapist for a new link').waitFor();
    assert.equal((await countStoredRecords(page)).outbox, 1, 'the entry is kept on the device');
    assert.deepEqual(await fx.endpoint.records(), [], 'and nothing was stored');
    assert.ok((await fx.endpoint.requests()).every((r) => r.status === 401));
    assert.deepEqual(violations, []);
  });

  it('delivers an entry queued offline on a later visit through the same link', async () => {
    const fragment = `#link=${encodeURIComponent(await fx.endpoint.link())}`;
    const first = await open(`/${fragment}`);
    await fx.context.setOffline(true);
    await first.getByLabel(SITUATION).fill('Written on the train');
    await first.getByRole('button', { name: /Submit/ }).click();
    await first
      .getByRole('status')
      .getByText('It will be sent when you are online', { exact: false })
      .first()
      .waitFor();
    await first.close();
    await fx.context.setOffline(false);
    assert.deepEqual(await fx.endpoint.records(), []);

    const later = await open(`/${fragment}`);
    await eventually(async () => (await fx.endpoint.records()).length === 1, 'the entry on the server');
    assert.equal((await fx.endpoint.records())[0].data.situation, 'Written on the train');
    assert.deepEqual(await fx.endpoint.writers(), ['client:demo-client-1']);
    await eventually(async () => (await countStoredRecords(later)).outbox === 0, 'the outbox emptied');
    assert.deepEqual(violations, []);
  });
});
