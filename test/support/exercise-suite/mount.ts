// Putting an exercise element on the page the way a host does, and knowing when it has loaded.
import { fixture, html } from '@open-wc/testing';
import { waitFor } from '../browser-fixtures.js';
import { shadow } from '../shadow.js';
import type { ExerciseCase, ExerciseWidget } from '../exercise-cases/index.js';

/**
 * A new element with `attributes`, after a "before" button (where keyboard tests start);
 * `prepare` runs before it is connected, so listeners and properties see its first update.
 */
export async function mount(
  c: ExerciseCase,
  attributes: Record<string, string>,
  prepare?: (el: ExerciseWidget) => void,
): Promise<ExerciseWidget> {
  const el = document.createElement(c.tag) as ExerciseWidget;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  prepare?.(el);
  const host = await fixture<HTMLElement>(html`<div><button>before</button></div>`);
  host.append(el);
  return el;
}

/** Resolves once everything the case lists has rendered. */
export async function whenLoaded<T extends ExerciseWidget>(c: ExerciseCase, el: T): Promise<T> {
  for (const selector of c.loaded) await waitFor(() => shadow(el).querySelector(selector), `${c.tag}: ${selector}`);
  await el.updateComplete;
  return el;
}
