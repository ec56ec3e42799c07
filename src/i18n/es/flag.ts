// Spanish: "Please look at this" (see ../en/flag.ts).
import type { ClientMessages } from '../en/index.js';

export const flagMessages: Pick<ClientMessages, 'flag.label' | 'flag.note'> = {
  'flag.label': 'Por favor, revisa esto',
  'flag.note': 'Tu terapeuta lo verá en tu próxima revisión, no antes.',
};
