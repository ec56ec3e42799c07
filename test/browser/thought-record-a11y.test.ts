// What is particular to this exercise's accessibility. Keyboard completion, the quiet autosave,
// and axe when empty, with a configuration error, right to left and dark are in the shared
// exercise suite (exercise-suite.test.ts).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { HwThoughtRecord } from '../../src/index.js';
import { endpoint, freshDevice, queueFaults, resetServer, waitFor } from '../support/browser-fixtures.js';
import { alertText, button, byLabel, deepActiveElement, shadow, typeInto } from '../support/shadow.js';
import { buttonNamed } from '../support/keyboard.js';

async function ready(el: HwThoughtRecord) {
  await waitFor(() => shadow(el).querySelector('.fields[aria-busy="false"] #situation'), 'the form');
  return el;
}

describe('<hw-thought-record> accessibility', () => {
  beforeEach(async () => {
    await freshDevice();
    await resetServer();
  });

  it('after "Remove mood 1" puts the keyboard on "Add a mood", and the row that moved up shows its own rating', async () => {
    const el = await ready(
      await fixture<HwThoughtRecord>(html`<hw-thought-record endpoint=${await endpoint()}></hw-thought-record>`),
    );
    for (const name of ['Angry', 'Sad']) {
      button(el, 'Add a mood').click();
      await el.updateComplete;
      const rows = shadow(el).querySelectorAll<HTMLInputElement>('[data-row="moods"]');
      typeInto(rows[rows.length - 1], name);
    }
    await el.updateComplete;
    // Mood 1's slider opened but never moved; mood 2 was never rated.
    shadow(el).querySelector<HTMLButtonElement>('button[aria-describedby="mood-intensity-0-label"]')!.click();
    const remove = button(el, 'Remove mood 1');
    remove.focus();
    remove.click();
    await waitFor(() => buttonNamed('Add a mood')(deepActiveElement()), 'focus on Add a mood');
    expect(byLabel<HTMLInputElement>(el, 'Moods: word for mood 1').value).to.equal('Sad');
    expect(shadow(el).querySelector<HTMLInputElement>('#mood-intensity-0')!.hidden, 'Sad is not rated').to.equal(true);
    await waitFor(
      () => shadow(el).querySelector('.announce[role="status"]')?.textContent === 'Mood 1 removed.',
      'said',
    );
    // The same words again (the next "Remove mood 1") are said again: the region empties first.
    const region = shadow(el).querySelector('.announce')!;
    const seen: string[] = [];
    const watch = new MutationObserver(() => seen.push(region.textContent!));
    watch.observe(region, { childList: true, subtree: true, characterData: true });
    const again = button(el, 'Remove mood 1');
    again.focus();
    again.click();
    await waitFor(() => seen.at(-1) === 'Mood 1 removed.', 'said again');
    watch.disconnect();
    expect(seen).to.include('');
    await expect(el).shadowDom.to.be.accessible();
  });

  describe('axe finds no violations', () => {
    it('with moods, thoughts and an assignment', async () => {
      const el = await ready(
        await fixture<HwThoughtRecord>(html`<hw-thought-record endpoint=${await endpoint()}></hw-thought-record>`),
      );
      el.assignment = {
        id: 'a-1',
        exercise: 'thought-record',
        title: 'This week',
        instructions: 'Try one a day',
        note: 'You can do this',
        dueDate: '2026-12-01',
      };
      await el.updateComplete;
      await ready(el);
      button(el, 'Add a mood').click();
      button(el, 'Add a thought').click();
      button(el, 'Add a thought').click();
      await el.updateComplete;
      typeInto(byLabel(el, 'Moods: word for mood 1'), 'sad');
      typeInto(byLabel(el, 'Automatic thoughts: thought 1'), 'Nobody cares');
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('with submit problems shown', async () => {
      const el = await ready(
        await fixture<HwThoughtRecord>(html`<hw-thought-record endpoint=${await endpoint()}></hw-thought-record>`),
      );
      button(el, 'Submit').click();
      await el.updateComplete;
      expect(alertText(el)).to.contain('Situation');
      await expect(el).to.be.accessible();
    });

    it('with a rejected entry', async () => {
      await queueFaults({ status: 422, body: { message: 'Not for this clinic' } });
      const el = await ready(
        await fixture<HwThoughtRecord>(html`<hw-thought-record endpoint=${await endpoint()}></hw-thought-record>`),
      );
      typeInto(byLabel(el, 'Situation'), 'x');
      button(el, 'Submit').click();
      await waitFor(() => alertText(el).includes('Not for this clinic'), 'the rejection');
      await expect(el).to.be.accessible();
    });
  });
});
