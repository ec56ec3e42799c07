// The class-only entry: importing it defines no tag, and a host can register the classes under
// names of its own. This file imports nothing that registers (each test file has its own page).
import { expect } from '@open-wc/testing';
import { HwMoodTracker, HwReviewPanel, HwThoughtRecord } from '../../src/elements.js';
import { endpoint, freshDevice, waitFor } from '../support/browser-fixtures.js';
import { shadow } from '../support/shadow.js';

describe('the class-only entry', () => {
  it('defines no tag on import', () => {
    for (const tag of [
      'hw-thought-record',
      'hw-mood-tracker',
      'hw-behavioural-experiment',
      'hw-review-panel',
      'hw-provider',
    ])
      expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('works under a name the host chooses', async () => {
    await freshDevice();
    customElements.define('practice-check-in', HwMoodTracker);
    customElements.define('practice-thought-record', HwThoughtRecord);
    expect(customElements.getName(HwReviewPanel)).to.equal(null);
    const el = document.createElement('practice-check-in') as HwMoodTracker;
    el.setAttribute('endpoint', await endpoint());
    document.body.append(el);
    await waitFor(() => shadow(el).querySelector('[part="submit"]'), 'the check-in form');
    expect(customElements.get('hw-mood-tracker'), 'the default tag stays free').to.equal(undefined);
    el.remove();
  });
});
