// French: what only the clinician's elements show. Loaded once one of them is on the page.
import type { ClinicianMessages } from '../en/index.js';
import { assignmentComposer, composerWording } from './assignment-composer.js';
import { practiceLoop } from './practice-loop.js';
import { reviewPanel } from './review-panel.js';

export const frClinician: ClinicianMessages = {
  ...assignmentComposer,
  ...composerWording,
  ...reviewPanel,
  ...practiceLoop,
  'load.languageFailed': 'Votre langue n’a pas pu être chargée ; l’affichage reste en anglais pour l’instant.',
};

export default frClinician;
