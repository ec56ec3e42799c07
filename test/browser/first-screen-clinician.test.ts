// The first screen of the review panel, the composer, the caseload and the client's list:
// in its language from the first frame (nothing in English while that language's catalogue
// loads), `<html lang>` followed after load with no earlier language left on screen, and
// an inherited `dir` honoured (and followed).
import { expect } from '@open-wc/testing';
import '../../src/index.js';
// Not in the clinician's index: the client's list has its own entry.
import '../../src/define/hw-assignment-list.js';
import { clinicianLocaleLoaders } from '../../src/lazy/clinician-locales.js';
import { en } from '../../src/i18n/en/index.js';
import { localeLoaders } from '../../src/lazy/locales.js';
import { waitFor } from '../support/browser-fixtures.js';
import { CASELOAD, MINE } from '../support/practice-data.js';
import { experiment, moodCheckIn, thoughtRecord } from '../support/review-entries.js';
import { shadow } from '../support/shadow.js';

type Element_ = HTMLElement & Record<string, unknown>;

interface Case {
  tag: string;
  /** The key of its heading, to tell which language it is in. */
  title: string;
  /** What it is given before it connects (data, so no server is needed). */
  give(el: Element_): void;
  /** It has settled: what it shows last is on screen (its lazy parts and data have arrived). */
  settled(el: Element_): unknown;
}

function entries(): unknown[] {
  const list: unknown[] = [];
  for (let day = 1; day <= 8; day++) {
    list.push(
      moodCheckIn(`2026-11-0${day}T08:00:00.000+01:00`, { activity: { name: 'Walk', mastery: 4, pleasure: 6 } }),
    );
  }
  list.push(thoughtRecord('2026-11-03T20:00:00.000+01:00'), experiment('2026-11-04T12:00:00.000+01:00'));
  return list;
}

const CASES: Case[] = [
  {
    tag: 'hw-review-panel',
    title: 'rp.title',
    give(el) {
      el.since = '2026-11-01';
      el.assignments = [{ id: 'a1', exercise: 'mood-tracker' }];
      el.entries = entries();
    },
    settled: (el) => shadow(el).querySelector('[part="brief"]') && shadow(el).querySelector('.row-item'),
  },
  {
    tag: 'hw-assignment-composer',
    title: 'composer.title',
    give() {},
    // The wording list and the preview come with the composer's checks (lazy-checks.ts).
    settled: (el) =>
      shadow(el).querySelector('fieldset.wording-group') && shadow(el).querySelector('[part="preview"] [inert] > *'),
  },
  {
    tag: 'hw-caseload',
    title: 'cl.title',
    give: (el) => void (el.data = CASELOAD),
    settled: (el) => shadow(el).querySelector('tbody th'),
  },
  {
    tag: 'hw-assignment-list',
    title: 'al.title',
    give: (el) => void (el.data = MINE),
    settled: (el) => shadow(el).querySelector('ul.assignments'),
  },
];

const english = en as Record<string, string>;
const heading = (el: Element) => shadow(el).querySelector('h2')?.textContent?.trim();
const section = (el: Element) => shadow(el).querySelector('section')!;

/** Both parts of a language's catalogue: what the client widgets show and what only the clinician's elements show. */
async function catalogue(lang: string): Promise<Record<string, string>> {
  const [client, clinician] = await Promise.all([localeLoaders[lang](), clinicianLocaleLoaders[lang]()]);
  return { ...client, ...clinician };
}

/**
 * Sentences of the `from` catalogue that `to` says otherwise (long enough not to be a shared
 * word, a name or a number) found on any screen seen.
 */
function leftovers(seen: string[], from: Record<string, string>, to: Record<string, string>): string[] {
  return Object.entries(from)
    .filter(([key, text]) => text.length >= 12 && !text.includes('{') && to[key] && to[key] !== text)
    .map(([, text]) => text)
    .filter((text) => seen.some((screen) => screen.includes(text)));
}

/** Every text the shadow root shows from now on, one string per change. */
function recordScreens(el: Element): { seen: string[]; stop(): void } {
  const seen: string[] = [];
  const observer = new MutationObserver(() => seen.push(shadow(el).textContent ?? ''));
  observer.observe(shadow(el), { subtree: true, childList: true, characterData: true, attributes: true });
  return { seen, stop: () => observer.disconnect() };
}

function mount(test: Case, attributes: Record<string, string> = {}, parent: Element = document.body): Element_ {
  const el = document.createElement(test.tag) as Element_;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  test.give(el);
  parent.append(el);
  return el;
}

