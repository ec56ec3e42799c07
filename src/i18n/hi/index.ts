// Hindi: every English message, translated.
// The whole catalogue, in the two parts the widgets load (client.ts, clinician.ts).
import type { Messages } from '../en/index.js';
import { hiClient } from './client.js';
import { hiClinician } from './clinician.js';

export const hi: Messages = { ...hiClient, ...hiClinician };

export default hi;
