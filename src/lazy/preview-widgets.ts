// The client widget the preview shows, loaded when the preview first shows it: the
// composer's first load then holds none of the client widgets. Lit keeps the properties
// set on an element before its definition arrives, so the preview renders it at once and
// it upgrades when loaded. (The clinician's classic script holds them anyway: preview-widgets.cdn.ts.)
import type { Exercise } from '../core/assignment.js';
import { onDemand, type OnDemand } from '../core/on-demand.js';

// A failed load is forgotten (on-demand.ts): the next render tries again.
const loaders: Record<Exercise, OnDemand<unknown>> = {
  'thought-record': onDemand('preview thought-record', () => import('../define/hw-thought-record.js')),
  'mood-tracker': onDemand('preview mood-tracker', () => import('../define/hw-mood-tracker.js')),
  'behavioural-experiment': onDemand(
    'preview behavioural-experiment',
    () => import('../define/hw-behavioural-experiment.js'),
  ),
};

export const loadPreviewWidget = (exercise: Exercise): Promise<unknown> => loaders[exercise]();
