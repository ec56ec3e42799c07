// Every English message the clinician's side of the practice's loop adds: the caseload, the
// composer's "for which client", and the panel's name for an assignment it was not given.
// Each element imports its own file; the translations match this whole set.
import { caseloadMessages } from './caseload.js';
import { composerClientMessages, composerLinkMessages } from './composer-client.js';
import { panelLoopMessages } from './panel-loop.js';

export const practiceLoop = {
  ...caseloadMessages,
  ...composerClientMessages,
  ...composerLinkMessages,
  ...panelLoopMessages,
} as const;
