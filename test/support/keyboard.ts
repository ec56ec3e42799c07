// Keyboard-only helpers for the accessibility tests: real key presses, and predicates
// that recognise the focused control by its visible label or name.
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement } from './shadow.js';

/** Press Tab until the focused element matches; fails after `max` presses. */
export async function tabUntil(matches: (el: Element | null) => boolean, what: string, max = 120) {
  for (let i = 0; i < max; i++) {
    if (matches(deepActiveElement())) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}

/** A control whose label text starts with `text`. */
export const labelled = (text: string) => (el: Element | null) =>
  !!el &&
  'labels' in el &&
  [...((el as HTMLInputElement).labels ?? [])].some((l) => l.textContent!.trim().startsWith(text));

export const buttonNamed = (text: string) => (el: Element | null) =>
  el instanceof HTMLButtonElement && el.textContent!.includes(text);

/** The "Rate it" button standing in for the unrated slider whose label starts with `text`. */
export const rateButtonFor = (text: string) => (el: Element | null) => {
  const described = el instanceof HTMLButtonElement && el.getAttribute('aria-describedby');
  if (!described) return false;
  const label = (el.getRootNode() as ShadowRoot).getElementById(described);
  // "Rate it", or what stands in for a slider that is no rating ("Set hours").
  return !!label?.textContent!.trim().startsWith(text) && !!el.closest('.slider-row');
};

/** Tab to the "Rate it" of the slider labelled `text`, press Enter: the slider has focus. */
export async function revealRating(text: string): Promise<void> {
  await tabUntil(rateButtonFor(text), `"Rate it" for ${text}`);
  await sendKeys({ press: 'Enter' });
  if (!labelled(text)(deepActiveElement())) throw new Error(`"Rate it" did not focus the slider ${text}`);
}
