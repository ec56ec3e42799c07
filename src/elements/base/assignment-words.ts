// English needed only with an assignment or in a preview (the framing's words, the due
// date...): a chunk of its own, loaded when one of them appears.
import { onDemand } from '../../core/on-demand.js';
import { addEnglishMessages } from '../../i18n/catalogue.js';

export const loadAssignmentWords = onDemand('assignment-words', () =>
  import('../../i18n/en/assignment-words.js').then((words) => {
    addEnglishMessages(words.assignmentWords);
    return true;
  }),
);
