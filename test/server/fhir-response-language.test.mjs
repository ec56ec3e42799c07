// A response speaks the client's language: `language` is the language of the text it copies
// from the Questionnaire, never claimed over English. A translated language gets the
// catalogue's wording (the Questionnaire's translation) and leaves out what has none; English
// stays English; a language the library does not ship gets English text and no `language`.
// The reader reads them all back. Needs `npm run build`.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import * as fhir from '../../dist/esm/fhir/index.js';
import { translatedLocaleOf } from '../../dist/esm/fhir/response-language.js';
import { ITEM_MESSAGES } from '../../dist/esm/fhir/item-messages.js';
import { shippedLocaleFor } from '../../dist/esm/i18n/catalogue.js';
import { expectedItemMessages } from '../support/fhir-item-messages.mjs';
import { loadExtensionValidator } from '../support/fhir-profiles.mjs';
import { loadFhirValidator } from '../support/fhir-validator.mjs';
import { moodCheckIns, thoughtRecords } from '../support/fhir-entries.mjs';

/** @type {(resource: object) => void} */
let assertValid;

before(async () => {
  const validR4 = await loadFhirValidator();
  const definedExtensions = await loadExtensionValidator(fhir.allStructureDefinitions());
  assertValid = (resource) => {
    validR4(resource);
    definedExtensions(resource);
  };
});

/** @returns {Generator<any>} every item, nested ones included */
function* walk(/** @type {any[]} */ items = []) {
  for (const item of items) {
    yield item;
    yield* walk(item.item);
  }
}

const byLinkId = (/** @type {any} */ response) => new Map([...walk(response.item)].map((item) => [item.linkId, item]));
/** Every coding in the response, in items and in the extensions. */
const codings = (/** @type {any} */ response) =>
  JSON.stringify(response)
    .match(/"valueCoding":\{[^}]*\}/g)
    ?.map((json) => JSON.parse(`{${json}}`).valueCoding) ?? [];

/** The Spanish three-column record (thoughtRecords[0] is Spanish, [2] Arabic), in another language. */
const inLocale = (/** @type {any} */ entry, /** @type {string} */ locale) => ({ ...structuredClone(entry), locale });

