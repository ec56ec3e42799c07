// Spanish: what only the clinician's elements show. Loaded once one of them is on the page.
import type { ClinicianMessages } from '../en/index.js';
import { assignmentComposer, composerWording } from './assignment-composer.js';
import { practiceLoop } from './practice-loop.js';
import { reviewPanel } from './review-panel.js';

export const esClinician: ClinicianMessages = {
  ...assignmentComposer,
  ...composerWording,
  ...reviewPanel,
  ...practiceLoop,
  'load.languageFailed': 'No se pudo cargar su idioma; por ahora se muestra en inglés.',
};

export default esClinician;
