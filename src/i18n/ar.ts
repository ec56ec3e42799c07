// Arabic catalogue (Modern Standard Arabic, RTL), key for key with `en` plus the extra 'ar' plural categories.
import type { Messages } from './en.js';

export const ar: Messages & Record<string, string> = {
  // Status, shared by every widget
  'status.loading': 'جارٍ فتح عملك المحفوظ…',
  'status.saving': 'جارٍ الحفظ على هذا الجهاز…',
  'status.saved': 'تم الحفظ على هذا الجهاز',
  'status.sending': 'جارٍ الإرسال…',
  'status.sent': 'تم الإرسال إلى معالجك',
  'status.willSend': 'تم الحفظ على هذا الجهاز. سيُرسَل عند اتصالك بالإنترنت.',
  'status.retrying': 'تم الحفظ على هذا الجهاز. لم يُرسَل بعد: تعذّر الوصول إلى الخادم. ستُعاد المحاولة {time}.',
  'status.authRequired': 'تم الحفظ على هذا الجهاز. لم يُرسَل بعد: يُرجى تسجيل الدخول مرة أخرى.',
  'status.rejected': 'لم يقبله الخادم: {message}',
  'status.noEndpoint': 'تم الحفظ على هذا الجهاز. لم يُضبط أي عنوان لإرساله إليه.',
  'status.waiting.zero': '{count} إدخال بانتظار الإرسال.',
  'status.waiting.one': '{count} إدخال بانتظار الإرسال.',
  'status.waiting.two': '{count} إدخالان بانتظار الإرسال.',
  'status.waiting.few': '{count} إدخالات بانتظار الإرسال.',
  'status.waiting.many': '{count} إدخالًا بانتظار الإرسال.',
  'status.waiting.other': '{count} إدخال بانتظار الإرسال.',
  'status.submitted': 'تم الإرسال. يمكنك بدء تمرين جديد أدناه.',
  'action.retry': 'إعادة محاولة الإرسال',

  // Storage problems
  storageUnavailable:
    'لا يستطيع هذا المتصفح حفظ عملك على هذا الجهاز (التخزين غير متاح). يُرجى إبقاء هذه الصفحة مفتوحة حتى يتم الإرسال.',
  storageTimeout: 'الحفظ على هذا الجهاز لا يستجيب. لن يُحتفظ بعملك إلا ما دامت هذه الصفحة مفتوحة.',
  storageFull:
    'مساحة التخزين على هذا الجهاز ممتلئة. نصّك ما زال هنا، لكنه غير محفوظ. يُرجى تحرير بعض المساحة أو إرساله الآن.',
  storageOutdated:
    'توجد نسخة أحدث من هذه الصفحة مفتوحة في علامة تبويب أخرى. يُرجى إعادة تحميل هذه الصفحة لمواصلة الحفظ.',
  storageFailed: 'تعذّر حفظ عملك على هذا الجهاز. نصّك ما زال هنا.',

  // Configuration problems
  'config.title': 'هذا التمرين غير مُعَدّ بشكل صحيح',
  'config.help': 'لم يُرسَل أي شيء. يُرجى إبلاغ الشخص الذي أعطاك هذا الرابط.',
  endpointInvalid: 'عنوان الإرسال (endpoint) ليس عنوانًا صالحًا.',
  endpointScheme: 'يجب أن يكون عنوان الإرسال (endpoint) عنوان https.',
  endpointInsecure:
    'يجب أن يستخدم عنوان الإرسال (endpoint) بروتوكول https (لا يُسمح بـ http غير المشفّر إلا على هذا الحاسوب، لأغراض الاختبار).',
  credentialsInvalid: 'يجب أن تكون قيمة الإعداد credentials إحدى القيم: "omit" أو "same-origin" أو "include".',
  timeoutInvalid: 'يجب أن تكون مهلة الانتظار (timeout) عددًا بالمللي ثانية لا يقل عن 1000.',
  authInvalid: 'يجب أن تكون getAuthHeaders دالة.',
  assignmentInvalid: 'الواجب غير صالح: {details}',
  assignmentWrongExercise: 'هذا الواجب مخصص لتمرين آخر ({exercise}).',
  columnsInvalid: 'يجب أن يكون عدد الأعمدة 3 أو 5 أو 7.',

  // Form problems
  'problem.title': 'قبل الإرسال:',
  situationMissing: 'الموقف: يُرجى وصف ما حدث.',
  moodNameMissing: 'المشاعر: يحتاج كل شعور إلى كلمة تصفه، أو يمكنك حذفه.',
  thoughtTextMissing: 'الأفكار التلقائية: تحتاج كل فكرة إلى بضع كلمات، أو يمكنك حذفها.',
  fieldTooLong: 'هذا النص طويل جدًا (الحد الأقصى لعدد الأحرف هو {max}). لم يُحتفظ بالجزء الزائد.',

  // Assignment header
  'assignment.due': 'موعد التسليم: {date}',
  'assignment.note': 'ملاحظة من معالجك',

  // Thought record
  'tr.title': 'سجل الأفكار',
  'tr.intro': 'يمكنك التوقف بعد أي خطوة: كل ما يُكتب هنا يُحفظ على هذا الجهاز.',
  'tr.step': 'الخطوة {number} من {total}',
  'tr.situation.label': 'الموقف: مَن، وماذا، ومتى، وأين؟',
  'tr.situation.hint': 'يُرجى وصف ما حدث كما كانت كاميرا ستصوّره.',
  'tr.moods.legend': 'المشاعر',
  'tr.moods.hint': 'كلمة واحدة لكل شعور، ومدى شدّته (من 0 إلى 100).',
  'tr.moods.name': 'المشاعر: كلمة تصف الشعور {number}',
  'tr.moods.intensity': 'المشاعر: ما مدى شدّة الشعور {number}؟ (من 0 إلى 100)',
  'tr.moods.add': 'إضافة شعور',
  'tr.moods.remove': 'حذف الشعور {number}',
  'tr.thoughts.legend': 'الأفكار التلقائية',
  'tr.thoughts.hint':
    'ما الذي كان يدور في ذهني قُبيل أن أبدأ الشعور بهذه الطريقة؟ ماذا يقول هذا عني أو عن مستقبلي؟ ما الذي أخشى أن يحدث؟',
  'tr.thoughts.text': 'الأفكار التلقائية: الفكرة {number}',
  'tr.thoughts.hot': 'الأفكار التلقائية: الفكرة {number} هي فكرتي الساخنة',
  'tr.thoughts.add': 'إضافة فكرة',
  'tr.thoughts.remove': 'حذف الفكرة {number}',
  'tr.distortions.legend': 'الأفكار التلقائية: أنماط التفكير التي ألاحظها (اختياري)',
  'tr.evidenceFor.label': 'الأدلة التي تؤيد الفكرة الساخنة',
  'tr.evidenceFor.hint': 'حقائق، لا تفسيرات.',
  'tr.evidenceAgainst.label': 'الأدلة التي لا تؤيد الفكرة الساخنة',
  'tr.evidenceAgainst.hint': 'هل حدث شيء يُظهر أن هذا ليس صحيحًا تمامًا؟',
  'tr.balanced.label': 'الفكرة المتوازنة: طريقة أخرى للنظر إلى الأمر',
  'tr.balanced.hint': 'مع أخذ كل الأدلة في الحسبان، ما الطريقة الأكثر إنصافًا للنظر إلى هذا الأمر؟',
  'tr.balanced.belief': 'الفكرة المتوازنة: إلى أي مدى أصدّقها؟ (من 0 إلى 100)',
  'tr.rerate.legend': 'إعادة تقييم المشاعر',
  'tr.rerate.hint': 'ما مدى شدّة كل شعور الآن؟ (من 0 إلى 100)',
  'tr.rerate.intensity': 'إعادة تقييم المشاعر: {mood} الآن (من 0 إلى 100)',
  'tr.rerate.empty': 'بعد إضافة مشاعر في خطوة «المشاعر» يمكنك إعادة تقييمها هنا.',
  'tr.hotThought': 'الفكرة الساخنة',

  'distortion.all-or-nothing': 'تفكير الكل أو لا شيء',
  'distortion.overgeneralisation': 'التعميم المفرط',
  'distortion.mental-filter': 'التصفية الذهنية',
  'distortion.disqualifying-the-positive': 'استبعاد الإيجابيات',
  'distortion.jumping-to-conclusions': 'القفز إلى الاستنتاجات',
  'distortion.magnification-minimisation': 'التهويل أو التهوين',
  'distortion.emotional-reasoning': 'الاستدلال العاطفي',
  'distortion.should-statements': 'عبارات «يجب» و«ينبغي»',
  'distortion.labelling': 'إلصاق التسميات',
  'distortion.personalisation': 'الشخصنة',

  // Self-review (every exercise ends with it)
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

  'rating.valueText': '{value} من {max}',
  'action.submit': 'إرسال إلى معالجي',
  'action.submitting': 'جارٍ الإرسال…',
};
