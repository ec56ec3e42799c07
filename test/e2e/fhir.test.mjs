// format="fhir" end to end: a real widget (inside <hw-provider format="fhir">, classic
// script, strict CSP) submits through the real reference endpoint, which stores the entry;
// what went over the wire is checked by an independent FHIR validator.
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { loadFhirValidator } from '../support/fhir-validator.mjs';
import { countStoredRecords, eventually, launchBrowser, rate, startEndpoint } from './harness.mjs';
import { recordProblems } from './page-problems.mjs';

/** The outbox records of the page, read straight from IndexedDB (not through the library). */
function outboxItems(page) {
  return page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('homework-elements');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const items = await new Promise((resolve, reject) => {
      const request = db.transaction('outbox').objectStore('outbox').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return items;
  });
}

describe('format="fhir" through the reference endpoint', () => {
  let browser;
  let endpoint;
  let context;
  let page;
  let violations;
  let assertValidFhir;

  before(async () => {
    assertValidFhir = await loadFhirValidator();
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

  it('posts a valid QuestionnaireResponse with the entry id as key; the server stores the entry and serves it back as FHIR', async () => {
    const posts = [];
    const loaded = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/dist/cdn/fhir.js')) loaded.push(request.url());
      if (request.method() === 'POST' && request.url().endsWith('/api/homework')) {
        posts.push({ headers: request.headers(), body: request.postData() });
      }
    });
    // The first attempt fails (a real 503 from the server): the retry must send the same bytes.
    await endpoint.faults({ status: 503, retryAfter: '1' });
    await page.goto(endpoint.url + '/demo/fhir.html');
    await rate(page, 'Mood: how do I feel?', '7');
    await page.getByText('What was happening (optional)').click();
    await page.getByLabel('What was I doing?').fill('Reading <b>a book</b> =SUM(A1)');
    await page.getByRole('button', { name: /Submit/ }).click();

    await eventually(async () => (await endpoint.records()).length === 1, 'one record on the server', 20_000);
    await eventually(async () => (await countStoredRecords(page)).outbox === 0, 'an empty outbox');
    const [record] = await endpoint.records();
    assert.equal(record.exercise, 'mood-tracker');
    assert.equal(record.subject, 'Patient/demo-1');
    assert.equal(record.assignmentId, 'demo-fhir-1');
    assert.deepEqual(record.data.mood, { value: 7, scale: '0-10' });
    assert.equal(record.data.doing, 'Reading <b>a book</b> =SUM(A1)');

    assert.equal(posts.length, 2, 'one refused attempt, one delivered');
    assert.equal(posts[0].body, posts[1].body, 'the retry sent the same bytes');
    for (const post of posts) {
      assert.equal(post.headers['content-type'], 'application/fhir+json');
      assert.equal(post.headers['idempotency-key'], record.id);
      assert.equal(
        post.headers['if-none-exist'],
        `identifier=https://homework-elements.org/fhir/entry-id|${record.id}`,
        'a conditional create, which FHIR servers honour',
      );
    }
    const sent = JSON.parse(posts[1].body);
    assertValidFhir(sent);
    assert.equal(sent.resourceType, 'QuestionnaireResponse');
    assert.equal(sent.status, 'completed');
    assert.equal(sent.questionnaire, 'https://homework-elements.org/fhir/Questionnaire/mood-tracker|1.1.1');
    assert.deepEqual(sent.identifier.value, record.id);
    assert.deepEqual(sent.subject, { reference: 'Patient/demo-1', type: 'Patient' });
    assert.deepEqual(sent.author, sent.subject, 'patient-reported');
    assert.equal(sent.authored, record.completedAt);

    assert.equal(loaded.length, 1, 'the classic script loaded the FHIR writer from beside itself, once');

    // The device keeps the native entry as its receipt; the server serves FHIR on request.
    assert.equal((await countStoredRecords(page)).receipts, 1);
    const reader = await endpoint.clinician(['Patient/demo-1']);
    const bundle = await (await fetch(`${endpoint.url}/api/homework?format=fhir`, { headers: reader })).json();
    assert.deepStrictEqual(bundle.entry[0].resource, sent);
    assert.deepEqual(violations, []);
  });

  it('a Spanish client (lang="es") sends a response in Spanish, `language: es`, which the endpoint reads', async () => {
    const posts = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/homework')) posts.push(request.postData());
    });
    // The same page in Spanish: only its lang differs (the server's headers, CSP included, kept).
    await page.route('**/demo/fhir.html', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('<html lang="en">', '<html lang="es">');
      assert.match(body, /<html lang="es">/);
      await route.fulfill({ response, body });
    });
    await page.goto(endpoint.url + '/demo/fhir.html');
    const mood = page.locator('.slider', { hasText: 'Ánimo: ¿cómo me siento?' });
    await mood.getByRole('button', { name: 'Valorar' }).click();
    await mood.locator('input[type="range"]').fill('6');
    await page.getByText('Qué estaba pasando (opcional)').click();
    await page.getByLabel('¿Qué estaba haciendo?').fill('Leyendo');
    await page.getByRole('button', { name: 'Enviar a mi terapeuta' }).click();

    await eventually(async () => (await endpoint.records()).length === 1, 'one record on the server', 20_000);
    const [record] = await endpoint.records();
    assert.equal(record.locale, 'es');
    assert.deepEqual(record.data.mood, { value: 6, scale: '0-10' });
    assert.equal(record.data.doing, 'Leyendo');
    assert.equal(posts.length, 1);
    const sent = JSON.parse(posts[0]);
    assertValidFhir(sent);
    assert.equal(sent.language, 'es');
    const text = Object.fromEntries(sent.item.map((/** @type {any} */ item) => [item.linkId, item.text]));
    assert.equal(text.mood, 'Ánimo: ¿cómo me siento?');
    assert.equal(text.doing, '¿Qué estaba haciendo?');
    // A check-in's time is worded for FHIR alone, with no Spanish: no English text in its place.
    assert.ok('at' in text);
    assert.equal(text.at, undefined);
    assert.deepEqual(violations, []);
  });

  it('keeps the entry and retries when the FHIR writer cannot be loaded, then delivers it', async () => {
    await page.route('**/dist/cdn/fhir.js', (route) => route.abort('internetdisconnected'));
    await page.goto(endpoint.url + '/demo/fhir.html');
    await rate(page, 'Mood: how do I feel?', '3');
    await page.getByRole('button', { name: /Submit/ }).click();
    const tracker = page.locator('hw-mood-tracker');
    // Read from IndexedDB directly: the entry waits, marked like a network failure, with no body yet.
    const [waiting] = await eventually(async () => {
      const items = await outboxItems(page);
      return items.length === 1 && items[0].attempts >= 1 ? items : null;
    }, 'a failed attempt recorded in the outbox');
    assert.equal(waiting.format, 'fhir');
    assert.equal(waiting.lastError, 'network');
    assert.equal(waiting.body, undefined);
    assert.equal((await endpoint.records()).length, 0);
    await tracker
      .getByRole('status')
      .getByText(/Not sent yet/)
      .waitFor();

    await page.unroute('**/dist/cdn/fhir.js');
    await tracker.getByRole('button', { name: 'Try sending again' }).click();
    await eventually(async () => (await endpoint.records()).length === 1, 'the entry delivered', 20_000);
    const [record] = await endpoint.records();
    assert.deepEqual(record.data.mood, { value: 3, scale: '0-10' });
    assert.equal(record.id, waiting.id);
    await eventually(async () => (await countStoredRecords(page)).outbox === 0, 'an empty outbox');
  });

  it('an invalid format is a visible configuration error, and nothing is sent', async () => {
    await page.goto(endpoint.url + '/demo/fhir.html');
    await page.getByLabel(/^Mood: how do I feel\?/).waitFor({ state: 'attached' });
    await page.locator('hw-provider').evaluate((provider) => provider.setAttribute('format', 'hl7v2'));
    await page.getByRole('alert').getByText('The format must be "native" or "fhir".').waitFor();
    assert.equal((await endpoint.records()).length, 0);
    assert.deepEqual(violations, []);
  });
});
