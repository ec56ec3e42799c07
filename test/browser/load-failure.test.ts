// A widget whose code cannot arrive (the npm build's storage chunk, cut off as by a lost
// connection: see test/support/offline-plugin.mjs) never waits in silence on "Opening your
// saved work…": it says so with "Try again", the host hears `hw-load-error`, and once the
// file can be fetched, "Try again" opens the form. A file of its own, so that no earlier
// test in the page has loaded the chunk already. Also the loader's rule itself.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { LoadError, onDemand } from '../../src/core/on-demand.js';
import { withSender } from '../../src/lazy/sender.js';
import '../../src/define/hw-thought-record.js';
import type { HwLoadErrorEvent, HwThoughtRecord } from '../../src/index.js';
import { alertText, button, shadow } from '../support/shadow.js';

/** Poll until `check` holds (browser-fixtures.ts would load the store with it: not here). */
async function waitFor<T>(check: () => T, what: string): Promise<T> {
  for (let tries = 0; tries < 300; tries++) {
    const value = check();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  throw new Error(`Timed out waiting for: ${what}`);
}

describe('code that cannot load', () => {
  afterEach(() => executeServerCommand('online'));

  it('shows a calm error and fires hw-load-error; "Try again" opens the form once the file is back', async () => {
    await executeServerCommand('offline', { path: 'open-store' });
    const events: HwLoadErrorEvent[] = [];
    const el = await fixture<HwThoughtRecord>(
      html`<hw-thought-record @hw-load-error=${(e: HwLoadErrorEvent) => events.push(e)}></hw-thought-record>`,
    );
    await waitFor(() => alertText(el).includes('could not be loaded safely'), 'the load error');
    expect(shadow(el).textContent).not.to.contain('Opening your saved work');
    expect(events.map((e) => [e.file, e.blocking])).to.deep.equal([['open-store', true]]);

    // The sender's chunk imports the store's too, and began loading when the widget
    // connected: let that load fail first (this joins it), or a retry made while it is still
    // under way would join its failing fetch of the store's file.
    await withSender().catch(() => undefined);
    await executeServerCommand('online');
    button(el, 'Try again').click();
    await waitFor(
      () => shadow(el).querySelector('.fields[aria-busy="false"] #situation'),
      'the form after trying again',
    );
    expect(alertText(el)).to.equal('');
  });
});

describe('onDemand', () => {
  it('shares a load under way, keeps a success and forgets a failure', async () => {
    const attempts: number[] = [];
    const load = onDemand('example', async (attempt) => {
      attempts.push(attempt);
      if (attempt === 1) throw new Error('offline');
      return { value: attempt };
    });
    const [first, second] = await Promise.allSettled([load(), load()]);
    expect(first.status).to.equal('rejected');
    expect(second.status).to.equal('rejected');
    const error = (first as PromiseRejectedResult).reason as LoadError;
    expect(error).to.be.instanceOf(LoadError);
    expect(error.file).to.equal('example');
    expect(load.loaded()).to.equal(undefined);

    expect(await load()).to.deep.equal({ value: 2 });
    expect(await load()).to.deep.equal({ value: 2 });
    expect(load.loaded()).to.deep.equal({ value: 2 });
    expect(attempts).to.deep.equal([1, 2]);
  });
});
