// Hindi: "Discard this draft" (see ../en/discard.ts).
import type { ClientMessages } from '../en/index.js';

export const discard: Pick<
  ClientMessages,
  | 'draft.discard'
  | 'draft.discard.confirm'
  | 'draft.discard.yes'
  | 'draft.discard.no'
  | 'draft.kept'
  | 'draft.replaced'
  | 'draft.restoreEarlier'
> = {
  'draft.discard': 'यह ड्राफ़्ट हटाएँ',
  'draft.discard.confirm':
    'यह ड्राफ़्ट हटाएँ? इसमें लिखा सब कुछ इस डिवाइस से मिट जाएगा और वापस नहीं आएगा। जो पहले ही भेजा जा चुका है, वह बना रहेगा।',
  'draft.discard.yes': 'ड्राफ़्ट हटाएँ',
  'draft.discard.no': 'इसे रखें',
  'draft.kept':
    'आपने {date} को यहाँ जो लिखा था, वह हमने रख लिया है। जब तक आप इसे जमा नहीं करते या हटाते नहीं, यह इसी डिवाइस पर रहता है।',
  'draft.replaced':
    'आपका पहले का लिखा हुआ खुलने से पहले ही आपने लिखना शुरू कर दिया। अभी जो लिखा है वह रखा गया है; आप उसकी जगह पहले का लिखा वापस ला सकते हैं।',
  'draft.restoreEarlier': 'पहले का लिखा वापस लाएँ',
};
