// What the mood tracker needs to show the client's own history: the summaries and the
// chart. A chunk of its own, loaded beside the device store that holds the check-ins, so
// the check-in form's first paint does not wait for it (see bench/README.md, "Size budgets").
export { localDay, moodPoint, summariseMood } from '../../exercises/mood-history.js';
export { renderMoodHistory } from './mood-history-view.js';
export { historyStyles } from './history-styles.js';
// Its English (the element adds it on load): not part of the check-in's first load.
export { moodHistory } from '../../i18n/en/mood-history.js';
// The history is redrawn only when what it shows changes (the form re-renders on every key).
export { guard } from 'lit/directives/guard.js';
