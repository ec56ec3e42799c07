// Finding things inside a widget the way a user would: by visible label and role.
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`${el.localName} has no shadow root`);
  return el.shadowRoot;
}

/** The control whose <label> text starts with `text` (inside the widget's shadow root). */
export function byLabel<T extends HTMLElement = HTMLInputElement>(el: Element, text: string): T {
  const root = shadow(el);
  for (const label of root.querySelectorAll('label')) {
    if (!label.textContent?.trim().startsWith(text)) continue;
    const control = label.control ?? label.querySelector('input, textarea, select');
    if (control) return control as unknown as T;
  }
  throw new Error(`No control labelled "${text}…"`);
}

export function button(el: Element, text: string): HTMLButtonElement {
  const found = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent?.trim().includes(text));
  if (!found) throw new Error(`No button "${text}"`);
  return found;
}

/** The visible status line (whose delivery part is announced), or the "Opening…" status before it. */
export function statusText(el: Element): string {
  const line = shadow(el).querySelector('[part="status"]') ?? shadow(el).querySelector('[role="status"]');
  return line?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Alerts, and the "Before you submit" box (focused instead of announced as an alert). */
export function alertText(el: Element): string {
  return [...shadow(el).querySelectorAll('[role="alert"], #submit-problems')]
    .map((a) => a.textContent?.replace(/\s+/g, ' ').trim())
    .join(' | ');
}

/** Type into a field as a user would: set the value, fire `input`. */
export function typeInto(control: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  control.value = value;
  control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** The focused element, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Press the "Rate it" standing in for the unrated slider `#id`: the slider shows, focused. */
export function revealSlider(el: Element, id: string): HTMLInputElement {
  shadow(el).querySelector<HTMLButtonElement>(`button[aria-describedby="${id}-label"]`)!.click();
  const slider = shadow(el).querySelector<HTMLInputElement>(`#${id}`)!;
  if (deepActiveElement() !== slider) throw new Error(`"Rate it" did not focus #${id}`);
  return slider;
}
