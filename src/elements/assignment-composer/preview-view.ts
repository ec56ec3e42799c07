// The composer's preview: the real client widget showing the last assignment that passed the
// schema. (Not in src/lazy/preview-widgets.ts: the clinician's classic script swaps that file.)
import { html, nothing } from 'lit';
import type { Assignment } from '../../core/assignment.js';
import { loadPreviewWidget } from '../../lazy/preview-widgets.js';

/** In preview mode: no draft is kept and nothing can be sent. */
export function renderPreview(a: Assignment | undefined) {
  if (!a) return nothing;
  // A widget that cannot load leaves its element empty; the form works without it.
  void loadPreviewWidget(a.exercise).catch(() => {});
  switch (a.exercise) {
    case 'thought-record':
      return html`<hw-thought-record preview .assignment=${a}></hw-thought-record>`;
    case 'mood-tracker':
      return html`<hw-mood-tracker preview .assignment=${a}></hw-mood-tracker>`;
    case 'behavioural-experiment':
      return html`<hw-behavioural-experiment preview .assignment=${a}></hw-behavioural-experiment>`;
  }
}
