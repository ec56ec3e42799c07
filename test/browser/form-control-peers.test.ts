// The form-control checks of two peer libraries, ported and run against every client widget
// beside a native <input> as the yardstick: each check asserts the same thing of both.
//   [WA]  Web Awesome, runFormControlBaseTests (form-control-base-tests.ts)
//   [MWC] Material Web, testing/forms.ts and labs/behaviors/{form-associated,
//         constraint-validation}_test.ts
// Where a peer check does not apply, the test says why (or asserts the documented
// difference, see docs/forms.md). Widget-only cases (JSON value, localized message, draft
// deletion, restore) are in the exercise suite (exercise-suite.test.ts).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { endpoint, freshDevice, waitFor } from '../support/browser-fixtures.js';
import { behaviouralExperiment } from '../support/exercise-cases/behavioural-experiment.js';
import { exerciseCases, type ExerciseCase, type ExerciseWidget } from '../support/exercise-cases/index.js';
import { moodTracker } from '../support/exercise-cases/mood-tracker.js';
import { thoughtRecord } from '../support/exercise-cases/thought-record.js';
import { whenLoaded } from '../support/exercise-suite/mount.js';
import { byLabel, shadow, typeInto } from '../support/shadow.js';

type Control = HTMLElement & {
  name: string;
  required: boolean;
  disabled: boolean;
  readOnly: boolean;
  readonly form: HTMLFormElement | null;
  readonly labels: NodeList | null | undefined;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
  setCustomValidity(message: string): void;
};

interface Subject {
  label: string;
  /** A new control, not yet in the document (the name is `homework`). */
  create(): Promise<Control>;
  /** Resolves once the control can be used (a widget's form has loaded). */
  ready(el: Control): Promise<void>;
  /** One synchronous edit as a user makes it (value set, `input` fired). */
  edit(el: Control): void;
  /** Whether a submitted value holds that edit. */
  edited(value: FormDataEntryValue | null): boolean;
  /** Enough for `required` to be satisfied. */
  complete(el: Control): Promise<void>;
  /** Whether the control on screen still shows what complete() entered. */
  shows(el: Control): boolean;
  /** The text boxes the user types in. */
  textBoxes(el: Control): Array<HTMLInputElement | HTMLTextAreaElement>;
  /** Every control that can change the data. */
  dataControls(el: Control): Element[];
}

const asJson = (value: FormDataEntryValue | null) =>
  typeof value === 'string' ? (JSON.parse(value) as Record<string, unknown>) : {};

const native: Subject = {
  label: 'native <input>',
  async create() {
    const input = document.createElement('input');
    input.name = 'homework';
    return input as unknown as Control;
  },
  async ready() {},
  edit: (el) => typeInto(el as unknown as HTMLInputElement, 'Meeting ran late'),
  edited: (value) => value === 'Meeting ran late',
  async complete(el) {
    typeInto(el as unknown as HTMLInputElement, 'Meeting ran late');
  },
  shows: (el) => (el as unknown as HTMLInputElement).value === 'Meeting ran late',
  textBoxes: (el) => [el as unknown as HTMLInputElement],
  dataControls: (el) => [el],
};

/** An exercise element, loaded and completed as the shared exercise suite does it. */
function widget(c: ExerciseCase, edit: Pick<Subject, 'edit' | 'edited'>, shows: (el: Control) => boolean): Subject {
  return {
    label: `<${c.tag}>`,
    async create() {
      const el = document.createElement(c.tag) as Control;
      for (const [name, value] of Object.entries({
        name: 'homework',
        endpoint: await endpoint(),
        'draft-key': 'peers',
      }))
        el.setAttribute(name, value);
      return el;
    },
    async ready(el) {
      await whenLoaded(c, el as unknown as ExerciseWidget);
    },
    ...edit,
    complete: (el) => c.complete(el as unknown as ExerciseWidget),
    shows,
    textBoxes: (el) => [
      ...shadow(el).querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('textarea, input[type="text"]'),
    ],
    // The crisis help, the mood history's 7/30-day switch and Retry change nothing.
    dataControls: (el) =>
      [...shadow(el).querySelectorAll('input, textarea, select, button')].filter(
        (control) => !control.closest('[data-unrecorded], [part~="history"], .actions'),
      ),
  };
}

