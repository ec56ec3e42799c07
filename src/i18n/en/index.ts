// English: the source catalogue. Each widget's messages live in their own file so a new
// widget adds files instead of editing shared ones. The client widgets' part is in
// client.ts (built into every bundle); the clinician's elements' messages are added here.
import type { Catalogue } from '../catalogue-types.js';
import { assignmentComposer } from './assignment-composer.js';
import { clinicianLoading } from './clinician-loading.js';
import { composerWording } from './composer-wording.js';
import { enClient } from './client.js';
import { practiceLoop } from './practice-loop.js';
import { reviewPanel } from './review-panel.js';

/**
 * Every English message: the catalogue every locale matches key for key. The client bundles
 * carry only enClient; the clinician's elements add theirs when they load (catalogue.ts,
 * addEnglishMessages), so a client never downloads text only a clinician reads.
 */
/** What only the clinician's elements show: the second part of every translation. */
export const enClinician = {
  ...assignmentComposer,
  ...composerWording,
  ...reviewPanel,
  ...clinicianLoading,
  ...practiceLoop,
} as const;
export const en = { ...enClient, ...enClinician } as const;
export type MessageKey = keyof typeof en;
export type Messages = Catalogue<typeof en>;
export type ClientMessages = Catalogue<typeof enClient>;
export type ClinicianMessages = Catalogue<typeof enClinician>;
