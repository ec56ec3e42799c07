// French: "Please look at this" (see ../en/flag.ts).
import type { ClientMessages } from '../en/index.js';

export const flagMessages: Pick<ClientMessages, 'flag.label' | 'flag.note'> = {
  'flag.label': 'Merci de regarder ceci',
  'flag.note': 'Votre thérapeute le verra lors de votre prochain point, pas avant.',
};
