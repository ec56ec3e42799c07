// Every shipped language, checked from the merged catalogues the loaders deliver (so a
// message file added later for a new widget is covered without touching this test), how
// a page's `lang` finds its catalogue, and how hosts add or override messages at runtime.
import { expect } from '@open-wc/testing';
import {
  addEnglishMessages,
  fallbackChain,
  loadLocale,
  Localizer,
  registerMessages,
  shippedLocaleFor,
  shippedLocales,
} from '../../src/i18n/catalogue.js';
import { en } from '../../src/i18n/en/index.js';
import { formMessages } from '../../src/i18n/en/form.js';
import { clinicianLocaleLoaders } from '../../src/lazy/clinician-locales.js';
import { localeLoaders } from '../../src/lazy/locales.js';
import { TRANSLATED_LOCALES } from '../../src/i18n/translated-locales.js';
// Each element adds its English when it loads, and the clinician's elements the clinician
// part of each language (catalogue.ts): these tests read every element's words.
import '../../src/define/hw-assignment-composer.js';
import '../../src/define/hw-mood-tracker.js';
import '../../src/define/hw-review-panel.js';
import '../../src/define/hw-thought-record.js';

const english = en as Record<string, string>;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** `status.waiting.few` -> `status.waiting`, when English has `status.waiting.other`. */
function pluralBase(key: string): string | undefined {
  const dot = key.lastIndexOf('.');
  const base = key.slice(0, dot);
  return PLURAL_CATEGORIES.includes(key.slice(dot + 1)) && `${base}.other` in english ? base : undefined;
}

/** Both parts of a translation, as a page with client and clinician elements loads them. */
async function catalogue(locale: string): Promise<Record<string, string>> {
  if (locale === 'en') return english;
  return { ...(await localeLoaders[locale]()), ...(await clinicianLocaleLoaders[locale]()) };
}

describe('shipped locales', () => {
  it('are English plus every translation the build publishes', () => {
    expect(shippedLocales()).to.have.members(['en', 'es', 'ar', 'fr', 'zh-Hans', 'hi']);
    expect(shippedLocales().slice(1)).to.deep.equal([...TRANSLATED_LOCALES]);
  });

  for (const locale of shippedLocales().filter((l) => l !== 'en')) {
    describe(locale, () => {
      let messages: Record<string, string>;
      before(async () => {
        messages = await catalogue(locale);
      });

      it('has every English message, none empty, with the same {placeholders}', () => {
        const problems: string[] = [];
        for (const [key, text] of Object.entries(english)) {
          const translated = messages[key];
          if (typeof translated !== 'string' || !translated.trim()) problems.push(`${key}: missing or empty`);
          else if (placeholders(translated).join() !== placeholders(text).join())
            problems.push(`${key}: {${placeholders(translated)}} instead of {${placeholders(text)}}`);
        }
        expect(problems, `${locale}:\n${problems.join('\n')}`).to.deep.equal([]);
      });

      it('has no message English lacks, except plural forms of an English plural', () => {
        const base = (key: string) => pluralBase(key);
        const strays = Object.keys(messages).filter((key) => !(key in english) && !base(key));
        expect(strays, `${locale}: keys no widget asks for`).to.deep.equal([]);
        for (const key of Object.keys(messages).filter((k) => !(k in english))) {
          expect(placeholders(messages[key]), key).to.deep.equal(placeholders(english[`${base(key)}.other`]));
        }
      });

      it('is translated, not a copy of English', () => {
        // Some messages are the same in a language ("Situation", a setting's name); most are not.
        const same = Object.keys(english).filter((key) => messages[key] === english[key]);
        expect(same.length, `${locale} copies English for ${same.join(', ')}`).to.be.below(
          Object.keys(english).length * 0.05,
        );
      });

      it('is what a widget shows once the language is loaded', async () => {
        await loadLocale(locale);
        const t = new Localizer(locale);
        for (const key of Object.keys(english)) expect(t.t(key), key).to.equal(messages[key]);
      });
    });
  }
});

