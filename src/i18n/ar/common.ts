// Arabic messages every widget uses.
import type { Catalogue } from '../catalogue-types.js';
import type { common as english } from '../en/common.js';
import type { formMessages } from '../en/form.js';
import type { selfReviewMessages } from '../en/self-review.js';
import type { storageMessages } from '../en/storage-messages.js';

export const common: Catalogue<
  typeof english & typeof storageMessages & typeof selfReviewMessages & typeof formMessages
> &
  Record<string, string> = {
  'status.loading': 'جارٍ فتح عملك المحفوظ…',
  'status.saving': 'جارٍ الحفظ على هذا الجهاز…',
  'status.saved': 'تم الحفظ على هذا الجهاز',
  'status.sending': 'جارٍ الإرسال…',
  'status.sent': 'تم الإرسال إلى معالجك',
  'status.willSend': 'تم الحفظ على هذا الجهاز. سيُرسَل عند اتصالك بالإنترنت.',
  'status.retrying': 'تم الحفظ على هذا الجهاز. لم يُرسَل بعد: تعذّر الوصول إلى الخادم. ستُعاد المحاولة {time}.',
  'status.retryingServer': 'تم الحفظ على هذا الجهاز. لم يُرسَل بعد: الخادم مشغول أو واجه مشكلة. ستُعاد المحاولة {time}.',
  'status.authRequired': 'تم الحفظ على هذا الجهاز. لم يُرسَل بعد: يُرجى تسجيل الدخول مرة أخرى.',
  'status.linkEnded':
    'تم الحفظ على هذا الجهاز. لم يُرسَل: هذا الرابط لم يعد يعمل. يُرجى طلب رابط جديد من معالجك؛ ما كتبته باقٍ هنا.',
  'status.rejected': 'لم يقبله الخادم: {message}',
  'status.rejectedKept': 'إجاباتك محفوظة على هذا الجهاز. لن يُرسَل شيء آخر؛ يُرجى إخبار معالجك بما تقوله هذه الرسالة.',
  'status.noEndpoint': 'تم الحفظ على هذا الجهاز. لم يُضبط أي عنوان لإرساله إليه.',
  'status.waiting.zero': '{count} إدخال بانتظار الإرسال.',
  'status.waiting.one': '{count} إدخال بانتظار الإرسال.',
  'status.waiting.two': '{count} إدخالان بانتظار الإرسال.',
  'status.waiting.few': '{count} إدخالات بانتظار الإرسال.',
  'status.waiting.many': '{count} إدخالًا بانتظار الإرسال.',
  'status.waiting.other': '{count} إدخال بانتظار الإرسال.',
  'submitted.title': 'تم الإرسال. شكرًا لقيامك بهذا.',
  'submitted.rating': '{name}: {value}',
  'submitted.change': '{name}: {before} ← {after}',
  'submitted.mood': 'المزاج',
  'submitted.again': 'ابدأ تمرينًا جديدًا',
  'old.draft': 'بدأت هذا في {date} ولم تغيّره منذ ذلك الحين. هل تحتفظ به أم تتخلّص منه؟',
  'old.refused': 'لم يقبل الخادم إدخالًا من {date} ({message}). ما زال محفوظًا على هذا الجهاز. هل تحتفظ به أم تتخلّص منه؟',
  'old.keep': 'احتفظ به',
  'old.discard': 'تخلّص منه',
  'action.retry': 'إعادة محاولة الإرسال',
  storageUnavailable:
    'لا يستطيع هذا المتصفح حفظ عملك على هذا الجهاز (التخزين غير متاح). يُرجى إبقاء هذه الصفحة مفتوحة حتى يتم الإرسال.',
  storageTimeout: 'الحفظ على هذا الجهاز لا يستجيب. لن يُحتفظ بعملك إلا ما دامت هذه الصفحة مفتوحة.',
  storageFull:
    'مساحة التخزين على هذا الجهاز ممتلئة. نصّك ما زال هنا، لكنه غير محفوظ. يُرجى تحرير بعض المساحة أو إرساله الآن.',
  storageOutdated:
    'توجد نسخة أحدث من هذه الصفحة مفتوحة في علامة تبويب أخرى. يُرجى إعادة تحميل هذه الصفحة لمواصلة الحفظ.',
  storageCleared:
    'لم يعد هذا الجهاز يحتفظ بالعمل الذي حفظته هنا سابقًا. إذا مُسحت بيانات الموقع في هذا المتصفح، فربما فُقد ما لم يُرسل بعد.',
  storageFailed: 'تعذّر حفظ عملك على هذا الجهاز. نصّك ما زال هنا.',
  'config.title': 'هذا التمرين غير مُعَدّ بشكل صحيح',
  'config.help': 'لم يُرسَل أي شيء. يُرجى إبلاغ الشخص الذي أعطاك هذا الرابط.',
  endpointInvalid: 'عنوان الإرسال (endpoint) ليس عنوانًا صالحًا.',
  endpointScheme: 'يجب أن يكون عنوان الإرسال (endpoint) عنوان https.',
  endpointInsecure:
    'يجب أن يستخدم عنوان الإرسال (endpoint) بروتوكول https (لا يُسمح بـ http غير المشفّر إلا على هذا الحاسوب، لأغراض الاختبار).',
  formatInvalid: 'يجب أن يكون التنسيق "native" أو "fhir".',
  credentialsInvalid: 'يجب أن تكون قيمة الإعداد credentials إحدى القيم: "omit" أو "same-origin" أو "include".',
  timeoutInvalid: 'يجب أن تكون مهلة الانتظار (timeout) عددًا بالمللي ثانية لا يقل عن 1000.',
  encryptionUnavailable: 'لا يستطيع هذا المتصفح تشفير المسودات هنا (يتطلب التشفير صفحة https).',
  authInvalid: 'يجب أن تكون getAuthHeaders دالة.',
  assignmentInvalid: 'الواجب غير صالح: {details}',
  assignmentWrongExercise: 'هذا الواجب مخصص لتمرين آخر ({exercise}).',
  'problem.title': 'قبل الإرسال:',
  fieldTooLong: 'هذا النص طويل جدًا (الحد الأقصى لعدد الأحرف هو {max}). لم يُحتفظ بالجزء الزائد.',
  'assignment.due': 'موعد التسليم: {date}',
  'assignment.note': 'ملاحظة من معالجك',
  'review.legend': 'نظرة إلى الوراء (اختياري)',
  'review.effort': 'الجهد: ما مقدار الجهد الذي بذلتُه؟',
  'review.usefulness': 'الفائدة: ما مدى فائدة هذا لي؟',
  'review.difficulty': 'الصعوبة: ما مدى صعوبة الأمر عليّ؟',
  'review.scale.0': 'لا شيء',
  'review.scale.4': 'كثيرًا',
  'review.rating': '{value} من 4',
  'review.obstacles': 'العقبات: ما الذي وقف في طريقي؟',
  'obstacle.forgot': 'نسيتُ',
  'obstacle.too-big': 'بدا لي كبيرًا جدًا',
  'obstacle.unclear': 'لم يكن واضحًا',
  'obstacle.did-not-fit': 'لم يكن مناسبًا لوضعي',
  'obstacle.avoided': 'ظللتُ أؤجّله',
  'obstacle.other': 'شيء آخر',
  'review.reflection': 'ما أستخلصه من هذا (في سطر واحد)',
  'rating.notRated': 'لم يُقيَّم بعد',
  'rating.rate': 'قيِّم',
  'rating.valueText': '{value} من {max}',
  'action.submit': 'إرسال إلى معالجي',
  'action.submitting': 'جارٍ الإرسال…',
};
