// French: every English message, translated.
// The whole catalogue, in the two parts the widgets load (client.ts, clinician.ts).
import type { Messages } from '../en/index.js';
import { frClient } from './client.js';
import { frClinician } from './clinician.js';

export const fr: Messages = { ...frClient, ...frClinician };

export default fr;
