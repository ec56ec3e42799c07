// Keyboard only, from the control before the element to a delivered entry.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { endpoint, storedEntries, waitFor } from '../browser-fixtures.js';
import { buttonNamed, tabUntil } from '../keyboard.js';
import { statusText } from '../shadow.js';
import type { ExerciseCase } from '../exercise-cases/index.js';
import { mount, whenLoaded } from './mount.js';

export function keyboardCompletion(c: ExerciseCase): void {
  it('can be completed and submitted with the keyboard alone, and the entry is delivered', async () => {
    const el = await whenLoaded(c, await mount(c, { endpoint: await endpoint(), 'assignment-id': 'kbd' }));
    (el.previousElementSibling as HTMLButtonElement).focus();

    await c.fillByKeyboard(el);
    await tabUntil(buttonNamed('Submit'), 'Submit');
    await sendKeys({ press: 'Enter' });

    const entry = await waitFor(async () => (await storedEntries())[0], 'the delivered entry');
    expect(entry).to.deep.include({ exercise: c.exercise, assignmentId: 'kbd' });
    c.expectKeyboardData(entry.data as Record<string, unknown>);
    await waitFor(() => statusText(el).includes('Sent'), '"Sent" announced');
  });
}
