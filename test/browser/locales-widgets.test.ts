// The client widgets in each shipped language: nothing English leaks into a translated
// page, Arabic mirrors the layout, and an assignment's overrides beat the language.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { shippedLocaleFor, shippedLocales } from '../../src/i18n/catalogue.js';
import { en } from '../../src/i18n/en/index.js';
import { clinicianLocaleLoaders } from '../../src/lazy/clinician-locales.js';
import { localeLoaders } from '../../src/lazy/locales.js';
import type { Assignment } from '../../src/core/assignment.js';
import { endpoint, freshDevice, resetServer, waitFor } from '../support/browser-fixtures.js';
import { button, shadow } from '../support/shadow.js';

const english = en as Record<string, string>;

interface Widget {
  tag: 'hw-thought-record' | 'hw-mood-tracker' | 'hw-behavioural-experiment';
  title: string;
  /** Present once the form (not the loading message) is on screen. */
  ready: string;
  /** Buttons to press first so numbered rows ({number} labels) are on screen too. */
  add: string[];
}

const WIDGETS: Widget[] = [
  { tag: 'hw-thought-record', title: 'tr.title', ready: '#situation', add: ['tr.moods.add', 'tr.thoughts.add'] },
  { tag: 'hw-mood-tracker', title: 'mood.title', ready: '.history', add: [] },
  { tag: 'hw-behavioural-experiment', title: 'be.title', ready: '#phase', add: ['be.safety.add', 'be.obstacle.add'] },
];

/** Both parts of a translation, as a page with client and clinician elements loads them. */
async function catalogue(locale: string): Promise<Record<string, string>> {
  if (locale === 'en') return english;
  return { ...(await localeLoaders[locale]()), ...(await clinicianLocaleLoaders[locale]()) };
}

/** A widget in `lang`, once its own catalogue (not the English stand-in) is on screen. */
async function render(widget: Widget, lang: string, assignment?: Assignment) {
  // The assignment's language wins over the element's, as in the widgets.
  const messages = await catalogue(shippedLocaleFor(assignment?.locale || lang));
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="inline-size: 720px">
      ${
        widget.tag === 'hw-thought-record'
          ? html`<hw-thought-record
              lang=${lang}
              endpoint=${await endpoint()}
              .assignment=${assignment}
            ></hw-thought-record>`
          : widget.tag === 'hw-mood-tracker'
            ? html`<hw-mood-tracker
                lang=${lang}
                endpoint=${await endpoint()}
                .assignment=${assignment}
              ></hw-mood-tracker>`
            : html`<hw-behavioural-experiment
                lang=${lang}
                endpoint=${await endpoint()}
                .assignment=${assignment}
              ></hw-behavioural-experiment>`
      }
    </div>`,
  );
  const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
  await waitFor(
    () => shadow(el).querySelector('.fields[aria-busy="false"]') && shadow(el).querySelector(widget.ready),
    `${widget.tag} form`,
  );
  const title = assignment?.overrides?.[widget.title] ?? messages[widget.title];
  await waitFor(() => shadow(el).querySelector('h2')?.textContent?.trim() === title, `${widget.tag} in ${lang}`);
  return { el, messages };
}

/** Every string a person (or a screen reader) meets: text, and the attributes that are read out. */
function shownStrings(root: Node): string[] {
  const strings: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) strings.push(node.textContent!.replace(/[ \t\r\n\f]+/g, ' ').trim());
    if (node instanceof Element) {
      if (node.localName === 'style') return;
      for (const name of ['aria-label', 'aria-valuetext', 'title', 'placeholder', 'alt']) {
        const value = node.getAttribute(name);
        if (value) strings.push(value);
      }
      // Lit puts each message in its own text node; an element's whole text catches messages split or joined.
      if (!node.children.length) strings.push(node.textContent!.replace(/[ \t\r\n\f]+/g, ' ').trim());
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return [...new Set(strings.filter(Boolean))];
}

/** An English message as a pattern: its placeholders match anything, whole words only. */
function englishPattern(text: string): RegExp {
  const parts = text.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<!\\p{L})${parts.join('.+?')}(?!\\p{L})`, 'u');
}

