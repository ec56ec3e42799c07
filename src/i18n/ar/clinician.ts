// Arabic (right to left): what only the clinician's elements show, with the plural forms Arabic has. Loaded once one of them is on the page.
import type { ClinicianMessages } from '../en/index.js';
import { assignmentComposer, composerWording } from './assignment-composer.js';
import { practiceLoop } from './practice-loop.js';
import { reviewPanel } from './review-panel.js';

export const arClinician: ClinicianMessages & Record<string, string> = {
  ...assignmentComposer,
  ...composerWording,
  ...reviewPanel,
  ...practiceLoop,
  'load.languageFailed': 'تعذّر تحميل لغتك، لذا يُعرض هذا بالإنجليزية مؤقتًا.',
};

export default arClinician;
