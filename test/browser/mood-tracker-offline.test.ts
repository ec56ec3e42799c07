// <hw-mood-tracker> when its history (a chunk of its own, loaded beside the device store)
// cannot load: the page is really cut off from that file, as by a lost connection (see
// test/support/offline-plugin.mjs). The check-in still works and is delivered; the history
// appears once the file can be fetched and something changes. A file of its own, so that no
// earlier test in the page has loaded the history already.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define/hw-mood-tracker.js';
import type { HwMoodTracker } from '../../src/define/hw-mood-tracker.js';
import { endpoint, freshDevice, resetServer, storedEntries, waitFor } from '../support/browser-fixtures.js';
import { button, byLabel, shadow, typeInto } from '../support/shadow.js';

describe('<hw-mood-tracker> offline before its history arrived', () => {
  beforeEach(async () => {
    await freshDevice();
    await resetServer();
  });
  afterEach(() => executeServerCommand('online'));

  it('takes and delivers check-ins without it, and shows it once it can load', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
    window.addEventListener('unhandledrejection', onUnhandled);
    await executeServerCommand('offline', { path: 'mood-tracker/history.' });
    const el = await fixture<HwMoodTracker>(html`<hw-mood-tracker endpoint=${await endpoint()}></hw-mood-tracker>`);
    await waitFor(() => shadow(el).querySelector('.fields[aria-busy="false"] #mood'), 'the check-in');

    typeInto(byLabel(el, 'Mood: how do I feel?'), '6');
    const queued = new Promise((resolve) => el.addEventListener('hw-entry-queued', resolve, { once: true }));
    button(el, 'Submit').click();
    await queued;
    await waitFor(async () => (await storedEntries()).length === 1, 'the check-in delivered');
    expect(shadow(el).querySelector('.history')).to.equal(null);

    await executeServerCommand('online');
    typeInto(byLabel(el, 'Mood: how do I feel?'), '4');
    button(el, 'Submit').click();
    await waitFor(() => shadow(el).querySelector('.history .chart'), 'the history once online');
    expect(shadow(el).querySelector('.history')!.textContent).to.contain('Check-ins: 2.');
    window.removeEventListener('unhandledrejection', onUnhandled);
    expect(unhandled).to.deep.equal([]);
  });
});
