// Classic-script twin of calendar-file.ts: dist/cdn/lazy/calendar-file.js beside the script,
// imported on the first "Add to my calendar".
import { onDemand } from '../core/on-demand.js';
import type { calendarFile } from '../exercises/calendar-file.js';
import { importBesideScript } from '../cdn/script-url.js';

export const loadCalendarFile = onDemand(
  'lazy/calendar-file.js',
  async (attempt) =>
    (await importBesideScript('lazy/calendar-file.js', attempt)) as { calendarFile: typeof calendarFile },
);
