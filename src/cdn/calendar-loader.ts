// The classic script's calendar file: dist/cdn/lazy/calendar-file.js beside it, imported
// on the first "Add to my calendar" (see src/elements/behavioural-experiment/calendar-loader.ts).
import { onDemand } from '../core/on-demand.js';
import type { calendarFile } from '../exercises/calendar-file.js';
import { importBesideScript } from './script-url.js';

export const loadCalendarFile = onDemand(
  'lazy/calendar-file.js',
  async (attempt) =>
    (await importBesideScript('lazy/calendar-file.js', attempt)) as { calendarFile: typeof calendarFile },
);
