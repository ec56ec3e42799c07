// The calendar file is made only when the client asks for a reminder, so it is not part
// of the element's first load: a chunk of its own in the npm build. (The classic script
// loads it from beside itself: calendar-file.cdn.ts.)
import { onDemand } from '../core/on-demand.js';

export const loadCalendarFile = onDemand('calendar-file', () => import('../exercises/calendar-file.js'));
