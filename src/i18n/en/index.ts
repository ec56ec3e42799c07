// English: the source catalogue. Each widget's messages live in their own file so a new
// widget adds files instead of editing shared ones. The client widgets' part is in
// client.ts (built into every bundle); the clinician's elements' messages are added here.
import type { Catalogue } from '../catalogue-types.js';
import { assignmentComposer } from './assignment-composer.js';
import { enClient } from './client.js';

/** Every English message: the catalogue every locale matches key for key. */
export const en = { ...enClient, ...assignmentComposer } as const;
export type MessageKey = keyof typeof en;
export type Messages = Catalogue<typeof en>;
