// Hindi: what only the clinician's elements show. Loaded once one of them is on the page.
import type { ClinicianMessages } from '../en/index.js';
import { assignmentComposer, composerWording } from './assignment-composer.js';
import { practiceLoop } from './practice-loop.js';
import { reviewPanel } from './review-panel.js';

export const hiClinician: ClinicianMessages = {
  ...assignmentComposer,
  ...composerWording,
  ...reviewPanel,
  ...practiceLoop,
  'load.languageFailed': 'आपकी भाषा लोड नहीं हो सकी, इसलिए अभी यह अंग्रेज़ी में दिखाया जा रहा है।',
};

export default hiClinician;
