// Light or dark as the page says: a widget follows the `color-scheme` it inherits (the page's
// CSS or <meta name="color-scheme">, an <hw-provider theme>, its own `theme`), and stays light
// on a page that declares nothing, even on a device set to dark.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { HwReviewPanel } from '../../src/index.js';
import { endpoint, freshDevice, waitFor } from '../support/browser-fixtures.js';
import { moodCheckIn } from '../support/review-entries.js';
import { frameBackground, luminance } from '../support/colour.js';
import { shadow } from '../support/shadow.js';

/** Relative luminance of the element's frame (0 black .. 1 white). */
const brightness = (el: Element) => luminance(frameBackground(el));
const isDark = (el: Element) => brightness(el) < 0.05;
const isLight = (el: Element) => brightness(el) > 0.9;

async function thoughtRecord(theme?: 'light' | 'dark') {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('hw-thought-record');
  el.setAttribute('draft-key', 'theme-page');
  if (theme) el.setAttribute('theme', theme);
  el.setAttribute('endpoint', await endpoint());
  host.append(el);
  await waitFor(() => shadow(el).querySelector('.fields[aria-busy="false"] #situation'), 'the form');
  return el;
}

async function panel() {
  const el = await fixture<HwReviewPanel>(
    html`<hw-review-panel .entries=${[moodCheckIn('2026-11-02T08:00:00Z')]}></hw-review-panel>`,
  );
  await waitFor(() => shadow(el).querySelector('[part="brief"]'), 'the brief');
  return el;
}

describe('the page’s color-scheme', () => {
  let meta: HTMLMetaElement | undefined;
  beforeEach(freshDevice);
  afterEach(async () => {
    document.documentElement.style.colorScheme = '';
    meta?.remove();
    meta = undefined;
    await emulateMedia({ colorScheme: 'light' });
  });

  it('a page that declares nothing gets light widgets on a dark device', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    expect(isLight(await thoughtRecord())).to.equal(true);
    expect(isLight(await panel())).to.equal(true);
    const composer = await fixture(html`<hw-assignment-composer></hw-assignment-composer>`);
    expect(isLight(composer)).to.equal(true);
  });

  it('a page that declares itself light stays light on a dark device', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    document.documentElement.style.colorScheme = 'light';
    expect(isLight(await thoughtRecord())).to.equal(true);
  });

  it('a page that offers both follows the device, by CSS or by <meta name="color-scheme">', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    document.documentElement.style.colorScheme = 'light dark';
    const el = await thoughtRecord();
    expect(isDark(el)).to.equal(true);
    document.documentElement.style.colorScheme = '';
    expect(isLight(el), 'the page withdrew it').to.equal(true);
    meta = Object.assign(document.createElement('meta'), { name: 'color-scheme', content: 'light dark' });
    document.head.append(meta);
    expect(isDark(el), 'the meta tag').to.equal(true);
  });

  it('a dark page gets dark widgets, whatever the device', async () => {
    document.documentElement.style.colorScheme = 'dark';
    expect(isDark(await thoughtRecord())).to.equal(true);
    expect(isDark(await panel())).to.equal(true);
  });

  it('the theme attribute wins over the page', async () => {
    document.documentElement.style.colorScheme = 'dark';
    expect(isLight(await thoughtRecord('light'))).to.equal(true);
    document.documentElement.style.colorScheme = '';
    expect(isDark(await thoughtRecord('dark'))).to.equal(true);
  });

  it('<hw-provider theme> sets it for the widgets inside; a widget’s own theme wins', async () => {
    const url = await endpoint();
    const host = await fixture<HTMLDivElement>(
      html`<div>
        <hw-provider theme="dark">
          <hw-thought-record draft-key="theme-a" endpoint=${url}></hw-thought-record>
          <hw-thought-record draft-key="theme-b" endpoint=${url} theme="light"></hw-thought-record>
        </hw-provider>
      </div>`,
    );
    const [inherits, own] = host.querySelectorAll('hw-thought-record');
    await waitFor(
      () => shadow(inherits).querySelector('#situation') && shadow(own).querySelector('#situation'),
      'forms',
    );
    expect(isDark(inherits)).to.equal(true);
    expect(isLight(own)).to.equal(true);
    host.querySelector('hw-provider')!.setAttribute('theme', 'light');
    expect(isLight(inherits)).to.equal(true);
  });
});
