// Arabic: what the thinking patterns mean (see ../en/thinking-patterns.ts).
import type { Catalogue } from '../catalogue-types.js';
import type { thinkingPatterns as english } from '../en/thinking-patterns.js';

export const thinkingPatterns: Catalogue<typeof english> = {
  'patterns.help': 'ماذا تعني؟',
  'patterns.all-or-nothing': 'رؤية الأمور جيدة تمامًا أو سيئة تمامًا، دون شيء بينهما.',
  'patterns.overgeneralisation': 'اعتبار حدث سيئ واحد دليلًا على أن الأمر سيكون هكذا دائمًا.',
  'patterns.mental-filter': 'ملاحظة ما سار على نحو خاطئ فقط وتجاهل الباقي.',
  'patterns.disqualifying-the-positive': 'اعتبار الأشياء الجيدة غير مهمة.',
  'patterns.jumping-to-conclusions': 'الحكم على ما يفكر فيه الآخرون، أو على ما سيحدث، دون دليل.',
  'patterns.magnification-minimisation': 'تضخيم المشكلات، أو تصغير نقاط القوة، أكثر مما هي عليه.',
  'patterns.emotional-reasoning': 'الاعتقاد بأن شيئًا ما صحيح لأنني أشعر بأنه صحيح.',
  'patterns.should-statements': 'قواعد صارمة عمّا «ينبغي» أو «يجب» أن أفعله.',
  'patterns.labelling': 'إطلاق وصف قاسٍ على نفسي أو على الآخرين، مثل «فاشل»، بعد حدث واحد.',
  'patterns.personalisation': 'لوم نفسي على أمور لم تكن بيدي وحدي.',
};
