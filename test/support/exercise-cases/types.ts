// What the shared exercise suite needs to know about one exercise element: how to tell it
// has loaded, where a client types, and how to fill it in by keyboard and by script.

/** An exercise element as a host sees it: a Lit element that is also a form control. */
export type ExerciseWidget = HTMLElement & {
  updateComplete: Promise<boolean>;
  assignment?: unknown;
  required: boolean;
  disabled: boolean;
  readonly form: HTMLFormElement | null;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
  formStateRestoreCallback(state: unknown, reason: string): void;
};

export interface ExerciseCase {
  tag: 'hw-thought-record' | 'hw-mood-tracker' | 'hw-behavioural-experiment';
  /** The exercise an assignment for this element names. */
  exercise: string;
  /** Selectors that are all present once the element has loaded (its form, and any part drawn beside it). */
  loaded: string[];
  /** The start of the label of a free-text field the client types in. */
  textField: string;
  /**
   * With the focus just before the element, fill it in by keyboard alone until it can be
   * submitted (Submit itself is the suite's).
   */
  fillByKeyboard(el: ExerciseWidget): Promise<void>;
  /** Asserts that the delivered data is what fillByKeyboard entered. */
  expectKeyboardData(data: Record<string, unknown>): void;
  /** Fills in just enough to be complete, as script (the form-control checks). */
  complete(el: ExerciseWidget): Promise<void>;
  /** Whether `data` holds what complete() entered. */
  holds(data: Record<string, unknown>): boolean;
  /** The first problem of an empty one: the `required` message, in English and Spanish. */
  missing: { en: string; es: string };
}
