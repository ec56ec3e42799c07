// <hw-thought-record> for the shared exercise suite.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { waitFor } from '../browser-fixtures.js';
import { buttonNamed, labelled, rateButtonFor, revealRating, tabUntil } from '../keyboard.js';
import { byLabel, deepActiveElement, typeInto } from '../shadow.js';
import type { ExerciseCase } from './types.js';

export const thoughtRecord: ExerciseCase = {
  tag: 'hw-thought-record',
  exercise: 'thought-record',
  loaded: ['.fields[aria-busy="false"] #situation'],
  textField: 'Situation',

  async fillByKeyboard() {
    await tabUntil(labelled('Situation'), 'Situation');
    await sendKeys({ type: 'Bus was late' });

    await tabUntil(buttonNamed('Add a mood'), 'Add a mood');
    await sendKeys({ press: 'Enter' });
    // Adding a row puts the keyboard in it.
    await waitFor(() => labelled('Moods: word for mood 1')(deepActiveElement()), 'focus in the new mood');
    await sendKeys({ type: 'irritated' });
    await sendKeys({ press: 'Tab' });
    // Unrated, the slider is a "Rate it" button; Enter shows the slider, focused, still unrated.
    expect(rateButtonFor('Moods: how strong was mood 1')(deepActiveElement())).to.equal(true);
    await revealRating('Moods: how strong was mood 1');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });

    await tabUntil(buttonNamed('Add a thought'), 'Add a thought');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => labelled('Automatic thoughts: thought 1')(deepActiveElement()), 'focus in the new thought');
    await sendKeys({ type: 'I will be late for everything' });

    await tabUntil(labelled('Balanced thought: a different'), 'Balanced thought');
    await sendKeys({ type: 'One late bus is not everything' });
    await sendKeys({ press: 'Tab' });
    await revealRating('Balanced thought: how much');
    await sendKeys({ press: 'End' });

    await revealRating('Re-rate moods: irritated');
    await sendKeys({ press: 'Home' });
  },

  expectKeyboardData(data) {
    expect(data.situation).to.equal('Bus was late');
    const moods = data.moods as Array<Record<string, unknown>>;
    expect(moods).to.have.length(1);
    expect(moods[0]).to.deep.include({ name: 'irritated', intensity: 52, rerated: 0 });
    expect((data.thoughts as Array<Record<string, unknown>>)[0]).to.deep.include({
      text: 'I will be late for everything',
      hot: true,
    });
    expect(data.balancedThought).to.equal('One late bus is not everything');
    expect(data.balancedBelief).to.equal(100);
  },

  async complete(el) {
    typeInto(byLabel(el, 'Situation'), 'Meeting ran late');
  },
  holds: (data) => data.situation === 'Meeting ran late',
  missing: { en: 'Situation: please describe what happened.', es: 'Situación: por favor, describe lo que pasó.' },
};
