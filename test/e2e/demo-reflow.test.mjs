// WCAG 1.4.10 on the demo pages as served (strict CSP, the classic scripts): at 320 CSS px
// (1280 px at 400% zoom, 640 px at 200%) nothing scrolls sideways, the site menu included.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { useBrowserAndEndpoint } from './harness.mjs';

const CLINICIAN_PAGES = ['/demo/clinician.html', '/demo/composer.html', '/demo/caseload.html', '/received'];
const CLIENT_PAGES = [
  '/',
  '/demo/client.html',
  '/demo/mood.html',
  '/demo/experiment.html',
  '/demo/my-homework.html',
  '/demo/fhir.html',
  '/demo/two-copies.html',
];

/** A thought record from the demo client, with the long words a table must not widen for. */
function entry() {
  const now = new Date().toISOString();
  return {
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
      columns: 5,
      situation: 'The quarterly performance-review meeting with my manager and the whole department',
      moods: [{ id: 'm', name: 'Overwhelmed', intensity: 70, rerated: 40 }],
      thoughts: [{ id: 't', text: 'Everyone will see that I am incompetent', hot: true, belief: 80 }],
      distortions: ['jumping-to-conclusions'],
      evidenceFor: '',
      evidenceAgainst: '',
      balancedThought: 'Most colleagues were busy with their own presentations',
      balancedBelief: 60,
    },
    engagement: {
      activeSeconds: 300,
      sittings: 2,
      edits: 30,
      fieldsFilled: 5,
      fieldsOffered: 5,
      selfReview: { obstacles: [], reflection: 'Thoughts are not facts' },
    },
  };
}

/** How far the page scrolls sideways, and the site menu's own overflow. */
async function sideways(page) {
  return page.evaluate(() => {
    const nav = document.querySelector('.site-header');
    return {
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      menu: nav ? nav.scrollWidth - nav.clientWidth : 0,
    };
  });
}

describe('demo pages at 320 CSS px', () => {
  const fixture = useBrowserAndEndpoint();

  async function open(path) {
    const context = await fixture.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    if (CLINICIAN_PAGES.includes(path)) await fixture.endpoint.signIn(page, path);
    else await page.goto(`${fixture.endpoint.url}${path}`);
    await page.waitForLoadState('networkidle');
    return { page, context };
  }

  for (const path of [...CLINICIAN_PAGES, ...CLIENT_PAGES]) {
    it(`${path}: nothing scrolls sideways`, async () => {
      const sent = entry();
      const response = await fetch(`${fixture.endpoint.url}/api/homework`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': sent.id },
        body: JSON.stringify(sent),
      });
      assert.equal(response.status, 201);
      const { page, context } = await open(path);
      try {
        if (path === '/demo/clinician.html') {
          await page.locator('hw-review-panel .row').first().waitFor();
          await page.locator('hw-review-panel details').evaluateAll((all) => all.forEach((d) => (d.open = true)));
        }
        assert.deepEqual(await sideways(page), { page: 0, menu: 0 });
      } finally {
        await context.close();
      }
    });
  }
});
