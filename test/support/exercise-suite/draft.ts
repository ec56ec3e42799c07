// The draft: saved on this device as the client types, said aloud once, and brought back by a
// new element with the same key. The fields may show before the saved draft has been read,
// so a restore is the typed value itself coming back, never the field merely being there.
import { expect } from '@open-wc/testing';
import { endpoint, readStore, waitFor } from '../browser-fixtures.js';
import { byLabel, shadow, statusText, typeInto } from '../shadow.js';
import type { ExerciseCase, ExerciseWidget } from '../exercise-cases/index.js';
import { mount, whenLoaded } from './mount.js';

/** Emoji with a joiner, Arabic and digits: what the client types must come back unchanged. */
const TYPED = 'Presentation at work 🙂‍↕️ عربي 123';

export function draftRestore(c: ExerciseCase): void {
  const textIn = (el: ExerciseWidget) => {
    try {
      return byLabel<HTMLInputElement | HTMLTextAreaElement>(el, c.textField).value;
    } catch {
      return undefined; // not drawn yet
    }
  };

  it('says "Saved on this device" once the draft is in IndexedDB, aloud only the first time, and a new element with the same key brings it back', async () => {
    const url = await endpoint();
    const el = await whenLoaded(c, await mount(c, { endpoint: url, 'draft-key': 'suite' }));
    const announced = shadow(el).querySelector('[part="status"] [role="status"]');
    expect(announced, 'the announced part is inside the status line').to.exist;
    let saves = 0;
    el.addEventListener('hw-draft-saved', () => saves++);

    typeInto(byLabel(el, c.textField), TYPED);
    await waitFor(() => statusText(el).includes('Saved on this device'), 'saved shown');
    const drafts = (await readStore('drafts')) as Array<{ data: unknown }>;
    expect(drafts).to.have.length(1);
    expect(JSON.stringify(drafts[0].data)).to.contain(TYPED);
    expect(announced!.textContent, 'the first save is heard').to.contain('Saved on this device');

    // Every later autosave said aloud would drown the client; the one live region stays in place.
    await waitFor(() => saves === 1, 'the first save');
    typeInto(byLabel(el, c.textField), `${TYPED}.`);
    await waitFor(() => saves === 2, 'the second save');
    await el.updateComplete;
    expect(statusText(el)).to.contain('Saved on this device');
    expect(announced!.textContent, 'the second is shown, not heard').to.not.contain('Saved on this device');
    expect(shadow(el).querySelector('[part="status"] [role="status"]')).to.equal(announced);

    el.remove();
    const again = await mount(c, { endpoint: url, 'draft-key': 'suite' });
    await waitFor(() => textIn(again) === `${TYPED}.`, 'the typed text restored');
    const heard = shadow(again).querySelector('[part="status"] [role="status"]')!.textContent;
    expect(heard, 'a restored draft is said in words above the form, not as a save').to.not.contain('Saved');
  });
}
