// The mood check-in. PLACEHOLDER: the mood tracker issue fills this in.
import * as z from 'zod/mini';

export const MOOD_TRACKER = 'mood-tracker';
export const MOOD_TRACKER_SCHEMA = 'mood-tracker/1';

export const moodTrackerDataSchema = z.object({});
export type MoodTrackerData = z.infer<typeof moodTrackerDataSchema>;
