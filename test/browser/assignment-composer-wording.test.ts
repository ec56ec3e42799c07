// The composer's wording section in the clinician's words: every message the client sees is
// named by what it is on their screen, inside the step where they meet it, with its default
// beside it; no internal key and no jargon, in each of the six languages.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { HwAssignmentComposer } from '../../src/index.js';
import { groupWording } from '../../src/elements/assignment-composer/wording-groups.js';
import { adaptableKeys } from '../../src/i18n/adaptable-keys.js';
import * as en from '../../src/i18n/en/assignment-composer.js';
import { composerWording as enWording } from '../../src/i18n/en/composer-wording.js';
import * as es from '../../src/i18n/es/assignment-composer.js';
import * as fr from '../../src/i18n/fr/assignment-composer.js';
import * as ar from '../../src/i18n/ar/assignment-composer.js';
import * as hi from '../../src/i18n/hi/assignment-composer.js';
import * as zhHans from '../../src/i18n/zh-Hans/assignment-composer.js';
import { waitFor } from '../support/browser-fixtures.js';
import { byLabel, shadow, typeInto } from '../support/shadow.js';

const CATALOGUES: Record<string, Record<string, string>> = {
  en: { ...en.assignmentComposer, ...enWording },
  ...Object.fromEntries(
    Object.entries({ es, fr, ar, hi, 'zh-Hans': zhHans }).map(([lang, m]) => [
      lang,
      { ...m.assignmentComposer, ...m.composerWording },
    ]),
  ),
};
const EXERCISES = ['thought-record', 'mood-tracker', 'behavioural-experiment'] as const;
/** A message key as the catalogues spell them: `tr.intro`, `review.legend`, `mood.valence.-3`. */
const KEY_LIKE = /\b[a-z]+[A-Za-z]*\.[a-z][\w-]*(\.[\w-]+)*\b/;

