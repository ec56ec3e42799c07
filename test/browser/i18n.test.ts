import { expect } from '@open-wc/testing';
import { ar } from '../../src/i18n/ar/index.js';
import {
  addEnglishMessages,
  isLocaleLoaded,
  loadLocale,
  Localizer,
  registerMessages,
} from '../../src/i18n/catalogue.js';
import { en } from '../../src/i18n/en/index.js';
import { formMessages } from '../../src/i18n/en/form.js';
import { es } from '../../src/i18n/es/index.js';
import { fr } from '../../src/i18n/fr/index.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  for (const [name, catalogue] of Object.entries({ es, ar })) {
    it(`${name} has every English message with the same placeholders`, () => {
      const messages = catalogue as Record<string, string>;
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        expect(messages[key], `${name}: ${key}`).to.be.a('string').and.not.equal('');
        expect(placeholders(messages[key]), `${name}: ${key}`).to.deep.equal(placeholders(en[key]));
      }
    });
  }

  it('adds a widget’s English when its module loads, so a page carries only its widgets’ words', async () => {
    // Shared words (statuses) are built in; the mood tracker's arrive with it.
    expect(new Localizer('en').t('status.saved')).to.equal(en['status.saved']);
    expect(new Localizer('en').t('mood.title')).to.equal('mood.title');
    await import('../../src/define/hw-mood-tracker.js');
    expect(new Localizer('en').t('mood.title')).to.equal(en['mood.title']);
  });

  it('loads a translation on demand: English until then, the language after', async () => {
    expect(isLocaleLoaded('es')).to.equal(false);
    expect(new Localizer('es').t('status.saved')).to.equal(en['status.saved']);
    await loadLocale('es-MX');
    expect(isLocaleLoaded('es')).to.equal(true);
    expect(new Localizer('es').t('status.saved')).to.equal(es['status.saved']);
  });

  it('falls back from a regional locale to its language, then to English', async () => {
    await loadLocale('es-MX');
    expect(new Localizer('es-MX').t('status.saved')).to.equal(es['status.saved']);
    expect(new Localizer('sw').t('status.saved')).to.equal(en['status.saved']);
  });

  it('lets assignment overrides beat host messages, and host messages beat the shipped ones', () => {
    registerMessages('en', { 'tr.title': 'My thought diary' });
    expect(new Localizer('en').t('tr.title')).to.equal('My thought diary');
    expect(new Localizer('en', { 'tr.title': 'Homework for Sam' }).t('tr.title')).to.equal('Homework for Sam');
    registerMessages('en', { 'tr.title': en['tr.title'] });
  });

  it('chooses plural forms with Intl.PluralRules', async () => {
    // The delivery statuses come with the schemas' chunk, as a loaded widget adds them.
    addEnglishMessages(formMessages);
    await loadLocale('ar');
    expect(new Localizer('en').plural('status.waiting', 1)).to.equal('1 entry is waiting to be sent.');
    expect(new Localizer('en').plural('status.waiting', 3)).to.equal('3 entries are waiting to be sent.');
    expect(new Localizer('ar').plural('status.waiting', 2)).to.equal(
      format((ar as Record<string, string>)['status.waiting.two'], new Intl.NumberFormat('ar').format(2)),
    );
  });

  it('knows right-to-left languages, and survives a malformed lang', () => {
    expect(new Localizer('ar').dir).to.equal('rtl');
    expect(new Localizer('es').dir).to.equal('ltr');
    expect(new Localizer('ar', {}, 'ltr').dir).to.equal('ltr');
    expect(new Localizer('not a locale!').number(3)).to.equal('3');
  });
});

describe('the two parts of a translation', () => {
  it('loads only the client part until a clinician’s element is on the page', async () => {
    await loadLocale('fr');
    expect(isLocaleLoaded('fr')).to.equal(true);
    expect(new Localizer('fr').t('status.saved')).to.equal(fr['status.saved']);
    // The review panel's words are not downloaded for a client's page.
    expect(new Localizer('fr').t('rp.title')).to.not.equal(fr['rp.title']);
    await import('../../src/define/hw-review-panel.js');
    // The panel asks for the clinician part of every language; it arrives on the next load.
    expect(isLocaleLoaded('fr')).to.equal(false);
    await loadLocale('fr');
    expect(isLocaleLoaded('fr')).to.equal(true);
    expect(new Localizer('fr').t('rp.title')).to.equal(fr['rp.title']);
  });
});

function format(text: string, count: string) {
  return text.replace('{count}', count);
}