describe('choosing a catalogue for a lang', () => {
  it('serves Simplified Chinese to zh, zh-CN, zh-SG and zh-Hans-*, however it is spelt', () => {
    for (const lang of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-CN', 'zh-hans-sg', 'zh-cn']) {
      expect(shippedLocaleFor(lang), lang).to.equal('zh-Hans');
    }
  });

  it('never gives Traditional Chinese readers Simplified: English until zh-Hant ships', async () => {
    for (const lang of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-TW']) {
      expect(shippedLocaleFor(lang), lang).to.equal('en');
      expect(fallbackChain(lang), lang).not.to.include('zh-Hans').and.not.to.include('zh');
    }
    await loadLocale('zh-TW');
    expect(new Localizer('zh-TW').t('status.saved')).to.equal(en['status.saved']);
  });

  it('answers a bare shipped tag’s chain without Intl, exactly as Intl would', () => {
    for (const tag of ['en', 'es', 'fr', 'ar', 'hi', 'zh']) {
      const full = new Intl.Locale(tag).maximize();
      const expected = [...new Set([tag, `${full.language}-${full.script}`, 'en'])];
      expect(fallbackChain(tag), tag).to.deep.equal(expected);
    }
  });

  it('writes small whole numbers as Intl would, in every language and region it writes them without Intl', () => {
    const tags = [
      'en',
      'en-GB',
      'en-IN',
      'es',
      'es-MX',
      'es-419',
      'fr',
      'fr-CA',
      'fr-CH',
      'hi',
      'hi-IN',
      'zh',
      'zh-Hans',
      'zh-CN',
      'zh-SG',
    ];
    // And where it must not: other digits asked for, other languages, and numbers Intl groups or signs.
    tags.push('en-u-nu-arab', 'hi-u-nu-deva', 'ar', 'ar-EG', 'zh-TW');
    for (const tag of tags) {
      const t = new Localizer(tag);
      const intl = new Intl.NumberFormat(t.locale);
      for (let n = 0; n < 1000; n++) expect(t.number(n), `${tag} ${n}`).to.equal(intl.format(n));
      for (const n of [-0, -1, 1000, 12345, 2.5]) expect(t.number(n), `${tag} ${n}`).to.equal(intl.format(n));
    }
  });

  it('serves regional variants from their language, and unknown languages in English', async () => {
    expect(shippedLocaleFor('fr-CA')).to.equal('fr');
    expect(shippedLocaleFor('hi-IN')).to.equal('hi');
    expect(shippedLocaleFor('ar-EG')).to.equal('ar');
    expect(shippedLocaleFor('es-419')).to.equal('es');
    expect(shippedLocaleFor('sw')).to.equal('en');
    expect(shippedLocaleFor('not a locale!')).to.equal('en');
    // A lang naming an Object property finds no catalogue and breaks nothing.
    for (const lang of ['constructor', 'toString', '__proto__']) {
      expect(shippedLocaleFor(lang), lang).to.equal('en');
      await loadLocale(lang);
      expect(new Localizer(lang).t('status.saved'), lang).to.equal(en['status.saved']);
    }
    await loadLocale('zh-SG');
    await loadLocale('fr-CA');
    const zh = await catalogue('zh-Hans');
    expect(new Localizer('zh-SG').t('tr.title')).to.equal(zh['tr.title']);
    expect(new Localizer('fr-CA').t('tr.title')).to.equal((await catalogue('fr'))['tr.title']);
  });
});

describe('the language a widget declares', () => {
  it('is the language of its words: English where the page asks for one not shipped', async () => {
    await loadLocale('zh-TW');
    const traditional = new Localizer('zh-TW');
    expect(traditional.locale).to.equal('en');
    // English words take English plural rules: "1 entry", not "1 entries". (The delivery
    // statuses come with the schemas' chunk, as a loaded widget adds them.)
    addEnglishMessages(formMessages);
    expect(traditional.plural('status.waiting', 1)).to.equal('1 entry is waiting to be sent.');
    expect(new Localizer('he').dir, 'English text is not laid out right to left').to.equal('ltr');
    expect(new Localizer('en-GB').locale).to.equal('en-GB');
    expect(new Localizer('fr-CA').locale).to.equal('fr-CA');
    expect(new Localizer('zh-SG').locale).to.equal('zh-SG');
    expect(new Localizer('ar-EG').dir).to.equal('rtl');
  });
});

