// The self-review's obstacles and its empty state, without zod (the schema is in
// engagement-schema.ts, which elements load apart, on demand).
import type { SelfReview } from './engagement-schema.js';

export const OBSTACLES = ['forgot', 'too-big', 'unclear', 'did-not-fit', 'avoided', 'other'] as const;

export function emptySelfReview(): SelfReview {
  return { obstacles: [], reflection: '' };
}
