// After Submit the client sees, where they are looking, what they did ("Anxious: 80 → 10"),
// not an empty form; the status line announces sending and the first autosave, not every one.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { HwMoodTracker, HwThoughtRecord } from '../../src/index.js';
import { endpoint, freshDevice, resetServer, storedEntries, waitFor } from '../support/browser-fixtures.js';
import { submittedText } from '../../src/elements/base/form-parts.js';
import { Localizer } from '../../src/i18n/catalogue.js';
import { button, byLabel, deepActiveElement, revealSlider, shadow, typeInto } from '../support/shadow.js';

const confirmation = (el: Element) => shadow(el).querySelector<HTMLElement>('#submitted');
const lines = (el: Element) => [...confirmation(el)!.querySelectorAll('li')].map((li) => li.textContent!.trim());
const announced = (el: Element) =>
  [...shadow(el).querySelectorAll('[role="status"]')].map((region) => region.textContent!.trim()).join(' ');

async function record(lang = 'en') {
  const el = await fixture<HwThoughtRecord>(
    html`<hw-thought-record endpoint=${await endpoint()} columns="7" lang=${lang}></hw-thought-record>`,
  );
  await waitFor(() => shadow(el).querySelector('.fields[aria-busy="false"] #situation'), 'the form');
  return el;
}

async function tracker() {
  const el = await fixture<HwMoodTracker>(html`<hw-mood-tracker endpoint=${await endpoint()}></hw-mood-tracker>`);
  await waitFor(() => shadow(el).querySelector('.fields[aria-busy="false"] #mood'), 'the form');
  return el;
}

