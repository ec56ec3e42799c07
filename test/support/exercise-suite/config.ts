// A host's mistake is shown, reported and harmless: a visible alert, an hw-config-error event
// naming the problem, no form to fill in, nothing sent, and the page still accessible.
import { expect } from '@open-wc/testing';
import { endpoint, requestLog, waitFor } from '../browser-fixtures.js';
import { shadow } from '../shadow.js';
import type { ExerciseCase } from '../exercise-cases/index.js';
import { mount } from './mount.js';

interface Mistake {
  name: string;
  /** The element's attributes, given the test endpoint's address. */
  attributes(url: string): Record<string, string>;
  /** The assignment the host sets, if any. */
  assignment?: unknown;
  /** The problem the event names. */
  problem: string;
  /** Words of the visible explanation. */
  says: string;
}

function mistakes(c: ExerciseCase): Mistake[] {
  const other = c.exercise === 'mood-tracker' ? 'thought-record' : 'mood-tracker';
  return [
    {
      name: 'a javascript: endpoint',
      attributes: () => ({ endpoint: 'javascript:alert(1)' }),
      problem: 'endpointScheme',
      says: 'must be an https address',
    },
    {
      name: 'an assignment for another exercise',
      attributes: (url) => ({ endpoint: url }),
      assignment: { id: 'a-1', exercise: other },
      problem: `assignmentWrongExercise:${other}`,
      says: `different exercise (${other})`,
    },
  ];
}

export function configurationErrors(c: ExerciseCase): void {
  for (const mistake of mistakes(c)) {
    it(`with ${mistake.name}: a visible error, hw-config-error, no form and nothing sent`, async () => {
      // Heard where a host would listen: the event bubbles out of the element to the document.
      const reported: string[][] = [];
      const hear = (e: Event) => reported.push((e as Event & { problems: string[] }).problems);
      document.addEventListener('hw-config-error', hear);
      try {
        const el = await mount(c, mistake.attributes(await endpoint()), (el) => {
          if (mistake.assignment) el.assignment = mistake.assignment;
        });
        const errorText = () => shadow(el).querySelector('[part="error"]')?.textContent ?? '';
        await waitFor(() => errorText().includes(mistake.says), `"${mistake.says}" shown`);
        expect(errorText()).to.contain('This exercise is not set up correctly');
        const error = shadow(el).querySelector<HTMLElement>('[part="error"]')!;
        expect(error.getAttribute('role')).to.equal('alert');
        expect(error.checkVisibility(), 'the error is visible').to.equal(true);
        await waitFor(() => reported.length > 0, 'hw-config-error');
        expect(reported).to.deep.equal([[mistake.problem]]);
        expect(shadow(el).querySelector('textarea, input, select, button')).to.equal(null);
        expect(await requestLog()).to.have.length(0);
        await expect(el).to.be.accessible();
      } finally {
        document.removeEventListener('hw-config-error', hear);
      }
    });
  }
}
