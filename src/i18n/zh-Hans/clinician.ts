// Simplified Chinese: what only the clinician's elements show. Loaded once one of them is on the page.
import type { ClinicianMessages } from '../en/index.js';
import { assignmentComposer, composerWording } from './assignment-composer.js';
import { practiceLoop } from './practice-loop.js';
import { reviewPanel } from './review-panel.js';

export const zhHansClinician: ClinicianMessages = {
  ...assignmentComposer,
  ...composerWording,
  ...reviewPanel,
  ...practiceLoop,
  'load.languageFailed': '无法加载您的语言，暂时以英文显示。',
};

export default zhHansClinician;
