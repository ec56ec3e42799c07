// Cold render: navigation start to the thought record's first field on screen, for our
// classic-script bundle, the same form in SurveyJS, and a plain HTML form (the floor);
// plus the JS heap once loaded. Variants interleave, each run in a fresh context (no cache).
import { copyFileSync, mkdirSync, readFile, rmSync } from 'node:fs';
import http from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { median } from './lib.mjs';

const RUNS = 9;
const SMOKE_RUNS = 2;

/**
 * Runs `work` while SurveyJS's files are served from bench/pages/vendor/: copied from
 * node_modules first, removed after (gitignored, and minified code ESLint should not see).
 */
export async function withSurveyJs(repoRoot, work) {
  const vendor = join(repoRoot, 'bench/pages/vendor');
  mkdirSync(vendor, { recursive: true });
  for (const file of [
    'survey-core/survey.core.min.js',
    // The default theme without its Google Fonts @font-face: no third-party requests here.
    'survey-core/survey-core.fontless.min.css',
    'survey-js-ui/survey-js-ui.min.js',
  ]) {
    copyFileSync(join(repoRoot, 'node_modules', file), join(vendor, file.split('/')[1]));
  }
  try {
    return await work();
  } finally {
    rmSync(vendor, { recursive: true, force: true });
  }
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

/** What a host page could send if it allowed its own scripts and styles, but not Trusted Types. */
export const SCRIPT_STYLE_SELF_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

/**
 * A tiny static server for bench/ and dist/ with the Content-Security-Policy of our choice
 * (none by default): SurveyJS breaks under the reference server's policy (Trusted Types),
 * so it is timed here, without one.
 */
export async function startStaticServer(repoRoot, csp = null) {
  const root = resolve(repoRoot);
  const server = http.createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = resolve(root, '.' + path);
    const allowed = ['bench', 'dist'].some((folder) => file.startsWith(join(root, folder) + sep));
    if (!allowed || !TYPES[extname(file)]) return void res.writeHead(404).end();
    readFile(file, (error, body) => {
      if (error) return void res.writeHead(404).end();
      const headers = { 'Content-Type': TYPES[extname(file)], 'Cache-Control': 'no-cache' };
      if (csp && extname(file) === '.html') headers['Content-Security-Policy'] = csp;
      res.writeHead(200, headers).end(body);
    });
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => (server.closeAllConnections(), server.close(() => done(undefined)))),
  };
}

/**
 * Runs in the page before any of its scripts: each animation frame, look for the first
 * textarea/input (inside `shadowHost`'s shadow root when given) and note performance.now()
 * (ms since navigation start) once it has a box (and, with `expectText`, once that text shows).
 */
function probeFirstField({ shadowHost, expectText }) {
  const root = () => (shadowHost ? document.querySelector(shadowHost)?.shadowRoot : document);
  const look = () => {
    const field = root()?.querySelector('textarea, input');
    const box = field?.getBoundingClientRect();
    // In another language the field only counts once its own words show (no English flash).
    const inLanguage = !expectText || (root()?.textContent ?? '').includes(expectText);
    if (box && box.width > 0 && box.height > 0 && inLanguage) window.__benchFirstField = performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
  window.__benchProblems = [];
  document.addEventListener('securitypolicyviolation', (event) =>
    window.__benchProblems.push(`CSP ${event.violatedDirective} (${event.blockedURI})`),
  );
  window.addEventListener('error', (event) => window.__benchProblems.push(`error: ${event.message}`));
}

/** One cold load: fresh context, time to first field, then the heap after a full GC. */
export async function coldLoad(browser, url, shadowHost, expectText) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(probeFirstField, { shadowHost: shadowHost ?? null, expectText: expectText ?? null });
    await page.goto(url);
    const handle = await page.waitForFunction(() => window.__benchFirstField, null, { timeout: 60_000 });
    const firstFieldMs = await handle.jsonValue();
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const problems = await page.evaluate(() => window.__benchProblems);
    // The critical path: when the script and (in another language) its catalogue had arrived.
    const arrived = await page.evaluate(() =>
      Object.fromEntries(
        performance
          .getEntriesByType('resource')
          .filter((r) => /homework-elements\.iife\.js|\/locales\/[\w-]+\.js/.test(r.name))
          .map((r) => [r.name.includes('/locales/') ? 'catalogue' : 'script', r.responseEnd]),
      ),
    );
    return { firstFieldMs, heapBytes: usedSize, problems, arrived };
  } finally {
    await context.close();
  }
}

