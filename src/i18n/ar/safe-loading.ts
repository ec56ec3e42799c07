// Arabic: loading the library's own files safely, and the addresses it refuses.
import type { Catalogue } from '../catalogue-types.js';
import type { assignmentOrigins } from '../en/assignment-origins.js';
import type { safeLoading as english } from '../en/safe-loading.js';

export const safeLoading: Catalogue<typeof english & typeof assignmentOrigins> = {
  'load.failed': 'تعذّر تحميل جزء من هذا التمرين بأمان. عملك المحفوظ باقٍ.',
  'load.partial': 'تعذّر تحميل جزء من هذه الصفحة بأمان (مثل ترجمتها).',
  'load.tryAgain': 'حاول مرة أخرى',
  endpointCredentials: 'يجب ألا يحتوي عنوان نقطة الاستقبال على اسم مستخدم أو كلمة مرور.',
  assignmentSrcOrigin: 'يجب أن يكون عنوان الواجب ({details}) على موقع نقطة الاستقبال أو على موقع مسموح له.',
};
