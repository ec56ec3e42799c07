// The published Questionnaires speak every language the widgets do: each item whose text is
// the widget's own (the English UI catalogue) carries the standard translation extension on
// `_text` (answer options' codings on `_display`), one per translated language, worded exactly
// as that language's catalogue. Text written only for FHIR (hidden ids, settings) stays English. Needs `npm run build`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import * as fhir from '../../dist/esm/fhir/index.js';
import { en } from '../../dist/esm/i18n/en/index.js';
import { TRANSLATED_LOCALES } from '../../dist/esm/i18n/translated-locales.js';
import { loadFhirValidator } from '../support/fhir-validator.mjs';

const TRANSLATION = 'http://hl7.org/fhir/StructureDefinition/translation';
const LANGUAGES = ['es', 'fr', 'ar', 'hi', 'zh-Hans'];
const EXERCISES = ['thought-record', 'mood-tracker', 'behavioural-experiment'];

/** @type {Record<string, Record<string, string>>} each translated catalogue, whole */
const catalogues = {};
/** @type {(resource: object) => void} */
let assertValidFhir;

before(async () => {
  for (const lang of LANGUAGES) catalogues[lang] = (await import(`../../dist/esm/i18n/${lang}/index.js`)).default;
  assertValidFhir = await loadFhirValidator();
});

/** @returns {Generator<any>} every item, nested ones included */
function* walk(/** @type {any[]} */ items = []) {
  for (const item of items) {
    yield item;
    yield* walk(item.item);
  }
}

/** Every answer option's coding, nested items' included. */
const codingsOf = (/** @type {any} */ questionnaire) =>
  [...walk(questionnaire.item)].flatMap((item) =>
    (item.answerOption ?? []).flatMap((/** @type {any} */ option) => option.valueCoding ?? []),
  );

/** `{ es: '…', fr: '…' }` from a `_text`; throws on a malformed or repeated translation. */
function translationsOf(/** @type {any} */ element) {
  /** @type {Record<string, string>} */
  const byLang = {};
  for (const extension of element?.extension ?? []) {
    assert.equal(extension.url, TRANSLATION);
    const parts = Object.fromEntries(extension.extension.map((/** @type {any} */ e) => [e.url, e]));
    assert.deepEqual(Object.keys(parts).sort(), ['content', 'lang']);
    const lang = parts.lang.valueCode;
    assert.ok(!(lang in byLang), `${lang} once`);
    byLang[lang] = parts.content.valueString;
  }
  return byLang;
}

/** The catalogue keys whose English is exactly this text. */
const keysOf = (/** @type {string} */ text) =>
  Object.entries(en)
    .filter(([, message]) => message === text)
    .map(([key]) => key);

describe('Questionnaire translations', () => {
  it('the library ships the five languages this test checks', () => {
    assert.deepEqual([...TRANSLATED_LOCALES].sort(), [...LANGUAGES].sort());
  });

  for (const exercise of EXERCISES) {
    it(`${exercise}: every item worded by the catalogue has all five languages, each the catalogue's`, () => {
      const questionnaire = fhir.exerciseQuestionnaire(exercise);
      let fromCatalogue = 0;
      for (const item of walk(questionnaire.item)) {
        const keys = keysOf(item.text);
        const translated = translationsOf(item._text);
        if (keys.length === 0) continue;
        fromCatalogue++;
        assert.deepEqual(Object.keys(translated).sort(), [...LANGUAGES].sort(), `${item.linkId}: all five`);
        for (const lang of LANGUAGES) {
          const expected = keys.map((key) => catalogues[lang][key]);
          assert.ok(expected.includes(translated[lang]), `${item.linkId} ${lang}: the catalogue's wording`);
        }
      }
      assert.ok(fromCatalogue >= 5, `${exercise}: ${fromCatalogue} items worded by the catalogue`);
      let choices = 0;
      for (const coding of codingsOf(questionnaire)) {
        const keys = keysOf(coding.display);
        const translated = translationsOf(coding._display);
        if (keys.length === 0) {
          assert.equal(coding._display, undefined, `${coding.code}: not the widget's wording, not translated`);
          continue;
        }
        choices++;
        assert.deepEqual(Object.keys(translated).sort(), [...LANGUAGES].sort(), `${coding.code}: all five`);
        for (const lang of LANGUAGES) {
          const expected = keys.map((key) => catalogues[lang][key]);
          assert.ok(expected.includes(translated[lang]), `${coding.code} ${lang}: the catalogue's wording`);
        }
      }
      assert.ok(choices >= 6, `${exercise}: ${choices} choices worded by the catalogue`);
      const title = translationsOf(questionnaire._title);
      for (const lang of LANGUAGES) assert.equal(title[lang], catalogues[lang][keysOf(questionnaire.title)[0]]);
    });

    it(`${exercise}: a translated item has all five languages; text written for FHIR alone stays English`, () => {
      const questionnaire = fhir.exerciseQuestionnaire(exercise);
      const items = [...walk(questionnaire.item)];
      for (const item of items.filter((item) => item._text)) {
        const translated = translationsOf(item._text);
        assert.deepEqual(Object.keys(translated).sort(), [...LANGUAGES].sort(), `${item.linkId}: all five`);
        for (const lang of LANGUAGES) {
          assert.ok(translated[lang].trim(), `${item.linkId} ${lang}: not empty`);
          assert.doesNotMatch(translated[lang], /\{\w+\}/, `${item.linkId} ${lang}: no placeholders`);
        }
      }
      const hiddenIds = items.filter((item) => item.extension?.some((/** @type {any} */ e) => /hidden$/.test(e.url)));
      assert.ok(hiddenIds.length > 0 || exercise === 'mood-tracker');
      for (const item of hiddenIds) assert.equal(item._text, undefined, `${item.linkId}: not shown, not translated`);
      assert.equal(questionnaire.language, 'en', 'the text itself is English');
      assertValidFhir(questionnaire);
      const published = JSON.parse(readFileSync(`dist/fhir/Questionnaire-${exercise}.json`, 'utf8'));
      assert.deepEqual(published._title, questionnaire._title, 'published by the build');
    });
  }

  it('a self-review rating, made of three messages, is worded of the same three in each language', () => {
    const items = new Map(
      [...walk(fhir.exerciseQuestionnaire('mood-tracker').item)].map((item) => [item.linkId, item]),
    );
    const effort = translationsOf(items.get('selfReview.effort')._text);
    for (const lang of LANGUAGES) {
      const say = (/** @type {string} */ key) => catalogues[lang][key];
      assert.equal(effort[lang], `${say('review.effort')} (0 ${say('review.scale.0')} - 4 ${say('review.scale.4')})`);
    }
    assert.equal(effort.es, 'Esfuerzo: ¿cuánto esfuerzo puse? (0 Nada - 4 Mucho)');
  });

  it('Spanish text is the Spanish the widget shows (a fixed point, not the test’s own lookup)', () => {
    const items = new Map(
      [...walk(fhir.exerciseQuestionnaire('mood-tracker').item)].map((item) => [item.linkId, item]),
    );
    assert.equal(translationsOf(items.get('mood')._text).es, 'Ánimo: ¿cómo me siento?');
    assert.equal(translationsOf(fhir.exerciseQuestionnaire('mood-tracker')._title).es, 'Registro de ánimo');
    const anxious = items
      .get('emotions.name')
      .answerOption.find((/** @type {any} */ o) => o.valueCoding.code === 'anxious');
    assert.equal(translationsOf(anxious.valueCoding._display).es, 'Ansioso/a');
  });
});
