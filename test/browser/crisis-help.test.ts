// "Need help now?" in every client widget: always there, in the client's language, the
// practice's own text when the host sets it, brought forward by a very low mood without
// taking focus, and never part of what is sent.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { HwMoodTracker, HwProvider } from '../../src/index.js';
import type { Assignment } from '../../src/core/assignment.js';
import { isSafeCrisisLink, resolveCrisisHelp, type CrisisHelpByLanguage } from '../../src/core/crisis-help.js';
import { bringsHelpForward } from '../../src/exercises/mood-tracker.js';
import { crisis as ar } from '../../src/i18n/ar/crisis.js';
import { crisis as en } from '../../src/i18n/en/crisis.js';
import { crisis as es } from '../../src/i18n/es/crisis.js';
import { crisis as fr } from '../../src/i18n/fr/crisis.js';
import { crisis as hi } from '../../src/i18n/hi/crisis.js';
import { crisis as zh } from '../../src/i18n/zh-Hans/crisis.js';
import { endpoint, freshDevice, resetServer, storedEntries, waitFor } from '../support/browser-fixtures.js';
import { button, deepActiveElement, revealSlider, shadow } from '../support/shadow.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean>; crisisHelp?: CrisisHelpByLanguage };

const TAGS = ['hw-thought-record', 'hw-mood-tracker', 'hw-behavioural-experiment'] as const;
const WORDING = { en, es, fr, ar, hi, 'zh-Hans': zh };

const PRACTICE: CrisisHelpByLanguage = {
  en: {
    text: 'Riverside Counselling out of hours: call our duty line.',
    links: [
      { label: 'Call the duty line', href: 'tel:+441234567890' },
      { label: 'Text us', href: 'sms:+441234567890' },
      { label: 'Our crisis page', href: 'https://practice.example/crisis' },
      { label: 'Run this', href: 'javascript:alert(1)' },
      { label: 'Plain http', href: 'http://practice.example/crisis' },
      { label: 'Data', href: 'data:text/html,hi' },
      { label: 'Relative', href: '/crisis' },
    ],
  },
};

async function widget(tag: (typeof TAGS)[number], lang = 'en', assignment?: Assignment): Promise<Widget> {
  const url = await endpoint();
  const el =
    tag === 'hw-thought-record'
      ? await fixture<Widget>(
          html`<hw-thought-record lang=${lang} endpoint=${url} .assignment=${assignment}></hw-thought-record>`,
        )
      : tag === 'hw-mood-tracker'
        ? await fixture<Widget>(
            html`<hw-mood-tracker lang=${lang} endpoint=${url} .assignment=${assignment}></hw-mood-tracker>`,
          )
        : await fixture<Widget>(
            html`<hw-behavioural-experiment
              lang=${lang}
              endpoint=${url}
              .assignment=${assignment}
            ></hw-behavioural-experiment>`,
          );
  await waitFor(() => shadow(el).querySelector('.fields[aria-busy="false"]'), `${tag}'s form`);
  return el;
}

const help = (el: Element) => shadow(el).querySelector<HTMLDetailsElement>('details.crisis')!;
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const forward = (el: Element) => shadow(el).querySelector('.crisis-forward')!;

