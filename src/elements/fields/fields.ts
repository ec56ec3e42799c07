// Shared field templates. They render into the widget's own shadow root, so every
// label, hint and error sits in the same root as its control (ARIA ids resolve).
import { html, nothing } from 'lit';

// In a file of its own so the composer, which needs only this one, loads only this one.
export { textField, tooLongNote, type TextFieldOptions } from './text-field.js';

/** A hint paragraph, or nothing when the hint is empty (hints switched off by the assignment). */
export function hintText(text: string) {
  return text ? html`<p class="hint">${text}</p>` : nothing;
}

export interface SliderOptions {
  id: string;
  label: string;
  value: number | undefined;
  max: number;
  /** Accessible and visible value text, e.g. "60 of 100". */
  valueText: (value: number) => string;
  /** Said and shown while no value was chosen. */
  notRatedText: string;
  /** The button standing in for the slider until the client chooses to rate. */
  rateText: string;
  onInput: (value: number) => void;
}

/** "Rate it": shows the slider after it, focused, and hides itself. */
function reveal(e: Event) {
  const button = e.target as HTMLElement;
  const input = button.nextElementSibling as HTMLInputElement;
  input.hidden = false;
  button.hidden = true;
  input.focus();
}

/** A 0..max slider for large scales; settable with arrows, Home/End or one tap. */
export function slider(o: SliderOptions) {
  // Unrated shows no slider (no value announced or tappable), only "Rate it", which
  // reveals it focused; the value stays unset until the client moves it (or taps it).
  // Revealing is the DOM's own state: Lit re-commits `hidden` only when rated or reset.
  const unrated = o.value === undefined;
  const text = unrated ? o.notRatedText : o.valueText(o.value!);
  return html`<div class="field slider ${unrated ? 'unrated' : ''}">
    <label for=${o.id} id="${o.id}-label">${o.label}</label>
    <div class="slider-row">
      <button type="button" aria-describedby="${o.id}-label" ?hidden=${!unrated} @click=${reveal}>${o.rateText}</button>
      <input
        id=${o.id}
        type="range"
        min="0"
        max=${o.max}
        step="1"
        ?hidden=${unrated}
        .value=${String(o.value ?? Math.round(o.max / 2))}
        aria-valuetext=${text}
        @input=${(e: Event) => o.onInput(Number((e.target as HTMLInputElement).value))}
        @click=${
          // Tapping the thumb where it rests changes nothing, so no input event: it still chooses that value.
          unrated ? (e: Event) => o.onInput(Number((e.target as HTMLInputElement).value)) : nothing
        }
      />
      <output for=${o.id} aria-hidden="true">${text}</output>
    </div>
  </div>`;
}

/** A rating's steps (numbers), or named choices that are no rating (strings). */
export interface ChoiceOptions<T extends number | string = number> {
  name: string;
  legend: string;
  /** Values with their visible labels. */
  choices: { value: T; label: string }[];
  value: T | undefined;
  onChange: (value: T) => void;
}

/**
 * A small scale as a radio group: arrow keys move within it, Tab moves past it.
 * Radios and checkboxes here update on `input`, not `change`: it comes first, so a host's
 * `input` listener on its form reads the new value (as with a native control).
 */
export function radioScale<T extends number | string>(o: ChoiceOptions<T>) {
  return html`<fieldset class="scale">
    <legend>${o.legend}</legend>
    <div class="scale-row">
      ${o.choices.map(
        (choice) =>
          html`<label class="scale-choice">
            <input
              type="radio"
              name=${o.name}
              .value=${String(choice.value)}
              .checked=${o.value === choice.value}
              @input=${() => o.onChange(choice.value)}
            />
            <span>${choice.label}</span>
          </label>`,
      )}
    </div>
  </fieldset>`;
}

export interface CheckboxGroupOptions {
  legend: string;
  options: { value: string; label: string }[];
  selected: readonly string[];
  /** Reports one box; the owner applies it to its current state (not this render's). */
  onToggle: (value: string, checked: boolean) => void;
}

/** Add or remove `value` in a selection list. */
export function toggled<T extends string>(selected: readonly T[], value: T, checked: boolean): T[] {
  const without = selected.filter((v) => v !== value);
  return checked ? [...without, value] : without;
}

export function checkboxGroup(o: CheckboxGroupOptions) {
  return html`<fieldset class="checks">
    <legend>${o.legend}</legend>
    ${o.options.map(
      (option) =>
        html`<label class="check">
          <input
            type="checkbox"
            .checked=${o.selected.includes(option.value)}
            @input=${(e: Event) => o.onToggle(option.value, (e.target as HTMLInputElement).checked)}
          />
          <span>${option.label}</span>
        </label>`,
    )}
  </fieldset>`;
}