function setRange(slider: HTMLInputElement, value: number): void {
  slider.value = String(value);
  slider.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** A complete 7-column record with two moods: Anxious 80 re-rated 10, Tired named but never rated. */
async function fillRecord(el: HwThoughtRecord): Promise<void> {
  typeInto(byLabel(el, 'Situation'), 'Presentation at work');
  for (const name of ['Anxious', 'Tired']) {
    button(el, 'Add a mood').click();
    await el.updateComplete;
    const rows = shadow(el).querySelectorAll<HTMLInputElement>('[data-row="moods"]');
    typeInto(rows[rows.length - 1], name);
  }
  setRange(revealSlider(el, 'mood-intensity-0'), 80);
  await el.updateComplete;
  button(el, 'Add a thought').click();
  await el.updateComplete;
  typeInto(shadow(el).querySelector<HTMLTextAreaElement>('[data-row="thoughts"]')!, 'They will see I am a fraud');
  for (const [label, text] of [
    ['Evidence that supports', 'My hands shook'],
    ['Evidence that does not', 'People asked questions'],
    ['Balanced', 'I was nervous and it went fine'],
  ])
    typeInto(byLabel(el, label), text);
  await el.updateComplete;
  setRange(revealSlider(el, 'mood-rerate-0'), 10);
  await el.updateComplete;
}

describe('after submitting', () => {
  beforeEach(async () => {
    await freshDevice();
    await resetServer();
  });

  it('moves the client to what they did, with the moods they rated before and after', async () => {
    const el = await record();
    await fillRecord(el);
    button(el, 'Submit').click();
    await waitFor(() => confirmation(el), 'the confirmation');
    expect(deepActiveElement()).to.equal(confirmation(el), 'focus is on the confirmation');
    expect(confirmation(el)!.textContent).to.contain('Submitted');
    // Tired was never rated: it is left out, not shown as a number.
    expect(lines(el)).to.deep.equal(['Anxious: 80 → 10']);
    // It comes before the fresh form, so that is not the first thing the client sees.
    const situation = byLabel<HTMLTextAreaElement>(el, 'Situation');
    expect(situation.value).to.equal('');
    expect(confirmation(el)!.compareDocumentPosition(situation) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    await waitFor(async () => (await storedEntries()).length === 1, 'the delivered entry');
    await waitFor(() => announced(el).includes('Sent to your clinician'), 'the announced delivery');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('goes when the client starts a new one, putting the keyboard on the first field', async () => {
    const el = await record();
    await fillRecord(el);
    button(el, 'Submit').click();
    await waitFor(() => confirmation(el), 'the confirmation');
    button(el, 'Start a new one').click();
    await waitFor(() => !confirmation(el), 'the confirmation to go');
    expect(deepActiveElement()).to.equal(byLabel(el, 'Situation'));
  });

  it('goes as soon as the client types in the new form', async () => {
    const el = await record();
    await fillRecord(el);
    button(el, 'Submit').click();
    await waitFor(() => confirmation(el), 'the confirmation');
    typeInto(byLabel(el, 'Situation'), 'Another day');
    await el.updateComplete;
    expect(confirmation(el)).to.equal(null);
  });

  it('hides again every rating the client had opened but not set', async () => {
    const el = await record();
    await fillRecord(el);
    revealSlider(el, 'balanced-belief'); // opened, never moved: still unrated
    button(el, 'Submit').click();
    await waitFor(() => confirmation(el), 'the confirmation');
    const slider = shadow(el).querySelector<HTMLInputElement>('#balanced-belief')!;
    expect(slider.hidden, 'the new form shows no slider value').to.equal(true);
    expect(
      shadow(el).querySelector<HTMLButtonElement>('button[aria-describedby="balanced-belief-label"]')!.hidden,
    ).to.equal(false);
  });

  it('shows a check-in as the client rated it', async () => {
    const el = await tracker();
    setRange(revealSlider(el, 'mood'), 3);
    button(el, 'Submit').click();
    await waitFor(() => confirmation(el), 'the confirmation');
    expect(lines(el)).to.deep.equal(['Mood: 3 of 10']);
  });

  it('says what changed in the client’s language and digits', async () => {
    const el = await record('ar');
    await waitFor(() => shadow(el).querySelector('section')?.getAttribute('dir') === 'rtl', 'Arabic');
    const t = new Localizer('ar');
    const [eighty, ten] = [t.number(80), t.number(10)];
    expect(submittedText(t, { name: 'قلق', before: 80, after: 10 })).to.equal(`قلق: ${eighty} ← ${ten}`);
    expect(submittedText(t, { name: 'قلق', before: 80 })).to.equal(`قلق: ${eighty}`);
    expect(submittedText(t, { name: 'قلق' }), 'never rated: no line').to.equal(null);
  });

  it('announces the first autosave of the visit, and none after it', async () => {
    const el = await record();
    const region = shadow(el).querySelector('[part="status"] [role="status"]')!;
    const heard: string[] = [];
    const observer = new MutationObserver(() => heard.push(region.textContent!.trim()));
    observer.observe(region, { childList: true, subtree: true, characterData: true });
    let saves = 0;
    el.addEventListener('hw-draft-saved', () => saves++);
    const situation = byLabel<HTMLTextAreaElement>(el, 'Situation');
    for (const [index, words] of ['My mother', ' called me', ' on Sunday.'].entries()) {
      typeInto(situation, situation.value + words);
      await waitFor(() => saves === index + 1, `save ${index + 1}`);
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="status"]')!.textContent).to.contain('Saved on this device');
    }
    observer.disconnect();
    expect(heard.filter(Boolean), 'what the live region said, in order').to.deep.equal(['Saved on this device']);
    expect(announced(el)).to.not.contain('Saving');
  });
});

describe('before submitting', () => {
  beforeEach(async () => {
    await freshDevice();
    await resetServer();
  });

  it('each problem leads to the field where it is fixed', async () => {
    const el = await record();
    button(el, 'Add a mood').click();
    await el.updateComplete;
    button(el, 'Submit').click();
    await waitFor(() => shadow(el).querySelector('#submit-problems'), 'the problems');
    expect(deepActiveElement()?.id).to.equal('submit-problems');
    const situation = byLabel<HTMLTextAreaElement>(el, 'Situation');
    expect(situation.getAttribute('aria-invalid')).to.equal('true');
    const describedBy = (control: Element) =>
      (control.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => shadow(el).getElementById(id)?.textContent!.trim());
    expect(describedBy(situation), 'described by its hint and its problem').to.deep.equal([
      'Describe what happened as a camera would have seen it.',
      'Situation: please describe what happened.',
    ]);
    expect(shadow(el).querySelector('[data-row="moods"]')!.getAttribute('aria-invalid')).to.equal('true');
    button(el, 'Situation: please describe').click();
    expect(deepActiveElement()).to.equal(byLabel(el, 'Situation'));
    button(el, 'Moods: each mood needs a word').click();
    expect(deepActiveElement()).to.equal(shadow(el).querySelector('[data-row="moods"]'));
    await expect(el).shadowDom.to.be.accessible();
    typeInto(situation, 'Now it says what happened');
    await el.updateComplete;
    expect(situation.hasAttribute('aria-invalid'), 'fixed: no longer marked').to.equal(false);
    expect(situation.getAttribute('aria-describedby'), 'its hint stays, the problem went').to.equal('situation-hint');
  });

  it('reaches an unrated mood through its "Rate it"', async () => {
    const el = await tracker();
    button(el, 'Submit').click();
    await waitFor(() => shadow(el).querySelector('#submit-problems'), 'the problems');
    button(el, 'Mood: choose how you feel').click();
    expect(deepActiveElement()).to.equal(shadow(el).querySelector('button[aria-describedby="mood-label"]'));
  });
});

describe('the client’s own words', () => {
  beforeEach(freshDevice);

  it('keep their own direction inside a right-to-left widget', async () => {
    const el = await record('ar');
    await waitFor(() => shadow(el).querySelector('section')?.getAttribute('dir') === 'rtl', 'Arabic');
    const situation = shadow(el).querySelector<HTMLTextAreaElement>('#situation')!;
    typeInto(situation, 'Mi madre me llamó el domingo.');
    await el.updateComplete;
    expect(situation.matches(':dir(ltr)'), 'Spanish runs left to right').to.equal(true);
    typeInto(situation, 'اتصلت بي أمي يوم الأحد.');
    expect(situation.matches(':dir(rtl)')).to.equal(true);
  });
});
