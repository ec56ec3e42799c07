// Arabic: a full disk at submit and after delivery (see en/device-storage.ts).
import type { Catalogue } from '../catalogue-types.js';
import type { deviceStorage as english } from '../en/device-storage.js';

export const deviceStorage: Catalogue<typeof english> = {
  'device.sendingUnsaved': 'لم يُحفظ على هذا الجهاز (مساحة التخزين ممتلئة): جارٍ الإرسال الآن…',
  'device.unsentCopy': 'لم يُحفظ على هذا الجهاز ولم يمكن إرساله. انسخ إجاباتك حتى لا تضيع، ثم حاول مرة أخرى.',
  'device.answers': 'إجاباتك',
  'device.copy': 'انسخ إجاباتك',
  'device.copied': 'تم النسخ.',
  'device.deliveredNotRecorded':
    'أُرسل إلى معالجك. مساحة التخزين في هذا الجهاز ممتلئة فلم يتمكن من الاحتفاظ بسجل لذلك: أفرغ بعض المساحة.',
};
