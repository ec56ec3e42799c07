// Simplified Chinese: every English message, translated. Also serves zh, zh-CN, zh-SG
// The whole catalogue, in the two parts the widgets load (client.ts, clinician.ts).
import type { Messages } from '../en/index.js';
import { zhHansClient } from './client.js';
import { zhHansClinician } from './clinician.js';

export const zhHans: Messages = { ...zhHansClient, ...zhHansClinician };

export default zhHans;