const text = (el: Node | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** What the section names things by (its summary, step legends, field labels, buttons), not the client's words. */
const namesIn = (root: ShadowRoot) =>
  [...root.querySelectorAll('details.wording :is(summary, legend, label, button)')]
    .map((el) => [...el.childNodes].filter((n) => !(n instanceof HTMLElement && n.localName === 'bdi')).map(text))
    .flat()
    .join(' | ');

async function composer(lang = 'en') {
  const el = await fixture<HwAssignmentComposer>(html`<hw-assignment-composer lang=${lang}></hw-assignment-composer>`);
  await waitFor(() => shadow(el).querySelector('details.wording textarea[data-key]'), 'the wording');
  return el;
}

function chooseExercise(el: HwAssignmentComposer, index: number) {
  shadow(el).querySelectorAll<HTMLInputElement>('input[name="exercise"]')[index].click();
}

describe('<hw-assignment-composer> wording section', () => {
  describe('grouping (pure)', () => {
    for (const exercise of EXERCISES) {
      it(`${exercise}: every adaptable message once, framing first, the self-review last`, () => {
        const keys = adaptableKeys(exercise, 'family');
        const groups = groupWording(keys);
        expect(groups.flatMap((g) => g.fields.map((f) => f.key)).sort()).to.deep.equal([...keys].sort());
        expect(groups[0].id).to.equal('framing');
        expect(groups[groups.length - 1].id).to.equal('review');
        // Each named step is named by a message of its own.
        for (const group of groups.filter((g) => g.nameKey)) {
          expect(group.fields.map((f) => f.key)).to.include(group.nameKey);
        }
      });
    }

    it('names each message by what it is on the screen', () => {
      const situation = groupWording(adaptableKeys('thought-record')).find((g) => g.id === 'tr.situation')!;
      expect(situation).to.deep.equal({
        id: 'tr.situation',
        nameKey: 'tr.situation.label',
        fields: [
          { key: 'tr.situation.label', role: 'prompt' },
          { key: 'tr.situation.hint', role: 'hint' },
        ],
      });
      const review = groupWording(adaptableKeys('mood-tracker')).find((g) => g.id === 'review')!;
      expect(review.fields.find((f) => f.key === 'obstacle.other')!.role).to.equal('choice');
      expect(review.fields.find((f) => f.key === 'review.scale.0')!.role).to.equal('scalePoint');
    });
  });

  for (const [index, exercise] of EXERCISES.entries()) {
    it(`${exercise}: each field is named by a role, in a step, with its default beside it`, async () => {
      const el = await composer();
      chooseExercise(el, index);
      await el.updateComplete;
      const root = shadow(el);
      const roles = Object.entries(CATALOGUES.en)
        .filter(([key]) => key.startsWith('composer.wording.role.'))
        .map(([, value]) => value);
      const fields = [...root.querySelectorAll<HTMLTextAreaElement>('details.wording textarea[data-key]')];
      expect(fields.length).to.equal(adaptableKeys(exercise).length);
      for (const field of fields) {
        const label = text(field.labels![0]);
        expect(roles, `the label of ${field.dataset.key}`).to.include(label);
        expect(field.closest('fieldset')!.querySelector('legend')!.textContent!.trim()).to.not.equal('');
        const described = root.getElementById(field.getAttribute('aria-describedby')!)!;
        expect(text(described)).to.equal(`Default: ${field.value}`.replace(/\s+/g, ' ').trim());
      }
      const names = namesIn(root);
      expect(names).to.not.match(KEY_LIKE);
      for (const key of adaptableKeys(exercise)) expect(names).to.not.contain(key);
      expect(text(root.querySelector('[part="form"]'))).to.not.match(/Burns|Variant label/);
    });
  }

  it('puts the situation prompt under the step the client knows it by', async () => {
    const el = await composer();
    const field = shadow(el).querySelector<HTMLTextAreaElement>('textarea[data-key="tr.situation.label"]')!;
    expect(text(field.labels![0])).to.equal('Question the client answers');
    expect(text(field.closest('fieldset')!.querySelector('legend'))).to.equal(
      'Step: Situation: who, what, when, where?',
    );
  });

  it('"Use the default" puts the default back', async () => {
    const el = await composer();
    const field = shadow(el).querySelector<HTMLTextAreaElement>('textarea[data-key="tr.situation.hint"]')!;
    const original = field.value;
    typeInto(field, 'What happened, in a sentence?');
    await el.updateComplete;
    const reset = field.closest('.wording-row')!.querySelector('button')!;
    expect(text(reset)).to.equal('Use the default');
    reset.click();
    await el.updateComplete;
    expect(field.value).to.equal(original);
    expect(byLabel(el, 'Name of this version')).to.exist;
  });

  for (const lang of ['es', 'fr', 'ar', 'hi', 'zh-Hans']) {
    it(`speaks ${lang}: roles, steps and research section in the clinician's language`, async () => {
      const el = await composer(lang);
      const catalogue = CATALOGUES[lang];
      await waitFor(() => text(shadow(el).querySelector('h2')) === catalogue['composer.title'], `${lang} catalogue`);
      await el.updateComplete;
      const root = shadow(el);
      const label = text(
        root.querySelector<HTMLTextAreaElement>('textarea[data-key="tr.situation.label"]')!.labels![0],
      );
      expect(label).to.equal(catalogue['composer.wording.role.prompt']);
      const labels = [...root.querySelectorAll<HTMLTextAreaElement>('details.wording textarea')].map((f) =>
        text(f.labels![0]),
      );
      const roles = Object.keys(catalogue)
        .filter((key) => key.startsWith('composer.wording.role.'))
        .map((key) => catalogue[key]);
      for (const shown of labels) expect(roles).to.include(shown);
      expect(namesIn(root)).to.not.match(KEY_LIKE);
      expect(text(root.querySelector('[part="form"]'))).to.contain(catalogue['composer.research']);
    });
  }
});