const subjects: Subject[] = [
  native,
  widget(
    thoughtRecord,
    {
      edit: (el) => typeInto(byLabel(el, 'Situation'), 'Meeting ran late'),
      edited: (value) => asJson(value).situation === 'Meeting ran late',
    },
    (el) => byLabel(el, 'Situation').value === 'Meeting ran late',
  ),
  widget(
    moodTracker,
    {
      edit: (el) => typeInto(byLabel(el, 'Mood: how do I feel?'), '7'),
      edited: (value) => (asJson(value).mood as { value?: number } | undefined)?.value === 7,
    },
    (el) => byLabel(el, 'Mood: how do I feel?').value === '7',
  ),
  widget(
    behaviouralExperiment,
    {
      edit: (el) => typeInto(byLabel(el, 'Target belief: what'), 'People will laugh'),
      edited: (value) => asJson(value).targetBelief === 'People will laugh',
    },
    (el) => byLabel(el, 'Outcome: what actually happened?').value === 'Two people smiled',
  ),
];

for (const s of subjects) {
  /** `<form id="host-form"><fieldset>control</fieldset></form>`, the control ready. */
  async function inForm({ required = false } = {}) {
    const form = await fixture<HTMLFormElement>(
      html`<form id="host-form">
        <fieldset></fieldset>
      </form>`,
    );
    const el = await s.create();
    el.toggleAttribute('required', required);
    form.querySelector('fieldset')!.append(el);
    await s.ready(el);
    return { form, el, fieldset: form.querySelector('fieldset')! };
  }

  const value = (form: HTMLFormElement) => new FormData(form).get('homework');

  describe(`${s.label}: the peers' form-control checks`, () => {
    beforeEach(freshDevice);

    describe('the API [WA base tests, MWC forms.ts]', () => {
      it('has validity, validationMessage and the validation methods', async () => {
        const { el } = await inForm();
        // Compared by typeof: chai's deep inspection of a ValidityState never returns.
        expect(el.validity instanceof ValidityState).to.equal(true);
        expect(typeof el.validationMessage).to.equal('string');
        for (const method of ['checkValidity', 'reportValidity', 'setCustomValidity'] as const)
          expect(typeof el[method]).to.equal('function');
      });

      it('is form-associated: form is its form, null outside one', async () => {
        // [MWC] `static formAssociated = true` is how a custom element joins a form; an
        // <input> is associated by nature, so what is compared is the effect: `form`.
        const { form, el } = await inForm();
        expect(el.form).to.equal(form);
        form.after(el);
        expect(el.form).to.equal(null);
        el.remove();
      });

      it('finds its form by the form attribute [WA]', async () => {
        const { form, el } = await inForm();
        const outside = document.createElement('div');
        form.after(outside);
        outside.append(el);
        el.setAttribute('form', 'host-form');
        expect(el.form).to.equal(form);
        outside.remove();
      });

      it('lists its labels, by for= and around it; none outside any [MWC]', async () => {
        const { form, el } = await inForm();
        expect(el.labels).to.be.instanceOf(NodeList);
        expect(el.labels!.length).to.equal(0);
        const byFor = document.createElement('label');
        byFor.htmlFor = 'the-control';
        el.id = 'the-control';
        const around = document.createElement('label');
        form.append(byFor, around);
        around.append(el);
        expect([...el.labels!]).to.include.members([byFor, around]);
      });
    });

    describe('name [MWC form-associated]', () => {
      it('is "" by default, and the value goes under the name attribute', async () => {
        const el = await s.create();
        el.removeAttribute('name');
        expect(el.name).to.equal('');
        el.name = 'homework';
        expect(el.getAttribute('name')).to.equal('homework');
      });

      it('set from script, is in FormData at once (no render awaited)', async () => {
        const { form, el } = await inForm();
        el.name = 'renamed';
        expect(new FormData(form).has('renamed')).to.equal(true);
        expect(new FormData(form).has('homework')).to.equal(false);
      });

      it('set to "", keeps an empty name attribute and submits nothing', async () => {
        const { form, el } = await inForm();
        el.name = '';
        expect(el.getAttribute('name')).to.equal('');
        expect([...new FormData(form).keys()]).to.deep.equal([]);
      });
    });

    describe('value [MWC form-associated]', () => {
      it('is in FormData synchronously after an edit', async () => {
        const { form, el } = await inForm();
        expect(s.edited(value(form))).to.equal(false);
        s.edit(el);
        expect(s.edited(value(form))).to.equal(true);
      });

      it("is what a host's input listener on the form reads", async () => {
        const { form, el } = await inForm();
        let seen: FormDataEntryValue | null = null;
        form.addEventListener('input', () => (seen = value(form)));
        s.edit(el);
        expect(s.edited(seen)).to.equal(true);
      });
    });

    describe('reset [MWC forms.ts resetTests]', () => {
      it('empties FormData and the text boxes, and is invalid if required, at once', async () => {
        const { form, el } = await inForm({ required: true });
        await s.complete(el);
        await (el as unknown as { updateComplete?: Promise<boolean> }).updateComplete;
        expect(el.validity.valid).to.equal(true);
        let inResetEvent: boolean | null = null;
        // Like an <input>: during the reset event the old value is still there.
        form.addEventListener('reset', () => (inResetEvent = s.edited(value(form))));
        form.reset();
        expect(inResetEvent).to.equal(true);
        expect(s.edited(value(form))).to.equal(false);
        expect(s.textBoxes(el).every((box) => box.value === '')).to.equal(true);
        expect(el.validity.valueMissing).to.equal(true);
        expect(el.checkValidity()).to.equal(false);
      });
    });

    describe('validity [WA base tests, MWC constraint-validation]', () => {
      it('is valid initially; checkValidity and reportValidity are true and fire no invalid', async () => {
        const { el } = await inForm();
        let invalid = 0;
        el.addEventListener('invalid', () => invalid++);
        expect(el.validity.valid).to.equal(true);
        expect(el.validationMessage).to.equal('');
        expect(el.checkValidity()).to.equal(true);
        expect(el.reportValidity()).to.equal(true);
        expect(invalid).to.equal(0);
      });

      it('shows required = true in validity at once, with a message', async () => {
        const { el } = await inForm();
        el.required = true;
        expect(el.validity.valueMissing).to.equal(true);
        expect(el.validity.valid).to.equal(false);
        expect(el.validationMessage).to.not.equal('');
        el.required = false;
        expect(el.validity.valid).to.equal(true);
      });

      it('when invalid, checkValidity and reportValidity are false and fire invalid once each', async () => {
        const { form, el } = await inForm({ required: true });
        let invalid = 0;
        el.addEventListener('invalid', () => invalid++);
        expect(el.checkValidity()).to.equal(false);
        expect(invalid).to.equal(1);
        expect(el.reportValidity()).to.equal(false);
        expect(invalid).to.equal(2);
        expect(form.checkValidity()).to.equal(false);
      });

      it('setCustomValidity: customError with the message; "" clears it', async () => {
        const { el } = await inForm();
        el.setCustomValidity('Ask your clinician first');
        expect(el.validity.customError).to.equal(true);
        expect(el.validity.valid).to.equal(false);
        expect(el.validationMessage).to.equal('Ask your clinician first');
        expect(el.checkValidity()).to.equal(false);
        el.setCustomValidity('');
        expect(el.validity.customError).to.equal(false);
        expect(el.validity.valid).to.equal(true);
      });

      it('setCustomValidity: the custom message wins over valueMissing, which stays set', async () => {
        const { el } = await inForm({ required: true });
        el.setCustomValidity('Ask your clinician first');
        expect(el.validity.valueMissing).to.equal(true);
        expect(el.validity.customError).to.equal(true);
        expect(el.validationMessage).to.equal('Ask your clinician first');
        el.setCustomValidity('');
        expect(el.validity.valueMissing).to.equal(true);
        expect(el.validationMessage).to.not.equal('Ask your clinician first');
      });

      it('a custom error stays after an edit that completes the data', async () => {
        const { el } = await inForm({ required: true });
        el.setCustomValidity('Ask your clinician first');
        await s.complete(el);
        expect(el.validity.valueMissing).to.equal(false);
        expect(el.validity.customError).to.equal(true);
      });

      // [WA] "Should be invalid if a `customError` attribute/property is passed": a Web Awesome
      // extension (`custom-error`); neither an <input> nor these widgets have it, setCustomValidity
      // (above) is the platform's way.
    });

    describe('disabled [WA base tests, MWC form-associated]', () => {
      it('is false by default; set from script, the attribute is there at once, and goes with false', async () => {
        const { el } = await inForm();
        expect(el.disabled).to.equal(false);
        el.disabled = true;
        expect(el.hasAttribute('disabled')).to.equal(true);
        expect(el.matches(':disabled')).to.equal(true);
        el.disabled = false;
        expect(el.hasAttribute('disabled')).to.equal(false);
      });

      it('moves into and out of :disabled with a <fieldset>, without changing its own disabled', async () => {
        // [MWC] sets `element.disabled` from formDisabledCallback; an <input> does not (its
        // disabled is its own attribute), and neither do the widgets: the native behaviour.
        const { el, fieldset } = await inForm();
        fieldset.disabled = true;
        expect(el.matches(':disabled')).to.equal(true);
        expect(el.disabled).to.equal(false);
        expect(el.willValidate).to.equal(false);
        fieldset.disabled = false;
        expect(el.matches(':disabled')).to.equal(false);
        expect(el.willValidate).to.equal(true);
      });

      it('with a custom error while disabled: valid for the form, no invalid event [WA]', async () => {
        const { form, el } = await inForm();
        el.setCustomValidity('Ask your clinician first');
        el.disabled = true;
        let invalid = 0;
        el.addEventListener('invalid', () => invalid++);
        expect(el.checkValidity()).to.equal(true);
        expect(el.reportValidity()).to.equal(true);
        expect(form.checkValidity()).to.equal(true);
        expect(invalid).to.equal(0);
        expect(new FormData(form).has('homework')).to.equal(false);
      });
    });

    describe('readonly [MWC constraint-validation]', () => {
      it('is barred from validation, even when required and empty', async () => {
        const { form, el } = await inForm({ required: true });
        expect(el.willValidate).to.equal(true);
        el.readOnly = true;
        await (el as unknown as { updateComplete?: Promise<boolean> }).updateComplete;
        expect(el.hasAttribute('readonly')).to.equal(true);
        expect(el.willValidate).to.equal(false);
        expect(el.checkValidity()).to.equal(true);
        expect(form.checkValidity()).to.equal(true);
      });

      it('shows the data, submits it, and no control can change it; removed, all work again', async () => {
        const { form, el } = await inForm();
        await s.complete(el);
        el.readOnly = true;
        await (el as unknown as { updateComplete?: Promise<boolean> }).updateComplete;
        expect(s.edited(value(form))).to.equal(true);
        const controls = s.dataControls(el);
        expect(controls.length).to.be.greaterThan(0);
        const locked = (control: Element) =>
          control instanceof HTMLTextAreaElement ||
          (control instanceof HTMLInputElement && /^(text|number|date|time|datetime-local)$/.test(control.type))
            ? (control as HTMLInputElement).readOnly
            : control.matches(':disabled');
        expect(controls.filter((control) => !locked(control))).to.deep.equal([]);
        expect(s.shows(el)).to.equal(true);

        el.removeAttribute('readonly');
        await (el as unknown as { updateComplete?: Promise<boolean> }).updateComplete;
        expect(el.readOnly).to.equal(false);
        expect(s.dataControls(el).filter((control) => locked(control))).to.deep.equal([]);
      });
    });

    // [MWC forms.ts restoreTests] The browser hands a control its state back on history
    // navigation; a page cannot ask an <input> to restore (it has no formStateRestoreCallback),
    // so there is no yardstick. The widgets' restore is tested in the exercise suite.
  });
}

