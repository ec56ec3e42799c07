// What is particular to this exercise's accessibility. Keyboard completion, the quiet autosave,
// and axe when empty, with a configuration error, right to left and dark are in the shared
// exercise suite (exercise-suite.test.ts).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { HwBehaviouralExperiment } from '../../src/index.js';
import { isoWithOffset } from '../../src/core/clock.js';
import type { Entry } from '../../src/core/entry.js';
import {
  completedExperiment,
  emptyExperiment,
  type ExperimentDraft,
} from '../../src/exercises/behavioural-experiment.js';
import { getStore } from '../../src/storage/open-store.js';
import { makeReceipt } from '../../src/storage/receipts.js';
import { endpoint, freshDevice, resetServer, waitFor } from '../support/browser-fixtures.js';
import { alertText, button, byLabel, deepActiveElement, shadow, typeInto } from '../support/shadow.js';
import { buttonNamed } from '../support/keyboard.js';

async function ready(el: HwBehaviouralExperiment) {
  await el.updateComplete;
  await waitFor(() => shadow(el).querySelector('.fields[aria-busy="false"] #phase'), 'the form');
  return el;
}

async function experiment(attributes: { lang?: string; theme?: 'dark'; draftKey?: string } = {}) {
  return ready(
    await fixture<HwBehaviouralExperiment>(
      html`<hw-behavioural-experiment
        endpoint=${await endpoint()}
        draft-key=${attributes.draftKey ?? 'axe'}
        lang=${attributes.lang ?? 'en'}
        theme=${attributes.theme ?? 'light'}
      ></hw-behavioural-experiment>`,
    ),
  );
}

/** An earlier run of the same experiment, delivered from this device. */
async function deliveredEarlierRun(targetBelief: string) {
  const at = isoWithOffset(Date.now() - 7 * 24 * 60 * 60 * 1000);
  const data = completedExperiment(
    {
      ...emptyExperiment(),
      phase: 'outcome',
      targetBelief,
      experiment: 'x',
      outcome: 'y',
      targetBeliefBefore: 90,
      targetBeliefAfter: 60,
    },
    [],
    at,
  );
  const entry = {
    id: crypto.randomUUID(),
    exercise: 'behavioural-experiment',
    schema: 'behavioural-experiment/1',
    assignmentId: null,
    subject: null,
    status: 'completed',
    locale: 'en',
    createdAt: at,
    updatedAt: at,
    completedAt: at,
    data,
    engagement: {
      activeSeconds: 1,
      sittings: 1,
      edits: 1,
      fieldsFilled: 1,
      fieldsOffered: 11,
      selfReview: { obstacles: [], reflection: '' },
    },
  } as Entry;
  const store = await getStore();
  const delivered = { id: entry.id, endpoint: await endpoint(), entry, deliveredAt: Date.now(), status: 201 };
  await store.markDelivered(await makeReceipt(store, delivered, false));
}

/** A draft in the outcome phase, as a client leaves it days after planning. */
async function outcomeDraft(draftKey: string, change: Partial<ExperimentDraft> = {}) {
  const at = isoWithOffset();
  await (
    await getStore()
  ).putDraft({
    key: `behavioural-experiment:${draftKey}`,
    exercise: 'behavioural-experiment',
    entryId: crypto.randomUUID(),
    assignmentId: null,
    data: {
      ...emptyExperiment(),
      phase: 'outcome',
      targetBelief: 'If I speak up, people will think I am stupid',
      targetBeliefBefore: 80,
      alternativeBelief: 'Most people will be thinking about their own work',
      alternativeBeliefBefore: 30,
      experiment: 'Ask one question',
      prediction: 'Someone will smirk',
      predictionCheck: 'I will see it',
      planCompletedAt: at,
      ...change,
    },
    selfReview: null,
    engagement: { activeMs: 60_000, sittings: 1, edits: 12 },
    createdAt: at,
    updatedAt: at,
  });
}

