// <hw-mood-tracker> for the shared exercise suite.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { labelled, rateButtonFor, revealRating, tabUntil } from '../keyboard.js';
import { byLabel, deepActiveElement, typeInto } from '../shadow.js';
import type { ExerciseCase } from './types.js';

const summaryNamed = (text: string) => (el: Element | null) =>
  el?.localName === 'summary' && el.textContent!.includes(text);

export const moodTracker: ExerciseCase = {
  tag: 'hw-mood-tracker',
  exercise: 'mood-tracker',
  // The history is drawn beside the check-in; it changes what Tab reaches.
  loaded: ['.fields[aria-busy="false"] #mood, .fields[aria-busy="false"] input[name="mood"]', '.history'],
  textField: 'Note',

  async fillByKeyboard() {
    // Each unrated slider is a "Rate it" button until Enter shows it, focused.
    await revealRating('Mood: how do I feel?');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });

    await tabUntil(summaryNamed('Emotions'), 'the emotions');
    await sendKeys({ press: 'Enter' });
    await tabUntil(labelled('Sad'), 'Sad');
    await sendKeys({ press: 'Space' });
    await revealRating('Emotions: how strong is "Sad"');
    await sendKeys({ press: 'End' });

    await tabUntil(summaryNamed('Sleep'), 'sleep');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    expect(rateButtonFor('Sleep: hours last night')(deepActiveElement())).to.equal(true);
    expect(deepActiveElement()!.textContent!.trim(), 'hours are not a rating').to.equal('Set hours');
    await revealRating('Sleep: hours last night');
    await sendKeys({ press: 'ArrowRight' });

    await tabUntil(labelled('Note'), 'the note');
    await sendKeys({ type: 'Stayed in all day' });
  },

  expectKeyboardData(data) {
    // The slider rests at 5 until touched: two steps left is 3.
    expect(data.mood).to.deep.equal({ value: 3, scale: '0-10' });
    expect(data.emotions).to.deep.equal([{ name: 'sad', intensity: 10 }]);
    expect(data.sleep).to.deep.equal({ hours: 8.5 });
    expect(data.note).to.equal('Stayed in all day');
  },

  async complete(el) {
    typeInto(byLabel(el, 'Mood: how do I feel?'), '7');
  },
  holds: (data) => (data.mood as { value: number } | undefined)?.value === 7,
  missing: { en: 'Mood: choose how you feel.', es: 'Ánimo: elige cómo te sientes.' },
};
