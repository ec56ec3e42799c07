// Arabic: loading the library's own files safely, and the addresses it refuses.
import type { Catalogue } from '../catalogue-types.js';
import type { safeLoading as english } from '../en/safe-loading.js';

export const safeLoading: Catalogue<typeof english> = {
  'load.failed': 'تعذّر تحميل جزء من هذا التمرين بأمان، لذلك لا يمكن فتحه بعد. ما حُفظ على هذا الجهاز باقٍ.',
  'load.partial': 'تعذّر تحميل جزء من هذه الصفحة بأمان (مثل ترجمتها). ما تكتبه لا يزال يُحفظ على هذا الجهاز.',
  'load.tryAgain': 'حاول مرة أخرى',
  endpointCredentials: 'يجب ألا يحتوي عنوان نقطة الاستقبال على اسم مستخدم أو كلمة مرور.',
  assignmentSrcOrigin:
    'يجب أن يكون عنوان الواجب على الموقع نفسه الذي عليه نقطة الاستقبال، أو على موقع مسموح له ({details}).',
};
