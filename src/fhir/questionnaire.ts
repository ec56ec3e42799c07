// One FHIR R4 Questionnaire per exercise, built from the same field table as the responses.
import { EXERCISES, type Exercise } from '../core/assignment.js';
import { MAX_FIELD_LENGTH, MAX_LABEL_LENGTH } from '../core/text.js';
import { EXERCISE_FIELDS, EXERCISE_TITLES, SELF_REVIEW_FIELD } from './exercise-fields.js';
import { linkIdOf, type Field } from './fields.js';
import type { Extension, Questionnaire, QuestionnaireItem } from './types.js';
import { questionnaireUrl } from './urls.js';
import { translations } from './translations.js';
import { QUESTIONNAIRE_RELEASES } from './versions.js';

const HIDDEN = 'http://hl7.org/fhir/StructureDefinition/questionnaire-hidden';
const MIN_VALUE = 'http://hl7.org/fhir/StructureDefinition/minValue';
const MAX_VALUE = 'http://hl7.org/fhir/StructureDefinition/maxValue';

/** `thought-record` -> `ThoughtRecord` (FHIR `name`s must be computer-friendly). */
export const computerName = (exercise: string) =>
  exercise.replace(/(^|-)([a-z])/g, (_match, _dash: string, letter: string) => letter.toUpperCase());

export function exerciseQuestionnaire(exercise: Exercise): Questionnaire {
  const title = EXERCISE_TITLES[exercise];
  const titleTranslations = translations(title.wording);
  return {
    resourceType: 'Questionnaire',
    id: exercise,
    url: questionnaireUrl(exercise),
    ...QUESTIONNAIRE_RELEASES[exercise],
    name: computerName(exercise),
    title: title.text,
    ...(titleTranslations ? { _title: titleTranslations } : {}),
    status: 'active',
    subjectType: ['Patient'],
    publisher: 'homework-elements',
    description:
      `The ${title.text.toLowerCase()} of homework-elements, as a FHIR Questionnaire. ` +
      'Responses carry the entry id in identifier, and the assignment, locale, variant and engagement ' +
      'in the extensions documented with the library (docs/fhir.md).',
    language: 'en',
    item: [...EXERCISE_FIELDS[exercise], SELF_REVIEW_FIELD].map((field) => questionnaireItem('', field)),
  };
}

export function allQuestionnaires(): Questionnaire[] {
  return EXERCISES.map(exerciseQuestionnaire);
}

function questionnaireItem(prefix: string, field: Field): QuestionnaireItem {
  const linkId = linkIdOf(prefix, field);
  const textTranslations = translations(field.wording);
  const base = {
    linkId,
    ...(field.code ? { code: field.code.map((coding) => ({ ...coding })) } : {}),
    text: field.text,
    ...(textTranslations ? { _text: textTranslations } : {}),
    ...conditions(field),
  };
  switch (field.type) {
    case 'group':
      return {
        ...base,
        type: 'group',
        ...(field.repeats ? { repeats: true } : {}),
        item: field.items.map((child) => questionnaireItem(linkId, child)),
      };
    case 'choice':
      return {
        ...base,
        type: field.open ? 'open-choice' : 'choice',
        ...(field.repeats ? { repeats: true } : {}),
        // A closed choice always holds a code; an open one may hold the client's own word instead.
        ...(field.repeats || field.open ? {} : { required: true }),
        ...(field.readOnly ? { readOnly: true } : {}),
        ...(field.open ? { maxLength: maxLength(field) } : {}),
        answerOption: field.codes.map((code) => ({
          valueCoding: {
            system: field.system,
            code,
            display: field.display(code),
            ...displayTranslations(field, code),
          },
          ...(code === field.initial ? { initialSelected: true } : {}),
        })),
      };
    case 'string':
    case 'text':
      return {
        ...base,
        type: field.type,
        maxLength: maxLength(field),
        ...(field.hidden ? { extension: [{ url: HIDDEN, valueBoolean: true }] } : {}),
      };
    default: {
      const extension: Extension[] = [];
      const bound = field.type === 'decimal' ? 'valueDecimal' : 'valueInteger';
      if (field.min !== undefined) extension.push({ url: MIN_VALUE, [bound]: field.min });
      if (field.max !== undefined) extension.push({ url: MAX_VALUE, [bound]: field.max });
      return {
        ...base,
        type: field.type,
        ...(field.optional ? {} : { required: true }),
        ...(field.readOnly ? { readOnly: true } : {}),
        ...(extension.length ? { extension } : {}),
        ...(field.options
          ? {
              answerOption: field.options.map((valueInteger) => ({
                valueInteger,
                ...(valueInteger === field.initial ? { initialSelected: true } : {}),
              })),
            }
          : {}),
      };
    }
  }
}

/** `_display` with the code's wording in each language, when the widget shows it from the catalogue. */
function displayTranslations(field: { displayKey?: (code: string) => string }, code: string) {
  const key = field.displayKey?.(code);
  const found = key === undefined ? undefined : translations((m) => m(key));
  return found ? { _display: found } : {};
}

/** The entry schema's limit: labels' and ids' (schema-parts.ts), else free text's. */
const maxLength = (field: { short?: boolean }) => (field.short ? MAX_LABEL_LENGTH : MAX_FIELD_LENGTH);

/** The widget shows the item only after another answer; with several conditions, all of them. */
function conditions(field: Field): Pick<QuestionnaireItem, 'enableWhen' | 'enableBehavior'> {
  if (!field.enableWhen?.length) return {};
  return {
    enableWhen: field.enableWhen.map((condition) => ({ ...condition })),
    ...(field.enableWhen.length > 1 ? { enableBehavior: 'all' } : {}),
  };
}
