// Colours as the tests measure them.
import { shadow } from './shadow.js';

/** Relative luminance of a computed rgb() colour (0 black .. 1 white). */
export function luminance(color: string): number {
  const [r, g, b] = color
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((c) => {
      const v = Number(c) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The background of an element's frame (its `base` part). */
export const frameBackground = (el: Element): string =>
  getComputedStyle(shadow(el).querySelector('[part~="base"]')!).backgroundColor;