describe('the clinician elements and the list: the first screen', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
    document.documentElement.removeAttribute('dir');
    for (const el of document.body.querySelectorAll(`${CASES.map((c) => c.tag).join(', ')}, div`)) el.remove();
  });

  // First in this file: Arabic has not been loaded on this page yet.
  it('the composer shows the client’s words in the exercise’s language once it has loaded, never English first', async () => {
    const composer = CASES.find((test) => test.tag === 'hw-assignment-composer')!;
    const el = mount(composer);
    await waitFor(() => composer.settled(el), 'settled');
    const arabic = await localeLoaders.ar();
    const clientWords: string[] = [];
    const record = () =>
      clientWords.push([...shadow(el).querySelectorAll('bdi')].map((bdi) => bdi.textContent).join('\n'));
    const observer = new MutationObserver(record);
    // Attributes too: the same words under a new `lang` are a change of no text node.
    observer.observe(shadow(el), { subtree: true, childList: true, characterData: true, attributes: true });
    const language = shadow(el).querySelector<HTMLSelectElement>('#locale')!;
    language.value = 'ar';
    language.dispatchEvent(new Event('change'));
    await waitFor(
      () =>
        shadow(el)
          .querySelector('bdi[lang="ar"]')
          ?.textContent?.match(/[\u0600-\u06ff]/),
      'Arabic',
    );
    observer.disconnect();
    record();
    expect(leftovers(clientWords, english, arabic)).to.deep.equal([]);
    expect(heading(el), 'the composer itself stays in English').to.equal(english['composer.title']);
  });

  for (const [index, lang] of ['es', 'fr', 'ar', 'hi', 'zh-Hans'].entries()) {
    // A catalogue loads once per page: each element goes first (its language not loaded yet) in some language.
    const order = [...CASES.slice(index % CASES.length), ...CASES.slice(0, index % CASES.length)];
    for (const test of order) {
      it(`${test.tag} in ${lang}: no English on screen from the first render until it has settled`, async () => {
        const el = mount(test, { lang });
        // Attached before the first render (a microtask away): every screen, from the very first.
        const screens = recordScreens(el);
        // The panel says it is ready only with its summaries on screen, never while blank.
        const headingWhenReady: Array<string | undefined> = [];
        el.addEventListener('hw-review-ready', () => headingWhenReady.push(heading(el)));
        const translated = await catalogue(lang);
        await waitFor(() => test.settled(el), 'settled');
        await waitFor(() => heading(el) === translated[test.title], `the ${lang} heading`);
        if (test.tag === 'hw-review-panel') {
          await waitFor(() => headingWhenReady.length, 'hw-review-ready');
          expect(headingWhenReady, 'the heading when hw-review-ready came').to.deep.equal([translated[test.title]]);
        }
        screens.stop();
        screens.seen.push(shadow(el).textContent ?? '');
        expect(leftovers(screens.seen, english, translated)).to.deep.equal([]);
        expect(section(el).lang).to.equal(lang);
      });
    }
  }

  for (const test of CASES) {
    it(`${test.tag} follows a change of <html lang> after load, with nothing of the language before left, and back`, async () => {
      const [spanish, french] = await Promise.all([catalogue('es'), catalogue('fr')]);
      document.documentElement.lang = 'es';
      const el = mount(test);
      await waitFor(() => test.settled(el) && heading(el) === spanish[test.title], 'settled in Spanish');
      const screens = recordScreens(el);
      document.documentElement.lang = 'fr';
      await waitFor(() => test.settled(el) && heading(el) === french[test.title], 'settled in French');
      screens.stop();
      screens.seen.push(shadow(el).textContent ?? '');
      expect(leftovers(screens.seen, spanish, french), 'Spanish after the switch').to.deep.equal([]);
      expect(leftovers(screens.seen, english, french), 'English after the switch').to.deep.equal([]);
      expect(section(el).lang).to.equal('fr');
      document.documentElement.lang = 'en';
      await waitFor(() => heading(el) === english[test.title], 'English again');
      expect(section(el).lang).to.equal('en');
    });

    it(`${test.tag} honours an inherited dir, follows it, and a nearer lang decides over it`, async () => {
      const wrapper = document.createElement('div');
      wrapper.dir = 'rtl';
      document.body.append(wrapper);
      const el = mount(test, {}, wrapper);
      await waitFor(() => test.settled(el), 'settled');
      expect(section(el).dir, 'the inherited dir').to.equal('rtl');
      wrapper.dir = 'ltr';
      await waitFor(() => section(el).dir === 'ltr', 'the wrapper’s dir changed');
      wrapper.removeAttribute('dir');
      wrapper.lang = 'ar';
      await waitFor(() => section(el).dir === 'rtl' && section(el).lang === 'ar', 'Arabic from the wrapper');
      // Spanish in a right-to-left page reads left to right.
      document.documentElement.dir = 'rtl';
      wrapper.lang = 'es';
      await waitFor(() => section(el).lang === 'es', 'Spanish');
      expect(section(el).dir).to.equal('ltr');
    });
  }
});
