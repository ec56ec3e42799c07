// Headings at the level a host chose (`heading-level`), so the widget fits the page's outline:
// its title at that level, its steps one (or two) below, never past h6. Native h1-h6, one
// template each: a screen reader's heading list finds them, and it costs fewer bytes than
// lit's static html (the tag is never taken from input).
import { html, nothing, type TemplateResult } from 'lit';

/** `heading-level` as given; anything but a whole number from 1 to 6 is the default, 2. */
export function validHeadingLevel(value: unknown): number {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 6 ? (value as number) : 2;
}

export interface HeadingOptions {
  id?: string;
  part?: string;
  /** Script may put the focus on it (tabindex -1): the title after a submit, the experiment's part. */
  focusable?: boolean;
}

type Heading = (content: unknown, id: unknown, part: unknown, tabindex: unknown) => TemplateResult;

const LEVELS: Heading[] = [
  (c, i, p, t) => html`<h1 id=${i} part=${p} tabindex=${t}>${c}</h1>`,
  (c, i, p, t) => html`<h2 id=${i} part=${p} tabindex=${t}>${c}</h2>`,
  (c, i, p, t) => html`<h3 id=${i} part=${p} tabindex=${t}>${c}</h3>`,
  (c, i, p, t) => html`<h4 id=${i} part=${p} tabindex=${t}>${c}</h4>`,
  (c, i, p, t) => html`<h5 id=${i} part=${p} tabindex=${t}>${c}</h5>`,
  (c, i, p, t) => html`<h6 id=${i} part=${p} tabindex=${t}>${c}</h6>`,
];

/** A heading at `level` (h6 when deeper). */
export function heading(level: number, content: unknown, o: HeadingOptions = {}): TemplateResult {
  return LEVELS[Math.min(level, 6) - 1](content, o.id ?? nothing, o.part ?? nothing, o.focusable ? -1 : nothing);
}