export async function run({ browser, server, repoRoot, smoke }) {
  const open = await startStaticServer(repoRoot);
  const selfOnly = await startStaticServer(repoRoot, SCRIPT_STYLE_SELF_CSP);
  const pages = (base) => `${base}/bench/pages`;
  const variants = [
    { name: 'ours', url: `${pages(server.url)}/tr-render.html`, shadowHost: 'hw-thought-record' },
    {
      name: 'ours, Spanish',
      url: `${pages(server.url)}/tr-render-es.html`,
      shadowHost: 'hw-thought-record',
      expectText: 'Situación',
    },
    { name: 'SurveyJS', url: `${pages(open.url)}/survey-render.html` },
    { name: 'plain', url: `${pages(server.url)}/plain-render.html` },
  ];
  const results = Object.fromEntries(variants.map((v) => [v.name, []]));
  const runs = smoke ? SMOKE_RUNS : RUNS;
  let underDemoCsp;
  let underSelfCsp;
  try {
    await withSurveyJs(repoRoot, async () => {
      for (let round = 0; round < runs; round++) {
        // Rotate the order each round so no variant always goes first (or last).
        const order = variants.map((_, i) => variants[(i + round) % variants.length]);
        for (const v of order) results[v.name].push(await coldLoad(browser, v.url, v.shadowHost, v.expectText));
      }
      // Does SurveyJS work under a strict policy? Once each, not timed.
      underDemoCsp = await coldLoad(browser, `${pages(server.url)}/survey-render.html`);
      underSelfCsp = await coldLoad(browser, `${pages(selfOnly.url)}/survey-render.html`);
    });
  } finally {
    await open.close();
    await selfOnly.close();
  }

  const times = (name) => results[name].map((r) => r.firstFieldMs);
  const heap = (name) => median(results[name].map((r) => r.heapBytes));
  const pairedRatio = (a, b) => median(times(a).map((t, round) => t / times(b)[round]));
  const vsSurvey = pairedRatio('ours', 'SurveyJS');
  const vsPlain = pairedRatio('ours', 'plain');
  const spanishVsSurvey = pairedRatio('ours, Spanish', 'SurveyJS');
  const spanishVsPlain = pairedRatio('ours, Spanish', 'plain');
  const oursProblems = [...new Set([...results.ours, ...results['ours, Spanish']].flatMap((r) => r.problems))];
  const met = (ratio, target) => `paired by round; target ≤ ${target}: ${ratio <= target ? 'met' : 'MISSED'}`;
  const verdict = ({ problems }) => (problems.length ? 'breaks' : 'works');
  const n = `median of ${runs} cold loads`;
  const row = (metric, value, unit, note) => ({ benchmark: 'cold render', metric, value, unit, note });
  return [
    row(
      'first field: ours (classic script)',
      median(times('ours')),
      'ms',
      oursProblems.length ? `${n}; ${oursProblems.join('; ')}` : `${n}; demo CSP, no violation`,
    ),
    row('first field: ours, Spanish page', median(times('ours, Spanish')), 'ms', `${n}; once the Spanish labels show`),
    row(
      'critical path: ours, script arrived',
      median(results.ours.map((r) => r.arrived?.script ?? NaN)),
      'ms',
      `${n}; responseEnd of the classic script`,
    ),
    row(
      'critical path: Spanish, catalogue arrived',
      median(results['ours, Spanish'].map((r) => r.arrived?.catalogue ?? NaN)),
      'ms',
      `${n}; responseEnd of locales/es.js, requested once the script runs`,
    ),
    row('first field: SurveyJS', median(times('SurveyJS')), 'ms', `${n}; served without any CSP`),
    row('first field: plain HTML form', median(times('plain')), 'ms', `${n}; the floor`),
    row('ours / SurveyJS', vsSurvey, '×', met(vsSurvey, 0.2)),
    row('ours / plain HTML', vsPlain, '×', met(vsPlain, 1.5)),
    row('ours, Spanish / SurveyJS', spanishVsSurvey, '×', met(spanishVsSurvey, 0.2)),
    row('ours, Spanish / plain HTML', spanishVsPlain, '×', met(spanishVsPlain, 1.5)),
    row('JS heap after load: ours', heap('ours'), 'B', 'Runtime.getHeapUsage after a forced GC'),
    row('JS heap after load: SurveyJS', heap('SurveyJS'), 'B', 'Runtime.getHeapUsage after a forced GC'),
    row('JS heap after load: plain HTML', heap('plain'), 'B', 'Runtime.getHeapUsage after a forced GC'),
    row('SurveyJS under the demo CSP', verdict(underDemoCsp), '', underDemoCsp.problems.join('; ') || 'no violation'),
    row(
      'SurveyJS under script-src/style-src self',
      verdict(underSelfCsp),
      '',
      underSelfCsp.problems.join('; ') || 'no violation (no Trusted Types)',
    ),
  ];
}
