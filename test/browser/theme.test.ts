// Theming in real Chromium, for every client widget: WCAG AA contrast by axe's
// color-contrast rule in light and dark (by attribute and by the OS preference), system
// colours and a visible focus ring under forced colours, no transitions with reduced
// motion, and the documented parts.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';
import '../../src/index.js';
import type { Assignment } from '../../src/core/assignment.js';
import { endpoint, freshDevice, waitFor } from '../support/browser-fixtures.js';
import { frameBackground, luminance } from '../support/colour.js';
import { button, shadow } from '../support/shadow.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean>; assignment?: Assignment };
const axe = (window as unknown as { axe: { run(context: Element, options: RunOptions): Promise<AxeResults> } }).axe;

const widgets = [
  { tag: 'hw-thought-record', exercise: 'thought-record', loaded: '#situation' },
  { tag: 'hw-mood-tracker', exercise: 'mood-tracker', loaded: '.history' },
  { tag: 'hw-behavioural-experiment', exercise: 'behavioural-experiment', loaded: '#phase' },
] as const;

async function widget(tag: string, loaded: string, theme?: 'light' | 'dark'): Promise<Widget> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement(tag) as Widget;
  el.setAttribute('endpoint', await endpoint());
  el.setAttribute('draft-key', 'theme');
  if (theme) el.setAttribute('theme', theme);
  host.append(el);
  await waitFor(
    () => shadow(el).querySelector('.fields[aria-busy="false"]') && shadow(el).querySelector(loaded),
    'the form',
  );
  return el;
}

/** Every colour pair axe can see: the clinician's note, problems shown, the status line. */
async function everyState(el: Widget, exercise: string): Promise<void> {
  el.assignment = {
    id: 'theme',
    exercise,
    title: 'This week',
    note: 'Take your time',
    dueDate: '2026-12-01',
    // The experiment offers Submit in its plan step only when the plan may be sent alone.
    ...(exercise === 'behavioural-experiment' ? { allowPlanOnly: true } : {}),
  } as Assignment;
  await el.updateComplete;
  button(el, 'Submit').click();
  await waitFor(() => shadow(el).querySelector('#submit-problems'), 'the problems');
  for (const details of shadow(el).querySelectorAll('details')) details.open = true;
  await el.updateComplete;
}

async function contrast(el: Element): Promise<{ violations: string[]; checked: number }> {
  const results = await axe.run(el, { runOnly: { type: 'rule', values: ['color-contrast'] } });
  return {
    violations: results.violations.flatMap((v) => v.nodes.map((node) => `${node.target}: ${node.failureSummary}`)),
    checked: results.passes.reduce((sum, pass) => sum + pass.nodes.length, 0),
  };
}

/** What a system colour keyword computes to on this page. */
function systemColour(keyword: string): string {
  const probe = document.createElement('span');
  probe.style.color = keyword;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

describe('theming', () => {
  beforeEach(freshDevice);
  afterEach(() => {
    document.documentElement.style.colorScheme = '';
    return emulateMedia({ colorScheme: 'light', forcedColors: 'none', reducedMotion: 'no-preference' });
  });

  for (const { tag, exercise, loaded } of widgets) {
    describe(`<${tag}>`, () => {
      for (const theme of ['light', 'dark'] as const) {
        it(`meets AA contrast (axe color-contrast) with theme="${theme}"`, async () => {
          // The OS says the opposite: the attribute must win.
          await emulateMedia({ colorScheme: theme === 'light' ? 'dark' : 'light' });
          const el = await widget(tag, loaded, theme);
          await everyState(el, exercise);
          const bright = luminance(frameBackground(el));
          expect(
            theme === 'dark' ? bright < 0.05 : bright > 0.9,
            `${theme} background ${frameBackground(el)}`,
          ).to.equal(true);
          const { violations, checked } = await contrast(el);
          expect(violations).to.deep.equal([]);
          expect(checked, 'text axe compared').to.be.greaterThan(10);
        });

        it(`shows hints and muted text at AAA contrast (7:1) with theme="${theme}"`, async () => {
          const el = await widget(tag, loaded, theme);
          await everyState(el, exercise);
          const results = await axe.run(el, { runOnly: { type: 'rule', values: ['color-contrast-enhanced'] } });
          const muted = (node: { target: unknown[] }) => /\.(hint|muted)\b/.test(String(node.target));
          const failing = results.violations.flatMap((v) => v.nodes.filter(muted).map((node) => String(node.target)));
          const checked = results.passes.flatMap((p) => p.nodes.filter(muted));
          expect(failing).to.deep.equal([]);
          expect(checked.length, 'hints and muted text axe compared').to.be.greaterThan(2);
        });

        it(`follows prefers-color-scheme: ${theme} without the attribute, on a page that offers both`, async () => {
          await emulateMedia({ colorScheme: theme });
          document.documentElement.style.colorScheme = 'light dark';
          const el = await widget(tag, loaded);
          await everyState(el, exercise);
          const bright = luminance(frameBackground(el));
          expect(theme === 'dark' ? bright < 0.05 : bright > 0.9).to.equal(true);
          const { violations, checked } = await contrast(el);
          expect(violations).to.deep.equal([]);
          expect(checked).to.be.greaterThan(10);
        });
      }

      it('uses system colours, borders and a visible focus ring under forced colours', async () => {
        await emulateMedia({ forcedColors: 'active' });
        const el = await widget(tag, loaded, 'dark');
        const frame = getComputedStyle(shadow(el).querySelector('[part~="base"]')!);
        expect(frame.backgroundColor).to.equal(systemColour('Canvas'));
        expect(frame.borderTopStyle).to.equal('solid');
        expect(frame.borderTopColor).to.equal(systemColour('CanvasText'));
        const field = shadow(el).querySelector<HTMLElement>('textarea, input[type="range"]:not([hidden])')!;
        field.focus();
        const ring = getComputedStyle(field);
        expect(ring.outlineStyle).to.equal('solid');
        expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
        expect(ring.outlineColor).to.equal(systemColour('Highlight'));
        for (const bordered of shadow(el).querySelectorAll('textarea, input[type="text"], button:not(.primary)')) {
          expect(getComputedStyle(bordered).borderTopStyle, bordered.localName).to.equal('solid');
          expect(getComputedStyle(bordered).borderTopColor, bordered.localName).to.be.oneOf([
            systemColour('CanvasText'),
            systemColour('LinkText'),
            systemColour('ButtonText'),
          ]);
        }
      });

      it('has no transitions or animations with prefers-reduced-motion', async () => {
        const el = await widget(tag, loaded);
        // Any button: the experiment's plan step has no Submit unless the plan may go alone.
        const submit = shadow(el).querySelector('button')!;
        expect(getComputedStyle(submit).transitionDuration).not.to.match(/^0s(, 0s)*$/);
        await emulateMedia({ reducedMotion: 'reduce' });
        for (const node of shadow(el).querySelectorAll('*')) {
          const style = getComputedStyle(node);
          expect(style.transitionDuration, node.localName).to.match(/^0s(, 0s)*$/);
          expect(style.animationName, node.localName).to.equal('none');
        }
      });

      it('exposes the documented parts', async () => {
        const el = await widget(tag, loaded);
        await everyState(el, exercise);
        for (const part of ['base', 'title', 'assignment', 'step', 'submit', 'status', 'error']) {
          expect(shadow(el).querySelector(`[part~="${part}"]`), part).to.exist;
        }
      });
    });
  }
});
