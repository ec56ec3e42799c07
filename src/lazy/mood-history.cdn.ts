// Classic-script twin of mood-history.ts: the script holds the mood history anyway, so no
// chunk to wait for.
import * as view from '../elements/mood-tracker/history.js';

export const loadHistoryView = () => Promise.resolve(view);
