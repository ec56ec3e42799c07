// Classic-script twin of preview-widgets.ts: the clinician's classic script holds the client
// widgets anyway (it cannot split code), so the composer's preview has nothing to wait for.
import '../define/hw-thought-record.js';
import '../define/hw-mood-tracker.js';
import '../define/hw-behavioural-experiment.js';

export const loadPreviewWidget = (): Promise<void> => Promise.resolve();