describe('crisis help', () => {
  beforeEach(async () => {
    await freshDevice();
    await resetServer();
  });

  for (const tag of TAGS) {
    it(`<${tag}> offers "Need help now?", folded, with the default text and that entries are not read in real time`, async () => {
      const el = await widget(tag);
      const details = help(el);
      expect(details.open).to.equal(false);
      expect(text(details.querySelector('summary'))).to.equal('Need help now?');
      expect(text(details)).to.contain(en['crisis.text']).and.contain(en['crisis.notice']);
      // No number is named: the client's language is not their country.
      expect(text(details)).not.to.match(/\d/);
      await expect(el).to.be.accessible();
    });

    it(`<${tag}> shows the default in every shipped language`, async () => {
      for (const [lang, wording] of Object.entries(WORDING)) {
        const el = await widget(tag, lang);
        await waitFor(() => text(help(el).querySelector('summary')) === wording['crisis.title'], `the help in ${lang}`);
        expect(text(help(el)))
          .to.contain(wording['crisis.text'])
          .and.contain(wording['crisis.notice']);
      }
    });

    it(`<${tag}> shows the practice's text instead of the default, with only tel:, sms: and https: links`, async () => {
      const el = await widget(tag);
      el.crisisHelp = PRACTICE;
      await el.updateComplete;
      const details = help(el);
      expect(text(details)).to.contain(PRACTICE.en.text).and.contain(en['crisis.notice']);
      expect(text(details)).not.to.contain(en['crisis.text']);
      const links = [...details.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
      expect(links).to.deep.equal([
        ['Call the duty line', 'tel:+441234567890'],
        ['Text us', 'sms:+441234567890'],
        ['Our crisis page', 'https://practice.example/crisis'],
      ]);
    });
  }

  it('takes the practice text from <hw-provider>; a widget’s own wins', async () => {
    const url = await endpoint();
    const provider = await fixture<HwProvider>(
      html`<hw-provider .crisisHelp=${PRACTICE}
        ><hw-thought-record endpoint=${url}></hw-thought-record><hw-mood-tracker endpoint=${url}></hw-mood-tracker
      ></hw-provider>`,
    );
    const [record, tracker] = [...provider.children] as Widget[];
    await waitFor(() => text(help(record)).includes(PRACTICE.en.text), 'the provider’s text');
    tracker.crisisHelp = { en: { text: 'Only this widget’s text.' } };
    await tracker.updateComplete;
    expect(text(help(tracker)))
      .to.contain('Only this widget’s text.')
      .and.not.contain(PRACTICE.en.text);
  });

  it('cannot be hidden: blank text, assignment rewording and switched-off hints leave the default', async () => {
    const el = await widget('hw-thought-record', 'en', {
      id: 'a-hide',
      exercise: 'thought-record',
      overrides: { 'crisis.title': 'Nothing', 'crisis.text': ' ', 'crisis.notice': 'Read live' },
      features: { hints: false },
    });
    el.crisisHelp = { en: { text: '   ', links: [{ label: 'x', href: 'tel:1' }] } };
    await el.updateComplete;
    expect(text(help(el).querySelector('summary'))).to.equal(en['crisis.title']);
    expect(text(help(el)))
      .to.contain(en['crisis.text'])
      .and.contain(en['crisis.notice']);
    expect(help(el).querySelector('a')).to.equal(null);
  });

  it('a Spanish-speaking client of a practice that wrote only English reads the Spanish default', async () => {
    const el = await widget('hw-mood-tracker', 'es-MX');
    el.crisisHelp = PRACTICE;
    await waitFor(() => text(help(el).querySelector('summary')) === es['crisis.title'], 'the help in Spanish');
    expect(text(help(el)))
      .to.contain(es['crisis.text'])
      .and.not.contain(PRACTICE.en.text);
  });
});

describe('crisis help brought forward by the mood check-in', () => {
  beforeEach(async () => {
    await freshDevice();
    await resetServer();
  });

  it('the 0/10 check-in brings the help forward beside the rating, keeps focus there, and sends nothing of it', async () => {
    const el = (await widget('hw-mood-tracker')) as HwMoodTracker;
    expect(text(forward(el))).to.equal('');
    const slider = revealSlider(el, 'mood');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(text(forward(el))).to.equal('');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(text(forward(el)))
      .to.contain(en['crisis.title'])
      .and.contain(en['crisis.text']);
    expect(forward(el).getAttribute('aria-live')).to.equal('polite');
    expect(deepActiveElement()).to.equal(slider);
    // Opening the folded help is the client's business, not the entry's.
    help(el).querySelector('summary')!.click();
    expect(help(el).open).to.equal(true);
    await expect(el).to.be.accessible();

    button(el, 'Submit').click();
    const entry = await waitFor(async () => (await storedEntries())[0], 'the check-in delivered');
    const sent = JSON.stringify(entry);
    expect((entry.data as { mood: unknown }).mood).to.deep.equal({ value: 0, scale: '0-10' });
    expect(sent).not.to.match(/crisis|help/i);
    expect(sent).not.to.contain(en['crisis.text']);
  });

  it('a clinician may raise the threshold; a lower one still brings help at the lowest step', async () => {
    const raised = (await widget('hw-mood-tracker', 'en', {
      id: 'a-raised',
      exercise: 'mood-tracker',
      helpAtOrBelow: 3,
    })) as HwMoodTracker;
    const slider = revealSlider(raised, 'mood');
    await sendKeys({ press: 'Home' });
    for (let step = 0; step < 4; step++) await sendKeys({ press: 'ArrowRight' });
    await raised.updateComplete;
    expect(text(forward(raised))).to.equal('');
    await sendKeys({ press: 'ArrowLeft' });
    await raised.updateComplete;
    expect(slider.value).to.equal('3');
    expect(text(forward(raised))).to.contain(en['crisis.text']);

    const lowered = (await widget('hw-mood-tracker', 'en', {
      id: 'a-lowered',
      exercise: 'mood-tracker',
      scale: 'valence',
      helpAtOrBelow: -10,
    })) as HwMoodTracker;
    const lowest = shadow(lowered).querySelectorAll<HTMLInputElement>('input[name="mood"]')[0];
    lowest.click();
    await lowered.updateComplete;
    expect(text(forward(lowered))).to.contain(en['crisis.text']);
  });
});

describe('crisis help rules', () => {
  it('keeps only tel:, sms: and https: links', () => {
    const hrefs = [
      'tel:112',
      'SMS:+1',
      'https://x.example',
      'javascript:void 0',
      ' https://x',
      'http://x',
      '//x',
      'data:,',
    ];
    expect(hrefs.filter((href) => isSafeCrisisLink({ href }))).to.deep.equal([
      'tel:112',
      'SMS:+1',
      'https://x.example',
    ]);
    expect(isSafeCrisisLink(null)).to.equal(false);
  });

  it('takes the practice text for the most specific tag up to the language served', () => {
    const wording = { title: 'T', text: 'default', notice: 'N' };
    const host = { es: { text: 'es practice' }, en: { text: 'en practice' } };
    expect(resolveCrisisHelp(['es-MX', 'es', 'en'], 'es', wording, host).text).to.equal('es practice');
    expect(resolveCrisisHelp(['fr', 'en'], 'fr', wording, host).text).to.equal('default');
    expect(resolveCrisisHelp(['sw', 'en'], 'en', wording, host).text).to.equal('en practice');
    expect(resolveCrisisHelp(['en'], 'en', wording, { en: { text: '' } }).text).to.equal('default');
    expect(resolveCrisisHelp(['en'], 'en', wording, undefined)).to.deep.equal({
      ...wording,
      textLang: 'en',
      links: [],
    });
  });

  it('brings help forward at or below the threshold, never below the lowest step', () => {
    expect(bringsHelpForward(undefined)).to.equal(false);
    expect(bringsHelpForward({ value: 0, scale: '0-10' })).to.equal(true);
    expect(bringsHelpForward({ value: 1, scale: '0-10' })).to.equal(false);
    expect(bringsHelpForward({ value: 20, scale: '0-100' }, 25)).to.equal(true);
    expect(bringsHelpForward({ value: -3, scale: 'valence' }, -99)).to.equal(true);
    expect(bringsHelpForward({ value: -2, scale: 'valence' }, Number.NaN)).to.equal(false);
  });
});
