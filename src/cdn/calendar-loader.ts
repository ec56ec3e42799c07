// The classic script's calendar file: dist/cdn/lazy/calendar-file.js beside it, imported
// on the first "Add to my calendar" (see src/elements/behavioural-experiment/calendar-loader.ts).
import type { calendarFile } from '../exercises/calendar-file.js';
import { importBesideScript } from './script-url.js';

export const loadCalendarFile = async () =>
  (await importBesideScript('lazy/calendar-file.js')) as { calendarFile: typeof calendarFile };
