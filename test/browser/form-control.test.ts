// The same native-form cases against every client widget: inside a host's <form> it
// submits the JSON of its data under its name, reports valueMissing when `required` and
// incomplete (localized, anchored to the first field), resets, restores, and is disabled
// by a disabled <fieldset>.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { endpoint, freshDevice, readStore, waitFor } from '../support/browser-fixtures.js';
import { button, byLabel, shadow, typeInto } from '../support/shadow.js';

type Widget = HTMLElement & {
  updateComplete: Promise<boolean>;
  required: boolean;
  disabled: boolean;
  readonly form: HTMLFormElement | null;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
  formStateRestoreCallback(state: unknown, reason: string): void;
};

interface Case {
  tag: string;
  /** Something that appears once the form has loaded. */
  loaded: string;
  /** Fill in enough to be complete; returns a value to find in the JSON. */
  complete(el: Widget): Promise<void>;
  /** The data JSON holds what complete() typed. */
  holds(data: Record<string, unknown>): boolean;
  /** The first problem's message, English and Spanish. */
  missing: { en: string; es: string };
}

const cases: Case[] = [
  {
    tag: 'hw-thought-record',
    loaded: '#situation',
    async complete(el) {
      typeInto(byLabel(el, 'Situation'), 'Meeting ran late');
    },
    holds: (data) => data.situation === 'Meeting ran late',
    missing: { en: 'Situation: please describe what happened.', es: 'Situación: por favor, describe lo que pasó.' },
  },
  {
    tag: 'hw-mood-tracker',
    loaded: '#mood, input[name="mood"]',
    async complete(el) {
      typeInto(byLabel(el, 'Mood: how do I feel?'), '7');
    },
    holds: (data) => (data.mood as { value: number } | undefined)?.value === 7,
    missing: { en: 'Mood: choose how you feel.', es: 'Ánimo: elige cómo te sientes.' },
  },
  {
    tag: 'hw-behavioural-experiment',
    loaded: '#phase',
    async complete(el) {
      typeInto(byLabel(el, 'Target belief: what'), 'People will laugh');
      typeInto(byLabel(el, 'Experiment: what will I do?'), 'Tell a joke at lunch');
      await el.updateComplete;
      button(el, 'I did the experiment: record the outcome').click();
      await waitFor(() => shadow(el).querySelector('#outcome'), 'the outcome phase');
      typeInto(byLabel(el, 'Outcome: what actually happened?'), 'Two people smiled');
    },
    holds: (data) => data.targetBelief === 'People will laugh' && data.outcome === 'Two people smiled',
    missing: {
      en: 'Target belief: please write the thought you are testing.',
      es: 'Creencia a poner a prueba: por favor, escribe el pensamiento que estás comprobando.',
    },
  },
];

