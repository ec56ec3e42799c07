// The clinician's classic script holds the client widgets anyway (it cannot split code):
// the composer's preview without the on-demand wrapper (replaces
// src/elements/assignment-composer/preview-widgets.ts in that build only).
import '../define/hw-thought-record.js';
import '../define/hw-mood-tracker.js';
import '../define/hw-behavioural-experiment.js';

export const loadPreviewWidget = (): Promise<void> => Promise.resolve();
