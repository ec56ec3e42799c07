// WCAG 1.4.10 (reflow at 320 CSS px) and 1.4.12 (text spacing) as a test sees them: the
// spacing forced into every shadow root (a page's style does not reach inside), then every
// box that sticks out sideways, scrolls sideways or cuts its text off.
import { shadow } from './shadow.js';

const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }`;

/** WCAG 1.4.12's spacing on the page and inside `el`'s shadow roots, nested ones included. */
export function overrideTextSpacing(el: Element): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(TEXT_SPACING);
  if (!document.adoptedStyleSheets.includes(sheet))
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const visit = (root: ShadowRoot) => {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    for (const node of root.querySelectorAll('*')) if (node.shadowRoot) visit(node.shadowRoot);
  };
  visit(shadow(el));
}

/** Put the page's own spacing back (the sheet above is adopted by the document). */
export function resetPageTextSpacing(): void {
  document.adoptedStyleSheets = [];
}

/** Visually hidden on purpose (live regions, headers read by screen readers): 1 px, clipped. */
function visuallyHidden(node: Element): boolean {
  const hidden = node.closest('.visually-hidden, .announce, thead') ?? node;
  const style = getComputedStyle(hidden);
  return style.position === 'absolute' && style.clipPath.startsWith('inset(50%');
}

/** Scrolls or cuts off by design: text the client types, and lists meant to scroll. */
const SCROLLS_BY_DESIGN = 'textarea, input, select';

/** What sticks out sideways or is cut off: the page, the element, or any box inside it (deeply). */
export function overflow(el: Element): string[] {
  const found: string[] = [];
  const page = document.documentElement;
  if (page.scrollWidth > page.clientWidth + 1) found.push(`the page: ${page.scrollWidth} > ${page.clientWidth}`);
  const element = el.getBoundingClientRect();
  if (element.right > page.clientWidth + 0.5) found.push(`the element: ${Math.round(element.right)}`);
  const viewport = { left: 0, right: page.clientWidth };
  const walk = (root: ShadowRoot) => {
    for (const node of root.querySelectorAll<HTMLElement>('*')) {
      if (visuallyHidden(node) || node.closest('[hidden], thead .visually-hidden')) continue;
      const name = `${node.localName}${node.id ? `#${node.id}` : ''}.${node.className}`;
      // A modal dialog is laid out in the window, not in the element.
      const frame = node.closest('dialog[open]') ? viewport : element;
      const box = node.getBoundingClientRect();
      if (box.width && (box.left < frame.left - 0.5 || box.right > frame.right + 0.5)) {
        found.push(`${name}: ${Math.round(box.left)}..${Math.round(box.right)}`);
      }
      const style = getComputedStyle(node);
      const cuts = (axis: string) => axis === 'hidden' || axis === 'clip';
      // A one-line gist ending in "…" shortens on purpose; the whole text is a click away.
      const shortened = style.textOverflow === 'ellipsis';
      if (!node.matches(SCROLLS_BY_DESIGN) && !shortened && node.clientWidth) {
        // Content wider than its box: it scrolls sideways, spills over what follows, or is cut.
        if (node.scrollWidth > node.clientWidth + 1) {
          found.push(
            `${cuts(style.overflowX) ? 'cut off' : 'too wide'}: ${name} ${node.scrollWidth} > ${node.clientWidth}`,
          );
        }
        // Taller than a box that does not scroll: the text is cut off.
        if (cuts(style.overflowY) && node.scrollHeight > node.clientHeight + 1) {
          found.push(`cut off: ${name} ${node.scrollHeight} > ${node.clientHeight}`);
        }
      }
      // A client widget inside (the composer's preview) is that widget's own, tested with it.
      if (node.shadowRoot && !node.hasAttribute('preview')) walk(node.shadowRoot);
    }
  };
  walk(shadow(el));
  return found;
}
