// Arabic: "Discard this draft" (see ../en/discard.ts).
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
  'draft.discard': 'تجاهل هذه المسودة',
  'draft.discard.confirm':
    'هل تريد تجاهل هذه المسودة؟ يُحذف كل ما كتبته فيها من هذا الجهاز ولا يمكن استعادته. يبقى ما أرسلته من قبل.',
  'draft.discard.yes': 'تجاهل المسودة',
  'draft.discard.no': 'الاحتفاظ بها',
  'draft.kept': 'احتفظنا بما كتبته هنا في {date}. يبقى على هذا الجهاز إلى أن ترسله أو تتخلّص منه.',
  'draft.replaced': 'بدأت الكتابة قبل أن يُحمَّل نصك السابق. ما كتبته محفوظ، ويمكنك استعادة النص السابق بدلًا منه.',
  'draft.restoreEarlier': 'استعادة النص السابق',
};
