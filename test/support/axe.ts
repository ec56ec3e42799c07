// axe with WCAG 2.2 A/AA and best-practice rules on the whole page, the element inside a
// host page's <main> under its <h1>, as a practice embeds it: so the page-level rules
// (`region`, `landmark-one-main`, `page-has-heading-one`), `heading-order` and the landmark
// rules judge the element in place. (chai-a11y-axe's `.accessible()` runs axe's default set,
// best-practice included, on the bare element, where page-level rules do not apply.)
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

const axe = (window as unknown as { axe: { run(context: Element, options: RunOptions): Promise<AxeResults> } }).axe;

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The element in a host page's `<main>` under the page's `<h1>`. */
export async function inHostPage<T extends Element>(element: TemplateResult, tag: string): Promise<T> {
  const page = await fixture<HTMLElement>(
    html`<div>
      <main>
        <h1>My homework</h1>
        ${element}
      </main>
    </div>`,
  );
  return page.querySelector(tag) as unknown as T;
}

/**
 * Two rules are off, each about the document the test runner serves, which no element
 * can mend: its <title> (document-title) and its <html lang> (html-has-lang).
 */
const RUNNER_PAGE_RULES = { 'document-title': { enabled: false }, 'html-has-lang': { enabled: false } };

/** Every violation, as "rule (impact): target", on the page; best-practice rules must have run. */
export async function axeViolations(): Promise<string[]> {
  const results = await axe.run(document.documentElement, {
    runOnly: { type: 'tag', values: AXE_TAGS },
    rules: RUNNER_PAGE_RULES,
  });
  const ran = [...results.passes, ...results.violations, ...results.incomplete];
  if (!ran.some((rule) => rule.tags.includes('best-practice'))) throw new Error('no best-practice rule ran');
  return results.violations.flatMap((rule) =>
    rule.nodes.map(
      (node) => `${rule.id} (${rule.impact}): ${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`,
    ),
  );
}
