// What src/fhir/item-messages.ts must hold: for each translated language, the catalogue's
// message for every key the FHIR item text is worded of (exercise-fields.ts `wording`).
// fhir-item-messages.test.mjs compares the two and, when they differ, prints the table to
// paste. Needs `npm run build`.
import { EXERCISE_FIELDS, SELF_REVIEW_FIELD } from '../../dist/esm/fhir/exercise-fields.js';
import { TRANSLATED_LOCALES } from '../../dist/esm/i18n/translated-locales.js';

/** Every message key an item's text is worded of, sorted. */
export function wordingKeys() {
  const keys = new Set();
  const visit = (/** @type {any[]} */ fields) => {
    for (const field of fields) {
      field.wording?.((/** @type {string} */ key) => (keys.add(key), ''));
      if (field.items) visit(field.items);
    }
  };
  visit([...Object.values(EXERCISE_FIELDS).flat(), SELF_REVIEW_FIELD]);
  return [...keys].sort();
}

/** @returns {Promise<Record<string, Record<string, string>>>} language -> key -> message */
export async function expectedItemMessages() {
  const keys = wordingKeys();
  /** @type {Record<string, Record<string, string>>} */
  const table = {};
  for (const lang of TRANSLATED_LOCALES) {
    const catalogue = (await import(`../../dist/esm/i18n/${lang}/index.js`)).default;
    table[lang] = Object.fromEntries(keys.filter((key) => key in catalogue).map((key) => [key, catalogue[key]]));
  }
  return table;
}
