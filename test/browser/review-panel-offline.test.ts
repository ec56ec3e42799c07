// <hw-review-panel> when its views (a chunk of their own, fetched beside the schemas) cannot
// load: the page is really cut off from that file, as by a lost connection (see
// test/support/offline-plugin.mjs), and the panel shows the error an unreachable server gets,
// with "Try again", which shows the entries once the file can be fetched again. A file of its
// own, so that no earlier test in the page has loaded the views already.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define/hw-review-panel.js';
import type { HwReviewPanel } from '../../src/define/hw-review-panel.js';
import { waitFor } from '../support/browser-fixtures.js';
import { moodCheckIn, thoughtRecord } from '../support/review-entries.js';
import { alertText, button, shadow } from '../support/shadow.js';

const rows = (el: Element) => shadow(el).querySelectorAll('.row');

describe('<hw-review-panel> offline before its views arrived', () => {
  afterEach(() => executeServerCommand('online'));

  it('says the entries could not be loaded, and "Try again" shows them once back online', async () => {
    await executeServerCommand('offline', { path: 'panel-views' });
    const el = await fixture<HwReviewPanel>(
      html`<hw-review-panel
        lang="en"
        .entries=${[thoughtRecord('2026-11-20T18:30:00.000+01:00'), moodCheckIn('2026-11-21T08:00:00.000+01:00')]}
      ></hw-review-panel>`,
    );
    await waitFor(() => alertText(el).includes('the server could not be reached'), 'the network error');
    expect(rows(el).length).to.equal(0);

    // Still offline: trying again fails the same way, and says so again.
    button(el, 'Try again').click();
    await el.updateComplete;
    expect(alertText(el)).to.equal('');
    expect(shadow(el).textContent).to.contain('Reading entries');
    await waitFor(() => alertText(el).includes('the server could not be reached'), 'the error again');

    await executeServerCommand('online');
    button(el, 'Try again').click();
    await waitFor(() => rows(el).length === 2, 'both entries after trying again');
    expect(alertText(el)).to.equal('');
  });
});
