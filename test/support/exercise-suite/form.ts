// Inside a host's <form> the element submits the JSON of its data under its name, reports
// valueMissing when `required` and incomplete (localized, anchored to the first field),
// resets, restores, and is disabled by a disabled <fieldset>. The checks ported from peer
// libraries, beside a native <input>, are in form-control-peers.test.ts.
import { expect, fixture, html } from '@open-wc/testing';
import { endpoint, freshDevice, readStore, waitFor } from '../browser-fixtures.js';
import { shadow } from '../shadow.js';
import type { ExerciseCase, ExerciseWidget } from '../exercise-cases/index.js';
import { whenLoaded } from './mount.js';

export function formParticipation(c: ExerciseCase): void {
  async function inForm({ required = false, lang = 'en', disabledFieldset = false } = {}) {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset ?disabled=${disabledFieldset}></fieldset>
        <button type="reset">Reset</button>
      </form>`,
    );
    const widget = document.createElement(c.tag);
    for (const [name, value] of Object.entries({
      name: 'homework',
      endpoint: await endpoint(),
      'draft-key': 'form-1',
      lang,
    }))
      widget.setAttribute(name, value);
    widget.toggleAttribute('required', required);
    form.querySelector('fieldset')!.append(widget);
    return { form, el: await whenLoaded(c, widget as ExerciseWidget) };
  }

  /** Every control that edits the data (the mood history's 7/30-day switch only changes the view). */
  const dataControls = (el: ExerciseWidget) =>
    [...shadow(el).querySelectorAll('input, textarea, select, button')].filter(
      (control) => !control.closest('[part="history"]'),
    );

  const submitted = (form: HTMLFormElement) => {
    const value = new FormData(form).get('homework');
    return typeof value === 'string' ? (JSON.parse(value) as Record<string, unknown>) : null;
  };

  it('is form-associated and submits the JSON of its data under its name', async () => {
    const { form, el } = await inForm();
    expect(el.form).to.equal(form);
    expect(submitted(form)).to.be.an('object');
    expect(c.holds(submitted(form)!)).to.equal(false);
    await c.complete(el);
    await el.updateComplete;
    expect(c.holds(submitted(form)!)).to.equal(true);
  });

  it('is valid when not required, whatever it holds', async () => {
    const { form, el } = await inForm();
    expect(el.willValidate).to.equal(true);
    expect(el.checkValidity()).to.equal(true);
    expect(form.checkValidity()).to.equal(true);
  });

  it('when required, reports valueMissing with the first problem until complete', async () => {
    const { form, el } = await inForm({ required: true });
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
    const { el } = await inForm({ required: true, lang: 'es' });
    await waitFor(() => el.validationMessage === c.missing.es, 'the Spanish message');
  });

  it('empties on a form reset and leaves no draft behind', async () => {
    const { form, el } = await inForm();
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
    const { form, el } = await inForm({ disabledFieldset: true, required: true });
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
    const { el } = await inForm();
    el.disabled = true;
    await waitFor(() => dataControls(el).every((control) => control.matches(':disabled')), 'every control disabled');
    expect(el.hasAttribute('disabled')).to.equal(true);
    el.disabled = false;
    await waitFor(() => dataControls(el).every((control) => !control.matches(':disabled')), 'enabled again');
  });

  it('takes back the state the browser restores (history navigation)', async () => {
    const source = await inForm();
    await c.complete(source.el);
    await source.el.updateComplete;
    const state = new FormData(source.form).get('homework') as string;
    source.form.remove();
    await freshDevice();

    const { form, el } = await inForm();
    expect(c.holds(submitted(form)!)).to.equal(false);
    el.formStateRestoreCallback(state, 'restore');
    await el.updateComplete;
    expect(c.holds(submitted(form)!)).to.equal(true);
    // Restoring something that is not ours changes nothing.
    el.formStateRestoreCallback('not json', 'restore');
    await el.updateComplete;
    expect(c.holds(submitted(form)!)).to.equal(true);
  });
}
