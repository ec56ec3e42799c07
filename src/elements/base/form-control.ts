// Native form participation (form-associated custom elements, ElementInternals): inside a
// host's <form> a widget contributes the JSON of its current data under its `name`,
// reports `valueMissing` when it is `required` and not complete, carries a host's own
// error (setCustomValidity), and is barred from validation while a disabled <fieldset>
// (or its own `disabled` or `readonly`) disables it. Kept apart from the element so the
// element only forwards the platform's callbacks. See docs/forms.md.

export class FormControl {
  private readonly internals?: ElementInternals;
  private lastValue?: string;
  private missing = '';
  private anchor?: HTMLElement;
  /** The host's own error (setCustomValidity); '' when none. */
  private custom = '';

  constructor(host: HTMLElement) {
    // attachInternals is missing only in very old engines; the widget still works, unsubmitted.
    this.internals = typeof host.attachInternals === 'function' ? host.attachInternals() : undefined;
  }

  get form(): HTMLFormElement | null {
    return this.internals?.form ?? null;
  }

  get validity(): ValidityState | undefined {
    return this.internals?.validity;
  }

  get labels(): NodeList | undefined {
    return this.internals?.labels;
  }

  get validationMessage(): string {
    return this.internals?.validationMessage ?? '';
  }

  get willValidate(): boolean {
    return this.internals?.willValidate ?? false;
  }

  checkValidity(): boolean {
    return this.internals?.checkValidity() ?? true;
  }

  reportValidity(): boolean {
    return this.internals?.reportValidity() ?? true;
  }

  /**
   * The value the form submits (also the state the browser hands back on restore) and
   * whether it is missing: `missing` is the localized reason, or null when complete.
   * `anchor` is the control the browser points its validation bubble at.
   */
  sync(value: string, missing: string | null, anchor: HTMLElement | null): void {
    if (value !== this.lastValue) this.internals?.setFormValue(value, value);
    this.lastValue = value;
    this.missing = missing ?? '';
    this.anchor = anchor ?? undefined;
    this.validate();
  }

  /** As on a native input: a non-empty message is a customError, and it is the message shown. */
  setCustomValidity(message: string): void {
    this.custom = String(message);
    this.validate();
  }

  private validate(): void {
    const { custom, missing } = this;
    this.internals?.setValidity({ valueMissing: !!missing, customError: !!custom }, custom || missing, this.anchor);
  }
}

/** The first control a client would fill in: where a validation bubble points. */
export function firstControl(root: ParentNode): HTMLElement | null {
  return root.querySelector<HTMLElement>('input, textarea, select, button');
}
