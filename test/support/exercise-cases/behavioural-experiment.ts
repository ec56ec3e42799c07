// <hw-behavioural-experiment> for the shared exercise suite: both phases, plan then outcome.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BehaviouralExperimentData } from '../../../src/exercises/behavioural-experiment.js';
import { waitFor } from '../browser-fixtures.js';
import { buttonNamed, labelled, rateButtonFor, revealRating, tabUntil } from '../keyboard.js';
import { button, byLabel, deepActiveElement, shadow, typeInto } from '../shadow.js';
import type { ExerciseCase } from './types.js';

export const behaviouralExperiment: ExerciseCase = {
  tag: 'hw-behavioural-experiment',
  exercise: 'behavioural-experiment',
  loaded: ['.fields[aria-busy="false"] #phase'],
  textField: 'Target belief: what',

  async fillByKeyboard() {
    await tabUntil(labelled('Target belief: what'), 'Target belief');
    await sendKeys({ type: 'People will see I am anxious' });
    await sendKeys({ press: 'Tab' });
    expect(rateButtonFor('Target belief: how much')(deepActiveElement())).to.equal(true);
    await revealRating('Target belief: how much');
    await sendKeys({ press: 'End' });

    await tabUntil(labelled('Experiment: what'), 'Experiment');
    await sendKeys({ type: 'Order coffee without rehearsing' });
    await tabUntil(labelled('Prediction: what'), 'Prediction');
    await sendKeys({ type: 'My voice will shake and they will stare' });

    await tabUntil(buttonNamed('Add a safety behaviour'), 'Add a safety behaviour');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => labelled('Safety behaviour 1')(deepActiveElement()), 'focus in the new safety behaviour');
    await sendKeys({ type: 'Holding my phone' });

    await tabUntil(buttonNamed('Add an obstacle'), 'Add an obstacle');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => labelled('Obstacle 1: if')(deepActiveElement()), 'focus in the new obstacle');
    await sendKeys({ type: 'The queue is long' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'I wait anyway' });

    await tabUntil(buttonNamed('I did the experiment'), 'the outcome button');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => deepActiveElement()?.id === 'phase', 'focus on the outcome heading');

    await tabUntil(labelled('Outcome: what actually'), 'Outcome');
    await sendKeys({ type: 'The barista smiled' });
    await sendKeys({ press: 'Tab' });
    expect(labelled('Outcome compared')(deepActiveElement())).to.equal(true);
    await sendKeys({ type: 'Nobody stared' });
    await tabUntil(labelled('What I learned'), 'What I learned');
    await sendKeys({ type: 'My voice shakes less than I think' });
    await revealRating('Target belief now');
    await sendKeys({ press: 'Home' });
  },

  expectKeyboardData(entered) {
    const data = entered as unknown as BehaviouralExperimentData;
    expect(data).to.deep.include({
      phaseCompleted: 'outcome',
      targetBelief: 'People will see I am anxious',
      targetBeliefBefore: 100,
      experiment: 'Order coffee without rehearsing',
      prediction: 'My voice will shake and they will stare',
      outcome: 'The barista smiled',
      comparison: 'Nobody stared',
      learned: 'My voice shakes less than I think',
      targetBeliefAfter: 0,
    });
    expect(data.safetyBehaviours.map((s) => s.text)).to.deep.equal(['Holding my phone']);
    expect(data.obstacles.map(({ obstacle, strategy }) => ({ obstacle, strategy }))).to.deep.equal([
      { obstacle: 'The queue is long', strategy: 'I wait anyway' },
    ]);
  },

  async complete(el) {
    typeInto(byLabel(el, 'Target belief: what'), 'People will laugh');
    typeInto(byLabel(el, 'Experiment: what will I do?'), 'Tell a joke at lunch');
    await el.updateComplete;
    button(el, 'I did the experiment: record the outcome').click();
    await waitFor(() => shadow(el).querySelector('.fields[aria-busy="false"] #outcome'), 'the outcome phase');
    typeInto(byLabel(el, 'Outcome: what actually happened?'), 'Two people smiled');
  },
  holds: (data) => data.targetBelief === 'People will laugh' && data.outcome === 'Two people smiled',
  missing: {
    en: 'Target belief: please write the thought you are testing.',
    es: 'Creencia a poner a prueba: por favor, escribe el pensamiento que estás comprobando.',
  },
};