for (const c of cases) {
  async function inForm(url: string, { required = false, lang = 'en', disabledFieldset = false } = {}) {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset ?disabled=${disabledFieldset}></fieldset>
        <button type="reset">Reset</button>
      </form>`,
    );
    const widget = document.createElement(c.tag);
    for (const [name, value] of Object.entries({ name: 'homework', endpoint: url, 'draft-key': 'form-1', lang }))
      widget.setAttribute(name, value);
    widget.toggleAttribute('required', required);
    form.querySelector('fieldset')!.append(widget);
    const el = form.querySelector(c.tag) as Widget;
    await waitFor(() => shadow(el).querySelector(c.loaded), 'the form to load');
    await el.updateComplete;
    return { form, el };
  }

  /** Every control that edits the data (the mood history's 7/30-day switch only changes the view). */
  const dataControls = (el: Widget) =>
    [...shadow(el).querySelectorAll('input, textarea, select, button')].filter(
      (control) => !control.closest('[part="history"]'),
    );

  const submitted = (form: HTMLFormElement) => {
    const value = new FormData(form).get('homework');
    return typeof value === 'string' ? (JSON.parse(value) as Record<string, unknown>) : null;
  };

  describe(`<${c.tag}> as a native form control`, () => {
    beforeEach(freshDevice);

    it('is form-associated and submits the JSON of its data under its name', async () => {
      const { form, el } = await inForm(await endpoint());
      expect(el.form).to.equal(form);
      expect(submitted(form)).to.be.an('object');
      expect(c.holds(submitted(form)!)).to.equal(false);
      await c.complete(el);
      await el.updateComplete;
      expect(c.holds(submitted(form)!)).to.equal(true);
    });

    it('is valid when not required, whatever it holds', async () => {
      const { form, el } = await inForm(await endpoint());
      expect(el.willValidate).to.equal(true);
      expect(el.checkValidity()).to.equal(true);
      expect(form.checkValidity()).to.equal(true);
    });

    it('when required, reports valueMissing with the first problem until complete', async () => {
      const { form, el } = await inForm(await endpoint(), { required: true });
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.equal(c.missing.en);
      expect(form.checkValidity()).to.equal(false);
      let invalid = 0;
      el.addEventListener('invalid', () => invalid++);
      expect(el.reportValidity()).to.equal(false);
      expect(invalid).to.equal(1);
      // The browser points at the first field: reportValidity focuses the anchor.
      const first = shadow(el).querySelector('input, textarea, select, button');
      expect(shadow(el).activeElement).to.equal(first);

      await c.complete(el);
      await el.updateComplete;
      expect(el.validity.valid).to.equal(true);
      expect(el.validationMessage).to.equal('');
      expect(form.checkValidity()).to.equal(true);
    });

    it('says what is missing in the client’s language', async () => {
      const { el } = await inForm(await endpoint(), { required: true, lang: 'es' });
      await waitFor(() => el.validationMessage === c.missing.es, 'the Spanish message');
    });

    it('empties on a form reset and leaves no draft behind', async () => {
      const { form, el } = await inForm(await endpoint());
      await c.complete(el);
      await waitFor(async () => (await readStore('drafts')).length === 1, 'the draft saved');
      form.reset();
      await waitFor(() => !c.holds(submitted(form)!), 'the data emptied');
      await waitFor(async () => {
        const drafts = (await readStore('drafts')) as Array<{ data: Record<string, unknown> | null }>;
        return drafts.every((draft) => !draft.data || !c.holds(draft.data));
      }, 'the draft gone');
      const fields = [...shadow(el).querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('textarea')];
      expect(fields.every((field) => field.value === '')).to.equal(true);
    });

    it('is disabled, with every control, inside a disabled fieldset, and submits nothing', async () => {
      const { form, el } = await inForm(await endpoint(), { disabledFieldset: true, required: true });
      await el.updateComplete;
      const controls = dataControls(el);
      expect(controls.length).to.be.greaterThan(0);
      expect(controls.every((control) => control.matches(':disabled'))).to.equal(true);
      expect(el.willValidate).to.equal(false);
      expect(form.checkValidity()).to.equal(true);
      expect(new FormData(form).has('homework')).to.equal(false);

      form.querySelector('fieldset')!.disabled = false;
      await el.updateComplete;
      expect(controls.some((control) => control.matches(':disabled'))).to.equal(false);
      expect(el.willValidate).to.equal(true);
      expect(new FormData(form).has('homework')).to.equal(true);
    });

    it('is disabled by its own disabled attribute', async () => {
      const { el } = await inForm(await endpoint());
      el.disabled = true;
      await waitFor(() => dataControls(el).every((control) => control.matches(':disabled')), 'every control disabled');
      expect(el.hasAttribute('disabled')).to.equal(true);
      el.disabled = false;
      await waitFor(() => dataControls(el).every((control) => !control.matches(':disabled')), 'enabled again');
    });

    it('takes back the state the browser restores (history navigation)', async () => {
      const source = await inForm(await endpoint());
      await c.complete(source.el);
      await source.el.updateComplete;
      const state = new FormData(source.form).get('homework') as string;
      source.form.remove();
      await freshDevice();

      const { form, el } = await inForm(await endpoint());
      expect(c.holds(submitted(form)!)).to.equal(false);
      el.formStateRestoreCallback(state, 'restore');
      await el.updateComplete;
      expect(c.holds(submitted(form)!)).to.equal(true);
      // Restoring something that is not ours changes nothing.
      el.formStateRestoreCallback('not json', 'restore');
      await el.updateComplete;
      expect(c.holds(submitted(form)!)).to.equal(true);
    });
  });
}