describe('<hw-behavioural-experiment> accessibility', () => {
  beforeEach(async () => {
    await freshDevice();
    await resetServer();
  });

  it('can go back to the plan with the keyboard, and focus lands on its heading', async () => {
    await outcomeDraft('back');
    const el = await experiment({ draftKey: 'back' });
    button(el, 'View or change the plan').focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => deepActiveElement()?.textContent === 'Part 1 of 2: the plan', 'focus on the plan heading');
  });

  it('puts the keyboard back on "Add" after removing a row', async () => {
    const el = await experiment();
    button(el, 'Add a safety behaviour').click();
    await el.updateComplete;
    button(el, 'Remove safety behaviour 1').focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => buttonNamed('Add a safety behaviour')(deepActiveElement()), 'focus on Add');
  });

  describe('axe finds no violations', () => {
    it('in a full plan with an assignment, rows, a planned time and the self-review', async () => {
      const el = await experiment();
      el.assignment = {
        id: 'axe-plan',
        exercise: 'behavioural-experiment',
        title: 'This week',
        instructions: 'Plan it on Monday',
        note: 'Small steps',
        dueDate: '2026-12-01',
        allowPlanOnly: true,
      };
      await ready(el);
      typeInto(byLabel(el, 'Target belief: what'), 'They will laugh');
      typeInto(byLabel(el, 'Alternative belief (optional)'), 'They will not notice');
      typeInto(byLabel(el, 'Experiment: when?'), '2026-12-01T18:30');
      button(el, 'Add a safety behaviour').click();
      button(el, 'Add an obstacle').click();
      await el.updateComplete;
      expect(button(el, 'Add a reminder')).to.exist;
      expect(shadow(el).textContent).to.contain('Looking back');
      await expect(el).to.be.accessible();
    });

    it('in a survey plan', async () => {
      const el = await experiment();
      shadow(el).querySelectorAll<HTMLInputElement>('input[name="type"]')[1].click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('in the outcome phase, with the prediction beside it and an earlier run', async () => {
      await deliveredEarlierRun('If I speak up, people will think I am stupid');
      await outcomeDraft('axe-outcome');
      const el = await experiment({ draftKey: 'axe-outcome' });
      await waitFor(() => shadow(el).textContent!.includes('Earlier runs'), 'the earlier run');
      await expect(el).to.be.accessible();
    });

    it('with submit problems shown', async () => {
      const el = await experiment();
      // A plan may be sent alone here, so Submit is offered in the plan step.
      el.assignment = { id: 'a-axe', exercise: 'behavioural-experiment', allowPlanOnly: true };
      await waitFor(
        () =>
          shadow(el).querySelector('.fields[aria-busy="false"] #phase') && shadow(el).querySelector('[part="submit"]'),
        'Submit',
      );
      button(el, 'Submit').click();
      await waitFor(() => alertText(el).includes('Target belief'), 'the problems');
      await expect(el).to.be.accessible();
    });

    it('in Arabic, right to left, in both phases', async () => {
      const plan = await experiment({ lang: 'ar', draftKey: 'ar-plan' });
      expect(getComputedStyle(shadow(plan).querySelector('section')!).direction).to.equal('rtl');
      await expect(plan).to.be.accessible();
      await outcomeDraft('ar-outcome');
      const outcome = await experiment({ lang: 'ar', draftKey: 'ar-outcome' });
      expect(shadow(outcome).querySelector('#phase')!.textContent).to.equal('الجزء 2 من 2: النتيجة');
      await expect(outcome).to.be.accessible();
    });

    it('in the dark theme, in both phases', async () => {
      await expect(await experiment({ theme: 'dark', draftKey: 'dark-plan' })).to.be.accessible();
      await outcomeDraft('dark-outcome');
      await expect(await experiment({ theme: 'dark', draftKey: 'dark-outcome' })).to.be.accessible();
    });
  });
});
