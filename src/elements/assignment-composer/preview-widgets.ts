// The client widget the preview shows, loaded when the preview first shows it: the
// composer's first load then holds none of the client widgets. Lit keeps the properties
// set on an element before its definition arrives, so the preview renders it at once and
// it upgrades when loaded. (The clinician's classic script inlines these imports.)
import type { Exercise } from '../../core/assignment.js';

const loaders: Record<Exercise, () => Promise<unknown>> = {
  'thought-record': () => import('../../define/hw-thought-record.js'),
  'mood-tracker': () => import('../../define/hw-mood-tracker.js'),
  'behavioural-experiment': () => import('../../define/hw-behavioural-experiment.js'),
};

const loading = new Map<Exercise, Promise<unknown>>();

export function loadPreviewWidget(exercise: Exercise): Promise<unknown> {
  let promise = loading.get(exercise);
  if (!promise) {
    promise = loaders[exercise]().catch((error: unknown) => {
      loading.delete(exercise); // tried again on the next render
      throw error;
    });
    loading.set(exercise, promise);
  }
  return promise;
}
