// Arabic (right to left): every English message, plus the plural forms Arabic has.
// The whole catalogue, in the two parts the widgets load (client.ts, clinician.ts).
import type { Messages } from '../en/index.js';
import { arClient } from './client.js';
import { arClinician } from './clinician.js';

export const ar: Messages & Record<string, string> = { ...arClient, ...arClinician };

export default ar;
