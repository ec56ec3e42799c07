// Row 24 as one matrix: every widget renders and does its job on a page served with the
// strict policy a host would use (default-src 'self', no unsafe-eval or unsafe-inline,
// Trusted Types required), and the page sees zero `securitypolicyviolation` events.
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { eventually, launchBrowser, rate, rateWithKeyboard, startEndpoint } from './harness.mjs';
import { recordProblems } from './page-problems.mjs';

/** What a widget's page must do under the policy: render, then complete and send. */
const WIDGETS = [
  {
    tag: 'hw-thought-record',
    path: '/',
    async complete(page) {
      await page.getByLabel('Situation: who, what, when, where?').fill('Under a strict policy');
      await page.getByRole('button', { name: /Submit/ }).click();
    },
  },
  {
    tag: 'hw-mood-tracker',
    path: '/demo/mood.html',
    async complete(page) {
      await rate(page, 'Mood: how do I feel?', '6');
      await page.getByRole('button', { name: /Submit/ }).click();
    },
  },
  {
    tag: 'hw-behavioural-experiment',
    path: '/demo/experiment.html',
    async complete(page) {
      await page.getByLabel('Target belief: what thought am I testing?').fill('If I speak up, people will laugh');
      await rateWithKeyboard(page, 'Target belief: how much do I believe it now?', 'End');
      await page.getByLabel('Experiment: what will I do?').fill('Ask one question');
      await page.getByLabel('Prediction: what do I expect will happen?').fill('Someone will laugh');
      await page.getByRole('button', { name: 'I did the experiment: record the outcome' }).click();
      await page.getByLabel('Outcome: what actually happened?').fill('Two people nodded');
      await page.getByLabel('What I learned: what does this mean for my belief?').fill('Nobody laughed');
      await rateWithKeyboard(page, 'Target belief now: how much do I believe it?', 'Home');
      await page
        .locator('hw-behavioural-experiment')
        .getByRole('button', { name: /Submit/ })
        .click();
    },
  },
];

/** The clinician's pages: the panel and the composer (with its live client preview) render. */
const CLINICIAN_PAGES = [
  { tag: 'hw-review-panel', path: '/demo/clinician.html' },
  { tag: 'hw-assignment-composer', path: '/demo/composer.html' },
];

describe('row 24: every widget under a strict CSP with Trusted Types', () => {
  let browser;
  let endpoint;
  let context;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    endpoint = await startEndpoint();
    context = await browser.newContext();
  });
  afterEach(async () => {
    await context?.close();
    await endpoint?.dispose();
  });

  async function openUnderPolicy(path) {
    const page = await context.newPage();
    const violations = await recordProblems(page);
    // The clinician's pages need the sign-in first, through the server's own page.
    if (CLINICIAN_PAGES.some((clinician) => clinician.path === path)) await endpoint.signIn(page, path);
    const response = await page.goto(endpoint.url + path);
    const policy = response.headers()['content-security-policy'] ?? '';
    return { page, violations, policy };
  }

  it('serves the demo pages with the policy a host would use', async () => {
    const { policy } = await openUnderPolicy('/');
    assert.match(policy, /default-src 'self'/);
    assert.match(policy, /require-trusted-types-for 'script'/);
    assert.doesNotMatch(policy, /unsafe-eval|unsafe-inline/);
  });

  for (const widget of WIDGETS) {
    it(`${widget.tag} renders and submits with zero violations`, async () => {
      const { page, violations } = await openUnderPolicy(widget.path);
      await page
        .locator(widget.tag)
        .getByRole('button', { name: /Submit/ })
        .waitFor();
      await widget.complete(page);
      await eventually(async () => (await endpoint.records()).length === 1, 'the entry on the server');
      assert.equal((await endpoint.records())[0].exercise, widget.tag.slice('hw-'.length));
      assert.deepEqual(violations, []);
    });
  }

  for (const { tag, path } of CLINICIAN_PAGES) {
    it(`${tag} renders with zero violations`, async () => {
      const { page, violations } = await openUnderPolicy(path);
      await page.locator(tag).getByRole('heading').first().waitFor();
      if (tag === 'hw-assignment-composer')
        await page.locator('hw-thought-record').getByRole('heading').first().waitFor();
      assert.deepEqual(violations, []);
    });
  }
});
