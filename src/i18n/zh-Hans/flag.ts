// Simplified Chinese: "Please look at this" (see ../en/flag.ts).
import type { ClientMessages } from '../en/index.js';

export const flagMessages: Pick<ClientMessages, 'flag.label' | 'flag.note'> = {
  'flag.label': '请看看这条',
  'flag.note': '你的治疗师会在下次回顾时看到，在此之前不会。',
};