describe('a response in the client’s language', () => {
  it('Spanish: `language: es`, the Spanish the widget shows, no English text or display', () => {
    const entry = thoughtRecords[0];
    assert.equal(entry.locale, 'es');
    const response = fhir.toQuestionnaireResponse(entry);
    assert.equal(response.language, 'es');
    const items = byLinkId(response);
    assert.equal(items.get('situation').text, 'Situación: ¿quién, qué, cuándo, dónde?');
    assert.equal(items.get('selfReview').text, 'Mirando hacia atrás (opcional)');
    assert.equal(
      items.get('selfReview.effort').text,
      'Esfuerzo: ¿cuánto esfuerzo puse? (0 Nada - 4 Mucho)',
      'made of three messages',
    );
    // Written for FHIR alone (a setting, a mood's word), so not translated: no text at all.
    assert.equal(items.get('columns').text, undefined);
    assert.equal(items.get('moods.name').text, undefined);
    const english = byLinkId(fhir.toQuestionnaireResponse(inLocale(entry, 'en')));
    for (const [linkId, item] of items) {
      if (item.text !== undefined) assert.notEqual(item.text, english.get(linkId).text, `${linkId}: translated`);
    }
    assert.ok(codings(response).length >= 4);
    for (const coding of codings(response)) assert.equal(coding.display, undefined, `${coding.code}: no English`);
    assertValid(response);
  });

  it('Arabic: `language: ar` and Arabic item text', () => {
    const response = fhir.toQuestionnaireResponse(thoughtRecords[2]);
    assert.equal(response.language, 'ar');
    assert.equal(byLinkId(response).get('situation').text, 'الموقف: مَن، وماذا، ومتى، وأين؟');
    assertValid(response);
  });

  it('Simplified Chinese by any tag that reaches its catalogue: `zh-SG` -> `language: zh-Hans`', () => {
    const response = fhir.toQuestionnaireResponse(inLocale(moodCheckIns[1], 'zh-SG'));
    assert.equal(response.language, 'zh-Hans');
    assert.equal(byLinkId(response).get('mood').text, ITEM_MESSAGES['zh-Hans']['mood.valence']);
    assertValid(response);
  });

  it('a regional tag is written in its language’s catalogue and claims that language: `es-MX` -> es', () => {
    const response = fhir.toQuestionnaireResponse(inLocale(thoughtRecords[0], 'es-MX'));
    assert.equal(response.language, 'es');
    assert.equal(byLinkId(response).get('situation').text, 'Situación: ¿quién, qué, cuándo, dónde?');
  });

  it('English: `language: en` with the Questionnaire’s text and the CodeSystems’ displays', () => {
    for (const locale of ['en', 'en-GB']) {
      const response = fhir.toQuestionnaireResponse(inLocale(thoughtRecords[0], locale));
      assert.equal(response.language, 'en', locale);
      const questionnaire = byLinkId(fhir.exerciseQuestionnaire('thought-record'));
      for (const [linkId, item] of byLinkId(response)) assert.equal(item.text, questionnaire.get(linkId).text);
      assert.ok(codings(response).every((coding) => typeof coding.display === 'string'));
    }
  });

  for (const locale of ['de', 'zh-TW', 'hi-Latn', 'not a tag']) {
    it(`a language the library does not ship (${locale}): English text, no \`language\` claimed`, () => {
      const response = fhir.toQuestionnaireResponse(inLocale(thoughtRecords[0], locale));
      assert.equal('language' in response, false);
      const english = fhir.toQuestionnaireResponse(inLocale(thoughtRecords[0], 'en'));
      assert.deepEqual(response.item, english.item, 'the English items');
    });
  }

  it('the translation picked is the one the widget showed (the catalogue’s choice) for every tag', () => {
    const tags = ['es', 'es-MX', 'ES-es', 'ar', 'ar-EG', 'fr-CA', 'hi', 'hi-IN', 'hi-Latn', 'zh', 'zh-CN', 'zh-SG'];
    tags.push('zh-Hans', 'zh-Hans-CN', 'zh-TW', 'zh-HK', 'zh-Hant', 'en', 'en-US', 'de', 'sw', 'pt-BR', 'x');
    for (const tag of tags) {
      const shipped = shippedLocaleFor(tag);
      assert.equal(translatedLocaleOf(tag), shipped === 'en' ? undefined : shipped, tag);
    }
  });

  it('the writer’s messages are the catalogues’, for every key item text is worded of', async () => {
    const expected = await expectedItemMessages();
    assert.deepEqual(
      ITEM_MESSAGES,
      expected,
      'src/fhir/item-messages.ts differs from the catalogues; its table should be:\n' +
        JSON.stringify(expected, null, 2),
    );
    for (const lang of Object.keys(expected)) assert.ok(Object.keys(expected[lang]).length >= 40, lang);
  });
});

describe('the reader reads responses in any language', () => {
  for (const locale of ['es', 'ar', 'zh-Hans', 'de', 'en']) {
    it(`${locale}: back to the same entry (item text is not what it matches on)`, () => {
      const entry = inLocale(thoughtRecords[0], locale);
      const response = JSON.parse(JSON.stringify(fhir.toQuestionnaireResponse(entry)));
      const back = fhir.entryFromQuestionnaireResponse(response);
      assert.ok(back.ok, JSON.stringify(back.problems));
      assert.deepStrictEqual(back.value, entry);
    });
  }

  it('a response without the entry extension takes its locale from `language`', () => {
    const response = fhir.toQuestionnaireResponse(thoughtRecords[0]);
    response.extension = response.extension.filter((/** @type {any} */ e) => e.url !== fhir.ENTRY_EXTENSION);
    const back = fhir.entryFromQuestionnaireResponse(response);
    assert.ok(back.ok, JSON.stringify(back.problems));
    assert.equal(back.value.locale, 'es');
  });
});
