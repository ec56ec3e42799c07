// The demo's clinician page and client page, end to end under the strict CSP: the clinician
// composes and saves an assignment with the clinician classic script; the client opens the
// link, the client classic script fetches the assignment (assignment-src) and the entry
// arrives with the assignment's id. Real server, real SQLite file, real Chromium.
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { eventually, launchBrowser, startEndpoint } from './harness.mjs';
import { recordProblems } from './page-problems.mjs';

describe('composer and client pages of the demo', () => {
  let browser;
  let endpoint;
  let context;
  let page;
  let violations;

  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    endpoint = await startEndpoint();
    context = await browser.newContext();
    page = await context.newPage();
    violations = await recordProblems(page);
  });
  afterEach(async () => {
    await context?.close();
    await endpoint?.dispose();
  });

  it('composes, saves and hands the client a link that loads the adapted exercise', async () => {
    await endpoint.signIn(page, '/demo/composer.html');
    const composer = page.locator('hw-assignment-composer');
    await composer.getByLabel(/^Instructions/).fill('Tonight after dinner, at home, 10 minutes on one situation.');
    await composer.getByLabel('Language of the exercise').selectOption('es');
    await composer.getByLabel('Framing').selectOption('family');
    // The composer's own fold, not the preview's "Need help now?".
    await composer.locator('summary').filter({ hasText: 'The client’s words' }).click();
    await composer.locator('textarea[data-key="tr.situation.label"]').fill('¿Qué pasó en casa?');
    // The preview (the real client widget) shows the change before anything is saved.
    await composer.locator('hw-thought-record[preview]').getByLabel('¿Qué pasó en casa?').waitFor();
    await composer.getByRole('button', { name: 'Save and get the link' }).click();
    await page.locator('#last-created').filter({ hasText: 'Last saved' }).waitFor();

    const reader = await endpoint.clinician();
    const [stored] = await (await fetch(`${endpoint.url}/api/assignments`, { headers: reader })).json();
    assert.equal(stored.locale, 'es');
    assert.equal(stored.framing, 'family');
    assert.deepEqual(stored.overrides, { 'tr.situation.label': '¿Qué pasó en casa?' });
    const snippet = await composer.getByLabel('Embed code for the client’s page').inputValue();
    assert.match(snippet, /^<hw-thought-record endpoint="http:\/\/127\.0\.0\.1:\d+\/api\/homework" assignment-src="/);
    assert.ok(
      (await composer.getByLabel('Link for the client').inputValue()).startsWith(`${endpoint.url}/demo/client.html?`),
    );
    // The page asked the server for a link with access for the client (signed-in cookie).
    const link = await eventually(async () => (await page.locator('#access-link').inputValue()) || null, 'the link');
    assert.ok(link.startsWith(`${endpoint.url}/demo/client.html?`), link);
    assert.match(link, /#link=hwl_/);

    await page.goto(link);
    // The client page's classic script registers the client widgets, not the composer.
    assert.deepEqual(
      await page.evaluate(() =>
        ['hw-thought-record', 'hw-assignment-composer'].map((tag) => !!customElements.get(tag)),
      ),
      [true, false],
    );
    const record = page.locator('hw-thought-record');
    await record.getByLabel('¿Qué pasó en casa?').fill('Discutimos en la cena');
    await record.getByText('Este ejercicio puede ayudarte a ti y a las personas cercanas').waitFor();
    await record.getByRole('button', { name: 'Enviar a mi terapeuta' }).click();
    const [entry] = await eventually(async () => {
      const records = await endpoint.records();
      return records.length ? records : null;
    }, 'the entry on the server');
    assert.equal(entry.assignmentId, stored.id);
    assert.equal(entry.locale, 'es');
    assert.equal(entry.data.situation, 'Discutimos en la cena');
    assert.deepEqual(await endpoint.writers(), ['client:demo-client-1'], 'sent through the link');
    assert.deepEqual(violations, []);
  });

  it('shows a visible error on the client page when the assignment does not exist', async () => {
    await page.goto(
      `${endpoint.url}/demo/client.html?exercise=mood-tracker&assignment-src=${encodeURIComponent('/api/assignments/gone')}`,
    );
    await page.locator('hw-mood-tracker').getByRole('alert').filter({ hasText: 'server answered 404' }).waitFor();
    assert.deepEqual(violations, []);
  });
});
