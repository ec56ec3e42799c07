import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { HwThoughtRecord } from '../../src/index.js';
import {
  endpoint,
  freshDevice,
  queueFaults,
  resetServer,
  storedEntries,
  waitFor,
} from '../support/browser-fixtures.js';
import { alertText, button, byLabel, deepActiveElement, shadow, statusText, typeInto } from '../support/shadow.js';
import { buttonNamed, labelled, rateButtonFor, revealRating, tabUntil } from '../support/keyboard.js';

async function ready(el: HwThoughtRecord) {
  await waitFor(() => shadow(el).querySelector('#situation'), 'the form');
  return el;
}

describe('<hw-thought-record> accessibility', () => {
  beforeEach(async () => {
    await freshDevice();
    await resetServer();
  });

  it('can be completed and submitted with the keyboard alone', async () => {
    const url = await endpoint();
    const host = await fixture<HTMLElement>(
      html`<div>
        <button>before</button>
        <hw-thought-record endpoint=${url} assignment-id="kbd"></hw-thought-record>
      </div>`,
    );
    const el = await ready(host.querySelector('hw-thought-record')!);
    host.querySelector('button')!.focus();

    await tabUntil(labelled('Situation'), 'Situation');
    await sendKeys({ type: 'Bus was late' });

    await tabUntil(buttonNamed('Add a mood'), 'Add a mood');
    await sendKeys({ press: 'Enter' });
    // Adding a row puts the keyboard in it.
    await waitFor(() => labelled('Moods: word for mood 1')(deepActiveElement()), 'focus in the new mood');
    await sendKeys({ type: 'irritated' });
    await sendKeys({ press: 'Tab' });
    // Unrated, the slider is a "Rate it" button; Enter shows the slider, focused, still unrated.
    expect(rateButtonFor('Moods: how strong was mood 1')(deepActiveElement())).to.equal(true);
    await revealRating('Moods: how strong was mood 1');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });

    await tabUntil(buttonNamed('Add a thought'), 'Add a thought');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => labelled('Automatic thoughts: thought 1')(deepActiveElement()), 'focus in the new thought');
    await sendKeys({ type: 'I will be late for everything' });

    await tabUntil(labelled('Balanced thought: a different'), 'Balanced thought');
    await sendKeys({ type: 'One late bus is not everything' });
    await sendKeys({ press: 'Tab' });
    await revealRating('Balanced thought: how much');
    await sendKeys({ press: 'End' });

    await revealRating('Re-rate moods: irritated');
    await sendKeys({ press: 'Home' });

    await tabUntil(buttonNamed('Submit'), 'Submit');
    await sendKeys({ press: 'Enter' });

    const entry = await waitFor(async () => (await storedEntries())[0], 'the delivered entry');
    const data = entry.data as {
      situation: string;
      moods: { name: string; intensity: number; rerated?: number }[];
      thoughts: { text: string; hot: boolean }[];
      balancedThought: string;
      balancedBelief?: number;
    };
    expect(data.situation).to.equal('Bus was late');
    expect(data.moods).to.have.length(1);
    expect(data.moods[0]).to.deep.include({ name: 'irritated', intensity: 52, rerated: 0 });
    expect(data.thoughts[0]).to.deep.include({ text: 'I will be late for everything', hot: true });
    expect(data.balancedThought).to.equal('One late bus is not everything');
    expect(data.balancedBelief).to.equal(100);
    await waitFor(() => statusText(el).includes('Sent'), '"Sent" announced');
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

  it('keeps one live region in place, and does not announce every autosave', async () => {
    const el = await ready(
      await fixture<HwThoughtRecord>(html`<hw-thought-record endpoint=${await endpoint()}></hw-thought-record>`),
    );
    const region = shadow(el).querySelector('[part="status"] [role="status"]')!;
    typeInto(byLabel(el, 'Situation'), 'Something happened');
    await waitFor(() => shadow(el).querySelector('[part="status"]')!.textContent!.includes('Saved'), 'saved shown');
    expect(region.textContent).to.not.contain('Saved on this device');
    // The same region element stays in place so screen readers hear each change.
    expect(shadow(el).querySelector('[part="status"] [role="status"]')).to.equal(region);
  });

  describe('axe finds no violations', () => {
    it('when empty', async () => {
      const el = await ready(
        await fixture<HwThoughtRecord>(html`<hw-thought-record endpoint=${await endpoint()}></hw-thought-record>`),
      );
      await expect(el).to.be.accessible();
    });

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

    it('with a configuration error', async () => {
      const el = await fixture<HwThoughtRecord>(html`<hw-thought-record endpoint="data:,x"></hw-thought-record>`);
      await el.updateComplete;
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

    it('in Arabic, right to left', async () => {
      const el = await ready(
        await fixture<HwThoughtRecord>(
          html`<hw-thought-record lang="ar" endpoint=${await endpoint()}></hw-thought-record>`,
        ),
      );
      await expect(el).to.be.accessible();
    });

    it('in the dark theme', async () => {
      const el = await ready(
        await fixture<HwThoughtRecord>(
          html`<hw-thought-record theme="dark" endpoint=${await endpoint()}></hw-thought-record>`,
        ),
      );
      await expect(el).to.be.accessible();
    });
  });
});