describe('widgets in every shipped language', () => {
  beforeEach(async () => {
    await freshDevice();
    await resetServer();
  });

  for (const widget of WIDGETS) {
    for (const lang of shippedLocales().filter((l) => l !== 'en')) {
      it(`<${widget.tag} lang="${lang}"> shows no English message and axe finds nothing`, async () => {
        const { el, messages } = await render(widget, lang);
        for (const key of widget.add) {
          button(el, messages[key]).click();
          await el.updateComplete;
        }
        const shown = shownStrings(el);
        const leaks: string[] = [];
        for (const [key, text] of Object.entries(english)) {
          if (messages[key] === text) continue;
          // A message of placeholders and punctuation only ("{name}: {value}") has no English in it.
          if (!/\p{L}/u.test(text.replace(/\{\w+\}/g, ''))) continue;
          const pattern = englishPattern(text);
          for (const string of shown.filter((s) => pattern.test(s))) leaks.push(`${key}: "${string}"`);
        }
        expect(leaks, `English on the ${lang} page:\n${leaks.join('\n')}`).to.deep.equal([]);
        // Scripts other than Latin make hard-coded English stand out even when it is no message.
        if (['ar', 'zh-Hans', 'hi'].includes(lang)) {
          const latin = shown.flatMap((s) => s.match(/[A-Za-z]{3,}/g) ?? []).filter((word) => word !== 'ics');
          expect(latin, `Latin words on the ${lang} page`).to.deep.equal([]);
        }
        await expect(el).to.be.accessible();
      });
    }
  }
});

/** Where a piece of text sits inside the widget: distance from its start and end edges. */
function textGaps(text: Element, widget: Element) {
  const range = document.createRange();
  range.selectNodeContents(text);
  const box = range.getBoundingClientRect();
  const outer = widget.getBoundingClientRect();
  return { left: box.left - outer.left, right: outer.right - box.right };
}

/** Left-to-right positions of the first choice group's first two choices. */
function firstChoices(root: ShadowRoot): [number, number] {
  const choice = root.querySelector('.scale-choice, fieldset label:has(input[type="radio"], input[type="checkbox"])');
  const siblings = [...choice!.parentElement!.children].filter((c) => c.localName === 'label');
  const [first, second] = siblings.map((label) => label.getBoundingClientRect());
  expect(Math.abs(first.top - second.top), 'the first two choices share a line').to.be.below(4);
  return [first.left, second.left];
}

describe('right-to-left layout', () => {
  beforeEach(async () => {
    await freshDevice();
    await resetServer();
  });

  for (const widget of WIDGETS) {
    it(`<${widget.tag}> mirrors in Arabic: text starts on the right, choices run right to left`, async () => {
      for (const lang of ['en', 'ar']) {
        const { el } = await render(widget, lang);
        const root = shadow(el);
        const section = root.querySelector('section')!;
        expect(getComputedStyle(section).direction).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        for (const text of [root.querySelector('h2')!, root.querySelector('.fields label')!]) {
          const gaps = textGaps(text, section);
          if (lang === 'ar') expect(gaps.right, `${lang}: ${text.textContent}`).to.be.below(gaps.left);
          else expect(gaps.left, `${lang}: ${text.textContent}`).to.be.below(gaps.right);
        }
        const [first, second] = firstChoices(root);
        if (lang === 'ar') expect(first, 'the first choice is on the right').to.be.above(second);
        else expect(first, 'the first choice is on the left').to.be.below(second);
      }
    });
  }
});

describe('assignment overrides in a translated widget', () => {
  beforeEach(async () => {
    await freshDevice();
    await resetServer();
  });

  it("shows the clinician's wording over the language's, and the language for the rest", async () => {
    const assignment: Assignment = {
      id: 'a-fr',
      exercise: 'thought-record',
      locale: 'fr',
      overrides: { 'tr.situation.hint': 'Pensez à lundi soir, chez votre sœur.', 'tr.moods.hint': '' },
    };
    const { el, messages } = await render(WIDGETS[0], 'en', assignment);
    const text = shownStrings(el);
    expect(text).to.include('Pensez à lundi soir, chez votre sœur.');
    expect(text).not.to.include(messages['tr.situation.hint']);
    // A cleared override falls back to the language, never to a blank or a key.
    expect(text).to.include(messages['tr.moods.hint']);
    expect(text).to.include(messages['tr.situation.label']);
  });

  it('falls back to English for a language not shipped, keeping the overrides', async () => {
    const assignment: Assignment = {
      id: 'a-zh-tw',
      exercise: 'behavioural-experiment',
      locale: 'zh-TW',
      overrides: { 'be.title': '行為實驗', 'be.intro': '這是我們上次談到的練習。' },
    };
    const { el } = await render(WIDGETS[2], 'en', assignment);
    const text = shownStrings(el);
    expect(text).to.include('這是我們上次談到的練習。');
    expect(text).to.include(english['be.target.label']);
    expect(
      text.filter((s) => /^[a-z]+(\.[\w-]+)+$/.test(s)),
      'raw message keys',
    ).to.deep.equal([]);
    // The English text says it is English, so a screen reader does not read it in a Chinese voice.
    expect(shadow(el).querySelector('section')!.getAttribute('lang')).to.equal('en');
  });
});
