// Spanish: every English message, translated.
// The whole catalogue, in the two parts the widgets load (client.ts, clinician.ts).
import type { Messages } from '../en/index.js';
import { esClient } from './client.js';
import { esClinician } from './clinician.js';

export const es: Messages = { ...esClient, ...esClinician };

export default es;
