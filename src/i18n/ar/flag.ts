// Arabic: "Please look at this" (see ../en/flag.ts).
import type { ClientMessages } from '../en/index.js';

export const flagMessages: Pick<ClientMessages, 'flag.label' | 'flag.note'> = {
  'flag.label': 'يُرجى الاطلاع على هذا',
  'flag.note': 'سيرى معالجك هذا في المراجعة القادمة، وليس قبل ذلك.',
};
