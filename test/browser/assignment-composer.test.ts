// <hw-assignment-composer> in real Chromium against the real reference server: composing
// in six languages, wording reaching the preview and a real client widget (assignment-src),
// hostile text staying text, edit and duplicate, visible errors that lose nothing,
// keyboard-only use and axe.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../../src/index.js';
import type { Assignment, HwAssignmentComposer, HwAssignmentCreatedEvent } from '../../src/index.js';
import { registerMessages } from '../../src/i18n/catalogue.js';
import * as fr from '../../src/i18n/fr/assignment-composer.js';
import * as hi from '../../src/i18n/hi/assignment-composer.js';
import * as zhHans from '../../src/i18n/zh-Hans/assignment-composer.js';
import { clinicianHeaders, freshDevice, resetServer, serverUrl, waitFor } from '../support/browser-fixtures.js';
import { buttonNamed, labelled, tabUntil } from '../support/keyboard.js';
import { alertText, button, byLabel, deepActiveElement, shadow, statusText, typeInto } from '../support/shadow.js';

const assignmentsEndpoint = async () => `${await serverUrl()}/api/assignments`;

async function stored(): Promise<Assignment[]> {
  return (await fetch(await assignmentsEndpoint(), { headers: await clinicianHeaders() })).json();
}

async function composer(attributes: { endpoint?: string; lang?: string } = {}) {
  const el = await fixture<HwAssignmentComposer>(
    html`<hw-assignment-composer
      endpoint=${attributes.endpoint ?? (await assignmentsEndpoint())}
      allowed-origins=${`${await serverUrl()} http://127.0.0.1:9`}
      entries-endpoint="https://practice.example/api/homework"
      client-page="client.html"
      lang=${attributes.lang ?? 'en'}
    ></hw-assignment-composer>`,
  );
  // The clinician's credential, as a practice page hands it over.
  const headers = await clinicianHeaders();
  el.getAuthHeaders = async () => headers;
  await el.updateComplete;
  return el;
}

function preview(el: HwAssignmentComposer): LitElement {
  const widget = shadow(el).querySelector<LitElement>('[part="preview"] [preview]');
  if (!widget) throw new Error('no preview widget');
  return widget;
}

const previewReady = (el: HwAssignmentComposer) =>
  waitFor(() => shadow(preview(el)).querySelector('.fields'), 'the preview form');

function wordingField(el: HwAssignmentComposer, key: string): HTMLTextAreaElement {
  const field = shadow(el).querySelector<HTMLTextAreaElement>(`textarea[data-key="${key}"]`);
  if (!field) throw new Error(`no wording field ${key}`);
  return field;
}

function choose(el: HwAssignmentComposer, selectId: string, value: string) {
  const select = shadow(el).querySelector<HTMLSelectElement>(`#${selectId}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

async function saved(el: HwAssignmentComposer): Promise<HwAssignmentCreatedEvent> {
  const created = new Promise<HwAssignmentCreatedEvent>((resolve) =>
    el.addEventListener('hw-assignment-created', resolve, { once: true }),
  );
  shadow(el).querySelector<HTMLButtonElement>('[part="save"]')!.click();
  return created;
}

describe('<hw-assignment-composer>', () => {
  beforeEach(async () => {
    await freshDevice();
    await resetServer();
  });

  it('saves a valid assignment to the endpoint and gives the embed code and the link', async () => {
    const el = await composer();
    typeInto(byLabel(el, 'Instructions'), 'After dinner at home, 10 minutes on one situation.');
    const event = await saved(el);
    expect(event.stored).to.equal(true);
    const [server] = await stored();
    expect(server).to.deep.equal(event.assignment);
    expect(server.instructions).to.equal('After dinner at home, 10 minutes on one situation.');
    expect(event.url).to.equal(`${await assignmentsEndpoint()}/${server.id}`);
    await el.updateComplete;
    expect(statusText(el)).to.contain('Saved.');
    const snippet = byLabel<HTMLTextAreaElement>(el, 'Embed code').value;
    expect(snippet).to.equal(
      `<hw-thought-record endpoint="https://practice.example/api/homework" assignment-src="${event.url}"></hw-thought-record>`,
    );
    const link = new URL(byLabel(el, 'Link for the client').value);
    expect(link.searchParams.get('assignment-src')).to.equal(event.url);
  });

  it('hands the assignment to the host without an endpoint (event only)', async () => {
    const el = await fixture<HwAssignmentComposer>(html`<hw-assignment-composer></hw-assignment-composer>`);
    const event = await saved(el);
    expect(event.stored).to.equal(false);
    expect(event.url).to.equal(null);
    expect(event.assignment.exercise).to.equal('thought-record');
    expect(await stored()).to.deep.equal([]);
  });

  it('shows what is still vague, and lets it be sent anyway', async () => {
    const el = await composer();
    const vague = () => [...shadow(el).querySelectorAll('[data-aspect]')].map((li) => li.getAttribute('data-aspect'));
    // The word check comes with the composer's checks, after its first paint.
    await waitFor(() => vague().length, 'the specificity check');
    expect(vague()).to.deep.equal(['what', 'when', 'where', 'howLong']);
    typeInto(byLabel(el, 'Instructions'), 'Write down one situation that upset you, for 10 minutes');
    await el.updateComplete;
    expect(vague()).to.deep.equal(['when', 'where']);
    typeInto(byLabel(el, 'Due date'), '2030-01-15');
    await el.updateComplete;
    expect(vague()).to.deep.equal(['where']);
    await saved(el);
    expect(await stored()).to.have.length(1);
  });

  it('sizes the thought record, and the preview follows', async () => {
    const el = await composer();
    await previewReady(el);
    expect(shadow(preview(el)).textContent).to.contain('Step 1 of 7');
    byLabel(el, 'Quick: 3 columns').click();
    await el.updateComplete;
    await preview(el).updateComplete;
    expect(shadow(preview(el)).textContent).to.contain('Step 1 of 3');
    const event = await saved(el);
    expect(event.assignment).to.include({ size: 'quick', columns: 3 });
  });

  it('adapts the mood tracker: scale and emotion words reach the preview', async () => {
    const el = await composer();
    byLabel(el, 'Mood check-in').click();
    await el.updateComplete;
    byLabel(el, 'Seven steps').click();
    typeInto(byLabel(el, 'Emotion words'), 'Homesick\nProud');
    await el.updateComplete;
    const widget = preview(el);
    expect(widget.localName).to.equal('hw-mood-tracker');
    await previewReady(el);
    await widget.updateComplete;
    expect(shadow(widget).textContent).to.contain('Very unpleasant');
    expect(shadow(widget).textContent).to.contain('Homesick');
    const event = await saved(el);
    expect(event.assignment).to.include({ exercise: 'mood-tracker', scale: 'valence' });
    expect(event.assignment.emotions).to.deep.equal(['Homesick', 'Proud']);
  });

  it('lets the clinician raise where the crisis help comes forward, never switch it off', async () => {
    const el = await composer();
    byLabel(el, 'Mood check-in').click();
    await el.updateComplete;
    // It comes with the options loaded beside the composer's first render.
    await waitFor(() => shadow(el).querySelector('#help-at-or-below'), 'the crisis-help threshold');
    const select = byLabel<HTMLSelectElement>(el, 'At or below this mood');
    const options = [...select.options].map((option) => option.textContent!.trim());
    expect(options[0]).to.equal('0 (the lowest step, default)');
    expect(options).to.not.include.members(['Never', 'Off']);
    select.value = '3';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    // The preview is the client's real widget: at 3 the help comes forward.
    await previewReady(el);
    expect((preview(el) as unknown as { assignment: { helpAtOrBelow?: number } }).assignment.helpAtOrBelow).to.equal(3);
    const event = await saved(el);
    expect(event.assignment).to.include({ exercise: 'mood-tracker', helpAtOrBelow: 3 });

    // On the seven-step scale the steps are named as the client sees them.
    byLabel(el, 'Seven steps').click();
    await el.updateComplete;
    const valence = byLabel<HTMLSelectElement>(el, 'At or below this mood');
    expect(valence.options[0].textContent!.trim()).to.equal('Very unpleasant (the lowest step, default)');
    expect(valence.value, 'a threshold from another scale is not carried over').to.equal('');
  });

  it('carries the research switches and the variant', async () => {
    const el = await composer();
    byLabel(el, 'Behavioural experiment').click();
    await el.updateComplete;
    typeInto(byLabel(el, 'Name of this version'), 'study-B');
    byLabel(el, 'Show hints and examples').click();
    byLabel(el, 'Offer a calendar reminder').click();
    await el.updateComplete;
    await previewReady(el);
    await preview(el).updateComplete;
    expect(shadow(preview(el)).querySelectorAll('.hint').length).to.equal(0);
    const event = await saved(el);
    expect(event.assignment).to.include({ variant: 'study-B' });
    expect(event.assignment.features).to.deep.equal({ hints: false, reminders: false });
  });

  describe('composing in each of the six languages', () => {
    before(() => {
      // fr, zh-Hans and hi are wired into their catalogues when those land; until then a
      // host registering them at runtime is exactly how they would reach the composer.
      for (const [locale, module] of Object.entries({ fr, 'zh-Hans': zhHans, hi })) {
        registerMessages(locale, { ...module.assignmentClient, ...module.assignmentComposer });
      }
    });

    const languages: Array<[string, string, string, 'ltr' | 'rtl']> = [
      ['en', 'New assignment', 'Language of the exercise', 'ltr'],
      ['es', 'Nueva tarea', 'Idioma del ejercicio', 'ltr'],
      ['ar', 'واجب جديد', 'لغة التمرين', 'rtl'],
      ['fr', 'Nouveau devoir', 'Langue de l’exercice', 'ltr'],
      ['zh-Hans', '新作业', '练习的语言', 'ltr'],
      ['hi', 'नया असाइनमेंट', 'अभ्यास की भाषा', 'ltr'],
    ];
    for (const [locale, title, localeLabel, dir] of languages) {
      it(`composes in ${locale}: the UI, the exercise language and the wording`, async () => {
        const el = await composer({ lang: locale });
        await waitFor(() => shadow(el).querySelector('h2')?.textContent === title, `${locale} heading`);
        expect(shadow(el).querySelector('section')!.getAttribute('dir')).to.equal(dir);
        choose(el, 'locale', locale);
        choose(el, 'framing', 'family');
        await el.updateComplete;
        expect(byLabel(el, localeLabel)).to.exist;
        const reworded = `${locale}: ¿Qué pasó? <b>not bold</b>`;
        typeInto(wordingField(el, 'tr.situation.label'), reworded);
        await el.updateComplete;
        const widget = preview(el);
        await previewReady(el);
        await widget.updateComplete;
        expect(byLabel(widget, reworded)).to.exist;
        expect(shadow(widget).querySelector('section')!.getAttribute('lang')).to.equal(locale);
        // The framing intro in the exercise language (English where that catalogue is not wired yet).
        await waitFor(() => shadow(widget).querySelector('.framing')?.textContent, 'the framing intro');

        const event = await saved(el);
        expect(event.assignment).to.include({ locale, framing: 'family' });
        expect(event.assignment.overrides).to.deep.equal({ 'tr.situation.label': reworded });
        expect((await stored())[0]).to.deep.equal(event.assignment);
      });
    }

    it('lists the default wording in the chosen exercise language', async () => {
      const el = await composer();
      expect(wordingField(el, 'tr.situation.label').value).to.equal('Situation: who, what, when, where?');
      choose(el, 'locale', 'es');
      await waitFor(
        () => wordingField(el, 'tr.situation.label').value === 'Situación: ¿quién, qué, cuándo, dónde?',
        'the Spanish default',
      );
    });
  });

  it('gets reworded text to a real client widget that loads the assignment from the server', async () => {
    const el = await composer();
    choose(el, 'framing', 'community');
    await el.updateComplete;
    typeInto(wordingField(el, 'framing.community'), 'For our congregation');
    typeInto(wordingField(el, 'tr.situation.hint'), 'Where were you, who was there?');
    typeInto(byLabel(el, 'Personal note'), 'See you Thursday');
    const { url } = await saved(el);
    const client = await fixture<HTMLElement>(
      html`<hw-thought-record assignment-src=${url!} endpoint="${await serverUrl()}/api/homework"></hw-thought-record>`,
    );
    await waitFor(() => shadow(client).querySelector('.fields[aria-busy="false"] #situation'), 'the client form');
    const text = shadow(client).textContent!;
    expect(text).to.contain('For our congregation');
    expect(text).to.contain('Where were you, who was there?');
    expect(text).to.contain('See you Thursday');
    expect(shadow(client).querySelector('[part="submit"]')).to.exist;
  });

  it('renders hostile text in every field as text, in the preview and in a client widget', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>{details}';
    const el = await composer();
    choose(el, 'framing', 'family');
    await el.updateComplete;
    for (const label of ['Title', 'Instructions', 'Personal note', 'Name of this version']) {
      typeInto(byLabel(el, label), hostile);
    }
    typeInto(byLabel(el, 'Your own thinking-pattern labels'), `${hostile}\n"><svg onload=alert(1)>`);
    for (const field of shadow(el).querySelectorAll<HTMLTextAreaElement>('textarea[data-key]')) {
      typeInto(field, `${field.dataset.key} ${hostile}`);
    }
    await el.updateComplete;
    const widget = preview(el);
    await previewReady(el);
    await widget.updateComplete;
    const check = (root: ShadowRoot) => {
      expect(root.querySelectorAll('img, script, svg:not([part="chart"])').length).to.equal(0);
      expect(root.textContent).to.contain('tr.situation.label <img src=x onerror=');
      expect(root.textContent).to.contain('framing.family <img src=x');
    };
    check(shadow(widget));
    expect(shadow(el).querySelectorAll('img, script').length).to.equal(0);

    const { url } = await saved(el);
    const client = await fixture<HTMLElement>(
      html`<hw-thought-record
        endpoint=${`${await serverUrl()}/api/homework`}
        assignment-src=${url!}
      ></hw-thought-record>`,
    );
    await waitFor(() => shadow(client).querySelector('.fields[aria-busy="false"] #situation'), 'the client form');
    check(shadow(client));
    expect(shadow(client).querySelector('h2')!.textContent).to.equal(hostile);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  describe('errors that lose nothing', () => {
    it('an invalid assignment: says why, sends nothing, keeps the text', async () => {
      const el = await composer();
      typeInto(byLabel(el, 'Instructions'), 'Keep me');
      // A script (or a paste past maxlength) can set more than the schema allows.
      typeInto(byLabel(el, 'Title'), 'x'.repeat(300));
      shadow(el).querySelector<HTMLButtonElement>('[part="save"]')!.click();
      await waitFor(() => alertText(el).includes('not valid yet'), 'the problem');
      expect(alertText(el)).to.contain('title');
      expect(deepActiveElement()?.id).to.equal('outcome');
      expect(await stored()).to.deep.equal([]);
      expect(byLabel<HTMLTextAreaElement>(el, 'Instructions').value).to.equal('Keep me');
    });

    it('the server refuses: shows its reason as text, keeps the text', async () => {
      // The entries endpoint is a real server that refuses this body (no Idempotency-Key).
      const el = await composer({ endpoint: `${await serverUrl()}/api/homework` });
      // Without the clinician's credential: the lab's open writer gets as far as the key check.
      el.getAuthHeaders = undefined;
      typeInto(byLabel(el, 'Instructions'), 'Keep me too');
      shadow(el).querySelector<HTMLButtonElement>('[part="save"]')!.click();
      await waitFor(() => alertText(el).includes('refused'), 'the refusal');
      expect(alertText(el)).to.contain('(400): Idempotency-Key (or, for FHIR, If-None-Exist) header is required');
      expect(byLabel<HTMLTextAreaElement>(el, 'Instructions').value).to.equal('Keep me too');
    });

    it('offline: says so, keeps the text, and saves on the next try', async () => {
      const el = await composer({ endpoint: 'http://127.0.0.1:9/api/assignments' });
      typeInto(byLabel(el, 'Instructions'), 'Written on the train');
      shadow(el).querySelector<HTMLButtonElement>('[part="save"]')!.click();
      await waitFor(() => alertText(el).includes('could not be reached'), 'the offline message');
      expect(byLabel<HTMLTextAreaElement>(el, 'Instructions').value).to.equal('Written on the train');
      el.endpoint = await assignmentsEndpoint();
      await el.updateComplete;
      await saved(el);
      expect((await stored())[0].instructions).to.equal('Written on the train');
    });

    it('a refused endpoint address: nothing is sent', async () => {
      const el = await composer({ endpoint: 'http://practice.example/api/assignments' });
      shadow(el).querySelector<HTMLButtonElement>('[part="save"]')!.click();
      await waitFor(() => alertText(el).includes('https'), 'the problem');
    });
  });

  it('edits an existing assignment (same id) and duplicates it (new id)', async () => {
    const el = await composer();
    el.assignment = {
      id: 'existing-1',
      exercise: 'mood-tracker',
      instructions: 'Each evening',
      scale: '0-100',
      locale: 'es',
      overrides: { 'mood.intro': 'Solo tu estado de ánimo.' },
    };
    await el.updateComplete;
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Edit assignment');
    expect(byLabel<HTMLTextAreaElement>(el, 'Instructions').value).to.equal('Each evening');
    expect(byLabel<HTMLInputElement>(el, '0 to 100').checked).to.equal(true);
    // The client's wording waits for the assignment's language (Spanish): never English first.
    await waitFor(() => shadow(el).querySelector('textarea[data-key="mood.intro"]'), 'the wording in Spanish');
    expect(wordingField(el, 'mood.intro').value).to.equal('Solo tu estado de ánimo.');
    typeInto(byLabel(el, 'Instructions'), 'Each evening after dinner');
    expect((await saved(el)).assignment.id).to.equal('existing-1');
    button(el, 'Duplicate').click();
    await el.updateComplete;
    expect(statusText(el)).to.contain('a copy with a new id');
    const copy = (await saved(el)).assignment;
    expect(copy.id).not.to.equal('existing-1');
    const all = await stored();
    expect(all.map((a) => a.instructions)).to.deep.equal(['Each evening after dinner', 'Each evening after dinner']);
    expect(all[1]).to.deep.equal(copy);
  });

  it('can be used with the keyboard alone', async () => {
    const host = await fixture<HTMLElement>(
      html`<div>
        <button>before</button>
        <hw-assignment-composer
          endpoint=${await assignmentsEndpoint()}
          allowed-origins=${await serverUrl()}
        ></hw-assignment-composer>
      </div>`,
    );
    const el = host.querySelector('hw-assignment-composer')!;
    const headers = await clinicianHeaders();
    el.getAuthHeaders = async () => headers;
    host.querySelector('button')!.focus();
    await tabUntil(labelled('Thought record'), 'the exercise choice');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(labelled('Mood check-in')(deepActiveElement())).to.equal(true);
    await tabUntil(labelled('Instructions'), 'Instructions');
    await sendKeys({ type: 'Each evening at home for 5 minutes' });
    // A radio group is one Tab stop; arrows choose within it.
    await tabUntil(labelled('0 to 10'), 'the scale');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(labelled('Seven steps')(deepActiveElement())).to.equal(true);
    await tabUntil(buttonNamed('Save and get the link'), 'the save button');
    const created = new Promise<HwAssignmentCreatedEvent>((resolve) =>
      el.addEventListener('hw-assignment-created', resolve, { once: true }),
    );
    await sendKeys({ press: 'Enter' });
    const { assignment } = await created;
    expect(assignment).to.include({ exercise: 'mood-tracker', scale: 'valence' });
    expect(assignment.instructions).to.equal('Each evening at home for 5 minutes');
  });

  describe('axe finds no violations', () => {
    it('when empty, with the preview', async () => {
      const el = await composer();
      await previewReady(el);
      await expect(el).to.be.accessible();
    });

    it('with the wording open and reworded', async () => {
      const el = await composer();
      shadow(el).querySelector('details')!.open = true;
      typeInto(wordingField(el, 'tr.intro'), 'Changed');
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('after saving, with the embed code and link', async () => {
      const el = await composer();
      await saved(el);
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('with an error shown, in Arabic', async () => {
      const el = await composer({ endpoint: 'http://127.0.0.1:9/api/assignments', lang: 'ar' });
      await waitFor(() => shadow(el).querySelector('h2')?.textContent === 'واجب جديد', 'Arabic');
      shadow(el).querySelector<HTMLButtonElement>('[part="save"]')!.click();
      await waitFor(() => alertText(el), 'the error');
      await expect(el).to.be.accessible();
    });
  });
});