describe('the widgets: what an <input> has no counterpart for', () => {
  beforeEach(freshDevice);

  for (const c of exerciseCases) {
    it(`<${c.tag}>: a checkbox's new value is what a host's input listener on the form reads`, async () => {
      const form = await fixture<HTMLFormElement>(html`<form></form>`);
      const el = document.createElement(c.tag) as Control & ExerciseWidget;
      el.setAttribute('endpoint', await endpoint());
      el.name = 'homework';
      form.append(el);
      await whenLoaded(c, el);
      let seen: Record<string, unknown> = {};
      form.addEventListener('input', () => (seen = asJson(new FormData(form).get('homework'))));
      byLabel(el, 'Please look at this').click();
      expect(seen.flagged).to.equal(true);
    });
  }

  it('readonly offers no Submit and no Discard, and gives them back when removed', async () => {
    const form = await fixture<HTMLFormElement>(html`<form></form>`);
    const el = document.createElement('hw-thought-record') as Control & { updateComplete: Promise<boolean> };
    el.setAttribute('endpoint', await endpoint());
    el.setAttribute('readonly', '');
    form.append(el);
    await waitFor(() => shadow(el).querySelector('.fields[aria-busy="false"] #situation'), 'the form to load');
    await el.updateComplete;
    expect(el.readOnly).to.equal(true);
    expect(shadow(el).querySelector('[part="submit"]')).to.equal(null);
    expect((shadow(el).querySelector('#situation') as HTMLTextAreaElement).readOnly).to.equal(true);
    // Read-only text and disabled controls keep their labels and values for assistive technology.
    await expect(el).to.be.accessible();
    el.readOnly = false;
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="submit"]')).to.not.equal(null);
    expect((shadow(el).querySelector('#situation') as HTMLTextAreaElement).readOnly).to.equal(false);
  });
});
