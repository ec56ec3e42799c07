// Text as clients type it: anything Unicode, but well-formed (a lone surrogate would
// not survive JSON on every server) and bounded, so a huge paste cannot fill storage.

/** The longest text one field accepts. A worksheet box, not a document. */
export const MAX_FIELD_LENGTH = 10_000;

/** The longest short label (a mood word, an emotion, a distortion name) and the longest id. */
export const MAX_LABEL_LENGTH = 200;

export function wellFormed(text: string): string {
  const s = text as string & { toWellFormed?: () => string };
  return typeof s.toWellFormed === 'function' ? s.toWellFormed() : text;
}

/**
 * What a widget keeps of a field's value: at most `max` characters (a script, autofill or
 * an extension can set more than `maxlength` lets a person type), well-formed.
 */
export function clientText(text: string, max: number = MAX_FIELD_LENGTH): string {
  return wellFormed(text.slice(0, max));
}
