// The element classes, without registering any tag: for a scoped custom element registry, or
// to define them under names of the host's own (`customElements.define('my-check-in',
// HwMoodTracker)`). Importing this module defines nothing.
export { HwAssignmentComposer } from './elements/assignment-composer/hw-assignment-composer.js';
export { HwAssignmentList } from './elements/assignment-list/hw-assignment-list.js';
export { HwBehaviouralExperiment } from './elements/behavioural-experiment/hw-behavioural-experiment.js';
export { HwCaseload } from './elements/caseload/hw-caseload.js';
export { HwMoodTracker } from './elements/mood-tracker/hw-mood-tracker.js';
export { HwProvider } from './elements/provider/hw-provider.js';
export { HwReviewPanel } from './elements/review-panel/hw-review-panel.js';
export { HwThoughtRecord } from './elements/thought-record/hw-thought-record.js';
