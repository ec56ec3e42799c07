// axe finds nothing wrong in the element as it first shows, in each direction and theme.
// (With a configuration error: config.ts. Exercise-specific states stay in each *-a11y test.)
import { expect } from '@open-wc/testing';
import { endpoint, waitFor } from '../browser-fixtures.js';
import { shadow } from '../shadow.js';
import type { ExerciseCase } from '../exercise-cases/index.js';
import { mount, whenLoaded } from './mount.js';

export function axeClean(c: ExerciseCase): void {
  it('when empty', async () => {
    await expect(await whenLoaded(c, await mount(c, { endpoint: await endpoint() }))).to.be.accessible();
  });

  it('in Arabic, right to left', async () => {
    const el = await whenLoaded(c, await mount(c, { endpoint: await endpoint(), lang: 'ar' }));
    const section = (await waitFor(() => shadow(el).querySelector('section[dir="rtl"]'), 'the form right to left'))!;
    expect(getComputedStyle(section).direction).to.equal('rtl');
    await waitFor(() => /[\u0600-\u06FF]/.test(shadow(el).querySelector('h2')?.textContent ?? ''), 'an Arabic heading');
    await expect(el).to.be.accessible();
  });

  it('in the dark theme', async () => {
    await expect(await whenLoaded(c, await mount(c, { endpoint: await endpoint(), theme: 'dark' }))).to.be.accessible();
  });
}
