// A mood check-in being filled in: the scale it is asked on, a saved draft brought back, and
// which folded parts hold something. Pure; apart from mood-tracker.ts, which the schemas and
// the history share, so only the element's own first load carries it.
import type { Schemas } from '../lazy/schemas.js';
import { emptyCheckIn, isMoodScale, type MoodCheckInDraft, type MoodScale } from './mood-tracker.js';

/** The scale in effect: the assignment's, else the widget's `scale` when valid, else 0-10. */
export function scaleFor(assigned: MoodScale | undefined, attribute: unknown): MoodScale {
  return assigned ?? (isMoodScale(attribute) ? attribute : '0-10');
}

/** The optional parts of a check-in, folded until the client opens them. */
export type CheckInPart = 'emotions' | 'context' | 'sleep' | 'activity';

/** The optional parts holding something: a restored draft shows them open, nothing hidden. */
export function partsHolding(draft: MoodCheckInDraft): CheckInPart[] {
  const { sleep, activity } = draft;
  const holding: Record<CheckInPart, unknown> = {
    emotions: draft.emotions.length,
    context: draft.doing || draft.withWhom || draft.trigger,
    sleep: sleep?.hours !== undefined || sleep?.quality !== undefined,
    activity: activity?.name || activity?.mastery !== undefined || activity?.pleasure !== undefined,
  };
  return (Object.keys(holding) as CheckInPart[]).filter((part) => holding[part]);
}

/** A saved draft, checked (null when it cannot be used), for a check-in on `scale`. */
export function restoreCheckIn(saved: unknown, schemas: Schemas, scale: MoodScale): MoodCheckInDraft | null {
  if (!saved || typeof saved !== 'object') return null;
  const result = schemas.safeParse(schemas.moodCheckInDraftSchema, { ...emptyCheckIn(), ...saved });
  if (!result.success) return null;
  const draft = result.data;
  // A rating on another scale (the assignment changed) is not silently converted: ask again.
  if (draft.mood && draft.mood.scale !== scale) draft.mood = undefined;
  return draft;
}
