// Which messages a clinician may reword for an exercise (prompts, hints, examples, the
// self-review, the framing intro): the keys the composer lists with their default text.
// Error messages are left out: they explain the widget, not the exercise. Pure, DOM-free.
import type { Exercise, Framing } from '../core/assignment.js';
import { enClient as en } from './en/client.js';
import type { MessageKey } from './en/index.js';

const PREFIXES: Record<Exercise, readonly string[]> = {
  'thought-record': ['tr.', 'distortion.'],
  // Emotion words have their own list (assignment.emotions); the history is the client's own view.
  'mood-tracker': ['mood.'],
  'behavioural-experiment': ['be.'],
};

const SHARED = ['review.', 'obstacle.'];
const LEFT_OUT =
  /(Missing|Blank|Invalid|Needed)$|^mood\.(future|emotion\.|history|time\.)|^tr\.title$|^mood\.title$|^be\.title$/;

/** The exercise's adaptable keys in catalogue order, then the self-review, then the framing intro. */
export function adaptableKeys(exercise: Exercise, framing?: Framing): MessageKey[] {
  const prefixes = [...PREFIXES[exercise], ...SHARED];
  const keys = (Object.keys(en) as MessageKey[]).filter(
    (key) => prefixes.some((prefix) => key.startsWith(prefix)) && !LEFT_OUT.test(key),
  );
  return framing ? [`framing.${framing}` as MessageKey, ...keys] : keys;
}
