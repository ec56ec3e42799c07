// The classic script from a CDN on a second origin, pinned with SRI, under the strict CSP a
// host would use: every file it loads from beside itself is checked against the hashes
// inside it, and no failure (altered file, no CORS, main file only, a file that never
// arrives) leaves a widget on "Opening your saved work…": it says so, offers "Try again",
// and the host hears `hw-load-error`.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { DEMO_CSP } from '../../server/static-files.mjs';
import { startCdn } from './cdn-server.mjs';
import { eventually, launchBrowser, startEndpoint } from './harness.mjs';
import { recordProblems } from './page-problems.mjs';

const sri = (file) =>
  `sha384-${createHash('sha384')
    .update(readFileSync(resolve(import.meta.dirname, '../../dist/cdn', file)))
    .digest('base64')}`;
const integrity = sri('homework-elements.iife.js');
const TAMPER = '\nglobalThis.__tampered = (globalThis.__tampered ?? 0) + 1;\n';

/** The host's pages: the widget, and a list where the host writes the events it hears. */
function writeHostPages(dir, cdn) {
  const page = (tag, attributes, pinned) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Practice</title>
    <!-- The host listens before the widgets exist: a failure can be reported at once. -->
    <script src="host.js"></script>
    <script src="${cdn}/homework-elements.iife.js"${pinned ? ` integrity="${integrity}" crossorigin="anonymous"` : ''}></script>
  </head>
  <body>
    <${tag} endpoint="/api/homework" ${attributes}></${tag}>
    <ul aria-label="Host log"></ul>
  </body>
</html>
`;
  writeFileSync(join(dir, 'record.html'), page('hw-thought-record', 'lang="es"', true));
  writeFileSync(join(dir, 'fhir.html'), page('hw-thought-record', 'format="fhir"', true));
  writeFileSync(join(dir, 'experiment.html'), page('hw-behavioural-experiment', '', true));
  writeFileSync(join(dir, 'unpinned.html'), page('hw-thought-record', '', false));
  writeFileSync(
    join(dir, 'clinician.html'),
    page('hw-review-panel', 'lang="es"', true)
      .replace('homework-elements.iife.js', 'homework-elements-clinician.iife.js')
      .replace(integrity, sri('homework-elements-clinician.iife.js')),
  );
  writeFileSync(
    join(dir, 'host.js'),
    `document.addEventListener('hw-load-error', (event) =>
  document.querySelector('[aria-label="Host log"]').append(Object.assign(document.createElement('li'), { textContent: \`load-error \${event.file} \${event.blocking}\` })),
);
`,
  );
}

describe('the classic script from a CDN on another origin', () => {
  let browser;
  let cdn;
  let pagesDir;
  let endpoint;
  let context;
  let page;
  let problems;

  before(async () => {
    browser = await launchBrowser();
    cdn = await startCdn();
    pagesDir = mkdtempSync(join(tmpdir(), 'hw-cdn-host-'));
    writeHostPages(pagesDir, cdn.origin);
    // The demo's policy with the CDN allowed for scripts: nothing else added.
    const csp = DEMO_CSP.replace("script-src 'self'", `script-src 'self' ${cdn.origin}`);
    assert.doesNotMatch(csp, /unsafe-|blob:/);
    endpoint = await startEndpoint({ mounts: { practice: { dir: pagesDir, csp } } });
  });
  after(async () => {
    await browser?.close();
    await cdn?.close();
    await endpoint?.dispose();
    if (pagesDir) rmSync(pagesDir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    cdn.reset();
    context = await browser.newContext();
    page = await context.newPage();
    problems = await recordProblems(page);
  });
  afterEach(async () => {
    await context?.close();
  });

  const open = (name) => page.goto(`${endpoint.url}/practice/${name}`);
  const hostLog = () => page.getByRole('list', { name: 'Host log' }).getByRole('listitem').allTextContents();
  const tampered = () => page.evaluate(() => globalThis.__tampered ?? 0);
  const loadError = () => page.locator('[part="load-error"]');

  it('intact: the form opens in Spanish, each pinned file fetched once, the entry arrives', async () => {
    await open('record.html');
    await page.getByLabel('Situación: ¿quién, qué, cuándo, dónde?').fill('Desde el CDN');
    await page.getByRole('button', { name: 'Enviar a mi terapeuta' }).click();
    await eventually(async () => (await endpoint.records()).length === 1, 'the entry on the server');
    // import() ran the module the verified preload fetched: nothing was fetched twice.
    assert.equal(cdn.count('lazy/schemas.js'), 1);
    assert.equal(cdn.count('locales/es.js'), 1);
    assert.deepEqual(await hostLog(), []);
    assert.deepEqual(problems, []);
  });

  it('an altered schemas file never runs: the widget says it could not load safely', async () => {
    appendFileSync(join(cdn.dir, 'lazy/schemas.js'), TAMPER);
    await open('record.html');
    await loadError().getByText('no se pudo cargar de forma segura').waitFor();
    await eventually(async () => (await hostLog()).includes('load-error lazy/schemas.js true'), 'the event');
    assert.equal(await page.getByText('Abriendo tu trabajo guardado').count(), 0);
    assert.equal(await tampered(), 0);
    assert.deepEqual(problems, []);
  });

  it('an altered translation never runs: the form works in English and says so', async () => {
    appendFileSync(join(cdn.dir, 'locales/es.js'), TAMPER);
    await open('record.html');
    await page.getByLabel('Situation: who, what, when, where?').fill('In English');
    await loadError().getByText('Part of this exercise could not be loaded safely').waitFor();
    await eventually(async () => (await hostLog()).includes('load-error locale es false'), 'the event');
    assert.equal(await tampered(), 0);
  });

  it('an altered calendar file never runs: the plan stays and the client is told', async () => {
    appendFileSync(join(cdn.dir, 'lazy/calendar-file.js'), TAMPER);
    await open('experiment.html');
    await page.getByLabel('Experiment: what will I do?').fill('Ask one question');
    await page.getByLabel('Experiment: when? (date and time)').fill('2030-05-01T10:00');
    await page.getByRole('button', { name: 'Add a reminder to my calendar (.ics file)' }).click();
    await loadError().waitFor();
    await eventually(async () => (await hostLog()).includes('load-error lazy/calendar-file.js false'), 'the event');
    assert.equal(await page.getByLabel('Experiment: what will I do?').inputValue(), 'Ask one question');
    assert.equal(await tampered(), 0);
  });

  it('an altered FHIR writer never runs: the entry stays queued, nothing is sent', async () => {
    appendFileSync(join(cdn.dir, 'fhir.js'), TAMPER);
    const earlier = (await endpoint.records()).length; // the server is shared by this file's tests
    await open('fhir.html');
    await page.getByLabel('Situation: who, what, when, where?').fill('As FHIR');
    await page.getByRole('button', { name: 'Submit to my clinician' }).click();
    await eventually(() => cdn.count('fhir.js') > 0, 'the FHIR writer asked for');
    await page.getByText('Not sent yet').waitFor();
    assert.equal(await tampered(), 0);
    assert.equal((await endpoint.records()).length, earlier);
  });

  it("the clinician's script: its translation is pinned too, and an altered one never runs", async () => {
    const refused = [];
    page.on('console', (message) => refused.push(message.text()));
    await open('clinician.html');
    await page.getByRole('heading', { name: 'Revisión de tareas' }).waitFor();
    cdn.reset();
    appendFileSync(join(cdn.dir, 'locales/es-clinician.js'), TAMPER);
    await open('clinician.html');
    // The browser says why it refused the file: only then is "it never ran" worth asserting.
    await eventually(() => refused.some((text) => /integrity.*es-clinician\.js/.test(text)), 'the refusal');
    await page.getByRole('heading', { name: 'Homework review' }).waitFor();
    assert.equal(await tampered(), 0);
  });

  it('a CDN without CORS headers: a calm error and an event, not an endless wait', async () => {
    cdn.state.cors = false;
    await open('unpinned.html');
    await loadError().getByText('Part of this exercise could not be loaded safely').waitFor();
    await eventually(async () => (await hostLog()).includes('load-error lazy/schemas.js true'), 'the event');
    assert.equal(await page.getByText('Opening your saved work').count(), 0);
  });

  it('only the main file deployed: the error, then "Try again" opens the form once the files are there', async () => {
    const saved = cdn.dir + '-full';
    rmSync(saved, { recursive: true, force: true });
    cpSync(cdn.dir, saved, { recursive: true });
    for (const folder of ['lazy', 'locales']) rmSync(join(cdn.dir, folder), { recursive: true });
    rmSync(join(cdn.dir, 'fhir.js'));
    await open('record.html');
    await loadError().waitFor();
    await eventually(async () => (await hostLog()).some((line) => line.startsWith('load-error')), 'the event');
    // The rest of the folder arrives: the failure was not remembered.
    cpSync(saved, cdn.dir, { recursive: true });
    rmSync(saved, { recursive: true, force: true });
    await loadError().getByRole('button').click();
    await page.getByLabel('Situación: ¿quién, qué, cuándo, dónde?').fill('Ya está');
    assert.equal(await loadError().count(), 0);
    assert.deepEqual(problems, []);
  });

  it('a file that never arrives: the widget gives up within 10 s and says so', async () => {
    cdn.state.hang.add('lazy/schemas.js');
    await open('record.html');
    await loadError().waitFor({ timeout: 15_000 });
    await eventually(async () => (await hostLog()).includes('load-error lazy/schemas.js true'), 'the event');
  });
});