describe('messages a host adds at runtime', () => {
  const added: Array<[string, Record<string, string>]> = [];
  const register = (locale: string, messages: Record<string, string>) => {
    registerMessages(locale, messages);
    // Undo afterwards by registering the shipped (or English) text back.
    added.push([locale, Object.fromEntries(Object.keys(messages).map((key) => [key, english[key]]))]);
  };
  afterEach(async () => {
    for (const [locale, messages] of added.splice(0)) {
      const shipped = shippedLocaleFor(locale) === 'en' ? english : await catalogue(shippedLocaleFor(locale));
      registerMessages(locale, Object.fromEntries(Object.keys(messages).map((key) => [key, shipped[key]])));
    }
  });

  it('adds a language the library does not ship, English filling what the host left out', async () => {
    register('pt', { 'tr.title': 'Registro de pensamentos', 'action.submit': 'Enviar para meu terapeuta' });
    await loadLocale('pt-BR');
    const t = new Localizer('pt-BR');
    expect(t.t('tr.title')).to.equal('Registro de pensamentos');
    expect(t.t('action.submit')).to.equal('Enviar para meu terapeuta');
    expect(t.t('tr.intro')).to.equal(en['tr.intro']);
    expect(t.locale).to.equal('pt-BR');
  });

  it('makes an unshipped right-to-left language right to left once the host supplies it', () => {
    const t = new Localizer('he');
    expect([t.locale, t.dir]).to.deep.equal(['en', 'ltr']);
    register('he', { 'tr.title': 'רישום מחשבות' });
    expect([t.locale, t.dir, t.t('tr.title')]).to.deep.equal(['he', 'rtl', 'רישום מחשבות']);
  });

  it('overrides a shipped translation without a rebuild, and assignment overrides still win', async () => {
    await loadLocale('fr');
    register('fr', { 'tr.title': 'Mon carnet de pensées' });
    expect(new Localizer('fr').t('tr.title')).to.equal('Mon carnet de pensées');
    expect(new Localizer('fr-BE').t('tr.title')).to.equal('Mon carnet de pensées');
    expect(new Localizer('fr', { 'tr.title': 'Pour Camille' }).t('tr.title')).to.equal('Pour Camille');
  });

  it('matches a lang however the host spells the locale', async () => {
    await loadLocale('zh-CN');
    register('zh-hans', { 'tr.title': '我的思维日记' });
    expect(new Localizer('zh-CN').t('tr.title')).to.equal('我的思维日记');
  });

  it('lets a blank or missing assignment override fall back to the language', async () => {
    await loadLocale('hi');
    const hi = await catalogue('hi');
    const t = new Localizer('hi', { 'tr.title': '   ', 'tr.intro': '' });
    expect(t.t('tr.title')).to.equal(hi['tr.title']);
    expect(t.t('tr.intro')).to.equal(hi['tr.intro']);
    expect(t.t('tr.situation.label')).to.equal(hi['tr.situation.label']);
    expect(new Localizer('hi', { constructor: 'x' }).t('tr.step', { number: 1, total: 3 })).to.equal(
      hi['tr.step'].replace('{number}', '1').replace('{total}', '3'),
    );
  });
});

describe('numbers and plurals through Intl', () => {
  it('chooses the plural form of each language, fractions included', async () => {
    await Promise.all(['fr', 'hi', 'zh-Hans', 'ar'].map(loadLocale));
    const hours = (locale: string, value: number) =>
      new Localizer(locale).plural('mood.sleep.hoursText', value, { hours: new Localizer(locale).number(value) });
    expect(hours('en', 1)).to.equal('1 hour');
    expect(hours('en', 1.5)).to.equal('1.5 hours');
    // French counts everything below 2 as singular.
    expect(hours('fr', 1.5)).to.equal('1,5 heure');
    expect(hours('fr', 7)).to.equal('7 heures');
    expect(hours('hi', 1)).to.equal('1 घंटा');
    expect(hours('hi', 7)).to.equal('7 घंटे');
    expect(hours('zh-Hans', 7)).to.equal('7 小时');
    expect(hours('ar', 3)).to.equal(`${new Intl.NumberFormat('ar').format(3)} ساعات`);
  });

  it('writes signs and digits the way the language does', () => {
    expect(new Localizer('en').signedNumber(1.5)).to.equal('+1.5');
    expect(new Localizer('en').signedNumber(0)).to.equal('0');
    expect(new Localizer('fr').signedNumber(-1.5)).to.equal(new Intl.NumberFormat('fr').format(-1.5));
    expect(new Localizer('ar').signedNumber(2)).to.equal(
      new Intl.NumberFormat('ar', { signDisplay: 'exceptZero' }).format(2),
    );
    expect(new Localizer('ar').number(12)).to.equal(new Intl.NumberFormat('ar').format(12));
  });
});
