// Hindi: "Please look at this" (see ../en/flag.ts).
import type { ClientMessages } from '../en/index.js';

export const flagMessages: Pick<ClientMessages, 'flag.label' | 'flag.note'> = {
  'flag.label': 'कृपया इसे देखें',
  'flag.note': 'आपके थेरेपिस्ट इसे आपकी अगली समीक्षा में देखेंगे, उससे पहले नहीं।',
};
