// What each exercise's data looks like to FHIR: one table per exercise, read both ways
// (entry -> QuestionnaireResponse, and back) and to build the Questionnaire, so the three
// can never disagree. The linkId is the field's path in the entry's `data`.

/**
 * When the widget shows an item only after another answer (FHIR `enableWhen`, by the other
 * item's linkId). Several conditions: all must hold.
 */
export type EnableWhen =
  | { question: string; operator: '=' | '!='; answerInteger: number }
  | { question: string; operator: '='; answerCoding: { system: string; code: string } }
  | { question: string; operator: 'exists'; answerBoolean: true };

/** Text made of UI catalogue messages, each looked up by key with `message`. */
export type Wording = (message: (key: string) => string) => string;

/** A catalogue's message for a key; undefined when that catalogue has none. */
export type MessageLookup = (key: string) => string | undefined;

/** The wording in one catalogue; none when a message it needs has no translation there. */
export function wordIn(message: MessageLookup, wording: Wording): string | undefined {
  let untranslated = false;
  const text = wording((key) => {
    const found = message(key);
    if (found === undefined) untranslated = true;
    return found ?? '';
  });
  return untranslated ? undefined : text;
}

interface Shared {
  enableWhen?: readonly EnableWhen[];
  /**
   * How `text` is made of the UI catalogue (absent: written here, English only), so the
   * Questionnaire can carry each translated catalogue's wording too.
   */
  wording?: Wording;
  /** Standard codes for what the item asks (FHIR `item.code`), where one means exactly that. */
  code?: readonly { system: string; code: string; display: string }[];
}

/** Text fields are '' in an entry when empty; FHIR has no empty string, so '' is "no item". */
interface TextField {
  type: 'string' | 'text';
  /** A short label or id in the schema (`label()`, `id()`): its shorter length limit. */
  short?: boolean;
  /** Absent means the key is left out (an optional id), not ''. */
  optional?: boolean;
  /** Ids that link rows (mood ids, entry ids): carried, not shown to a person filling in. */
  hidden?: boolean;
}

interface ValueField {
  type: 'integer' | 'decimal' | 'boolean' | 'dateTime';
  optional?: boolean;
  min?: number;
  max?: number;
  /** The only values allowed (integer answerOption). */
  options?: readonly number[];
  /** A setting (from the assignment), not a question: shown, not asked. */
  readOnly?: boolean;
  /** The widget's value when nothing sets another. */
  initial?: number;
}

/** One code from our code system; `open` also takes the client's or clinician's own word. */
interface ChoiceField {
  type: 'choice';
  system: string;
  codes: readonly string[];
  display: (code: string) => string;
  /** The catalogue key of a code's display, when the widget shows it (its translations too). */
  displayKey?: (code: string) => string;
  open?: boolean;
  /** A single choice is always answered (a list may be empty). */
  optional?: false;
  /** A list of codes in the entry (e.g. distortions): absent means []. */
  repeats?: boolean;
  /** The own word (open choice) is a short label in the schema: its length limit. */
  short?: boolean;
  readOnly?: boolean;
  /** The widget's code when nothing sets another. */
  initial?: string;
}

interface GroupField {
  type: 'group';
  items: readonly Field[];
  /** A list of rows in the entry (moods, thoughts): absent means []. */
  repeats?: boolean;
  /** An object the entry may leave out (sleep, activity). */
  optional?: boolean;
}

export type Field = { key: string; text: string } & Shared & (TextField | ValueField | ChoiceField | GroupField);

export function linkIdOf(prefix: string, field: Field): string {
  return prefix ? `${prefix}.${field.key}` : field.key;
}
