// What a page under the demo's strict policy must never show, recorded as it happens, for
// every end-to-end test to assert is empty: each `securitypolicyviolation` (its directive and
// what was blocked), each uncaught error, and each Content Security Policy refusal Chromium
// writes to the console (some, such as a worker's, never reach the document's listener).

/**
 * Records `page`'s problems into `problems` (one list may gather several pages). Call it
 * before the page's first navigation: the listener goes in with an init script.
 * @param {import('playwright-core').Page} page
 * @param {string[]} [problems]
 * @returns {Promise<string[]>} `problems`, filled as they happen
 */
export async function recordProblems(page, problems = []) {
  await page.exposeFunction('__reportViolation', (/** @type {string} */ violation) => problems.push(violation));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  return problems;
}
