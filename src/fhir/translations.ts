// Each translated UI catalogue's wording of the Questionnaires' text, as the standard FHIR
// translation extension on `_text` (and `_title`). Only questionnaire.ts imports this, so the
// response writer the widgets load on demand (to-response.ts, dist/cdn/fhir.js) carries none
// of these catalogues.
import { common as arCommon } from '../i18n/ar/common.js';
import { behaviouralExperiment as arBe } from '../i18n/ar/behavioural-experiment.js';
import { moodTracker as arMood } from '../i18n/ar/mood-tracker.js';
import { reviewPanel as arPanel } from '../i18n/ar/review-panel.js';
import { thoughtRecord as arTr } from '../i18n/ar/thought-record.js';
import { common as esCommon } from '../i18n/es/common.js';
import { behaviouralExperiment as esBe } from '../i18n/es/behavioural-experiment.js';
import { moodTracker as esMood } from '../i18n/es/mood-tracker.js';
import { reviewPanel as esPanel } from '../i18n/es/review-panel.js';
import { thoughtRecord as esTr } from '../i18n/es/thought-record.js';
import { common as frCommon } from '../i18n/fr/common.js';
import { behaviouralExperiment as frBe } from '../i18n/fr/behavioural-experiment.js';
import { moodTracker as frMood } from '../i18n/fr/mood-tracker.js';
import { reviewPanel as frPanel } from '../i18n/fr/review-panel.js';
import { thoughtRecord as frTr } from '../i18n/fr/thought-record.js';
import { common as hiCommon } from '../i18n/hi/common.js';
import { behaviouralExperiment as hiBe } from '../i18n/hi/behavioural-experiment.js';
import { moodTracker as hiMood } from '../i18n/hi/mood-tracker.js';
import { reviewPanel as hiPanel } from '../i18n/hi/review-panel.js';
import { thoughtRecord as hiTr } from '../i18n/hi/thought-record.js';
import { TRANSLATED_LOCALES, type TranslatedLocale } from '../i18n/translated-locales.js';
import { common as zhCommon } from '../i18n/zh-Hans/common.js';
import { behaviouralExperiment as zhBe } from '../i18n/zh-Hans/behavioural-experiment.js';
import { moodTracker as zhMood } from '../i18n/zh-Hans/mood-tracker.js';
import { reviewPanel as zhPanel } from '../i18n/zh-Hans/review-panel.js';
import { thoughtRecord as zhTr } from '../i18n/zh-Hans/thought-record.js';
import { wordIn, type Wording } from './fields.js';
import type { Extension, PrimitiveExtensions } from './types.js';

export const TRANSLATION_EXTENSION = 'http://hl7.org/fhir/StructureDefinition/translation';

/** The review panel's labels some items borrow (exercise-fields.ts, panelLabel). */
const PANEL_LABELS = ['rp.mood.activity', 'rp.mood.note'] as const;
const pick = (panel: Readonly<Record<string, string>>) =>
  Object.fromEntries(PANEL_LABELS.map((key) => [key, panel[key]]));

/** The messages the exercises' item text is made of, by language. */
const CATALOGUES: Record<TranslatedLocale, Readonly<Record<string, string>>> = {
  es: { ...esCommon, ...esTr, ...esMood, ...esBe, ...pick(esPanel) },
  ar: { ...arCommon, ...arTr, ...arMood, ...arBe, ...pick(arPanel) },
  fr: { ...frCommon, ...frTr, ...frMood, ...frBe, ...pick(frPanel) },
  'zh-Hans': { ...zhCommon, ...zhTr, ...zhMood, ...zhBe, ...pick(zhPanel) },
  hi: { ...hiCommon, ...hiTr, ...hiMood, ...hiBe, ...pick(hiPanel) },
};

/** `_text` with one translation extension per language that has the wording; none if no language has. */
export function translations(wording: Wording | undefined): PrimitiveExtensions | undefined {
  if (!wording) return undefined;
  const extension: Extension[] = TRANSLATED_LOCALES.flatMap((lang) => {
    const content = wordIn((key) => CATALOGUES[lang][key], wording);
    if (content === undefined) return [];
    return [
      {
        url: TRANSLATION_EXTENSION,
        extension: [
          { url: 'lang', valueCode: lang },
          { url: 'content', valueString: content },
        ],
      },
    ];
  });
  return extension.length ? { extension } : undefined;
}
