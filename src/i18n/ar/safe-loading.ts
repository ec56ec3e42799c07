// Arabic: loading the library's own files safely, and the addresses it refuses.
import type { Catalogue } from '../catalogue-types.js';
import type { assignmentFetch } from '../en/assignment-fetch.js';
import type { safeLoading as english } from '../en/safe-loading.js';

export const safeLoading: Catalogue<typeof english & typeof assignmentFetch> = {
  'load.failed': 'تعذّر تحميل جزء من هذا التمرين بأمان. عملك المحفوظ باقٍ.',
  'load.tryAgain': 'حاول مرة أخرى',
  endpointCredentials: 'يجب ألا يحتوي عنوان نقطة الاستقبال على اسم مستخدم أو كلمة مرور.',
  assignmentSrcInvalid: 'يجب أن يكون عنوان الواجب عنوان https.',
  assignmentSrcRefused: 'تعذّر تحميل الواجب (أجاب الخادم {details}).',
  assignmentSrcOrigin: 'يجب أن يكون عنوان الواجب ({details}) على موقع نقطة الاستقبال أو على موقع مسموح له.',
};
