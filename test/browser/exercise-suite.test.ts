// One suite for every exercise element (the cases are in test/support/exercise-cases): what
// every exercise must do the same way, whatever it asks of the client. Checks that belong to
// one exercise stay in that exercise's own test files.
import '../../src/index.js';
import { freshDevice, resetServer } from '../support/browser-fixtures.js';
import { exerciseCases } from '../support/exercise-cases/index.js';
import { axeClean } from '../support/exercise-suite/axe.js';
import { configurationErrors } from '../support/exercise-suite/config.js';
import { draftRestore } from '../support/exercise-suite/draft.js';
import { formParticipation } from '../support/exercise-suite/form.js';
import { keyboardCompletion } from '../support/exercise-suite/keyboard.js';

for (const c of exerciseCases) {
  describe(`<${c.tag}>: the exercise suite`, () => {
    beforeEach(async () => {
      await freshDevice();
      await resetServer();
    });

    describe('keyboard', () => keyboardCompletion(c));
    describe('draft', () => draftRestore(c));
    describe('configuration errors', () => configurationErrors(c));
    describe('as a native form control', () => formParticipation(c));
    describe('axe finds no violations', () => axeClean(c));
  });
}
