// Entry of the client's list classic script (dist/cdn/homework-elements-list.iife.js): only
// <hw-assignment-list>, for the client's own page. Opening an exercise goes to a page with
// the widgets' script, so neither script carries the other.
export { HwAssignmentList, HwAssignmentOpenEvent, clearCachedLists } from '../define/hw-assignment-list.js';
export { registerMessages } from '../i18n/catalogue.js';
