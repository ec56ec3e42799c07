// Arabic: "Need help now?" (see ../en/crisis.ts).
import type { ClientMessages } from '../en/index.js';

export const crisis: Pick<ClientMessages, 'crisis.title' | 'crisis.text' | 'crisis.notice'> = {
  'crisis.title': 'هل تحتاج إلى مساعدة الآن؟',
  'crisis.text': 'إذا كنت في خطر أو تفكر في إيذاء نفسك، فاتصل الآن برقم الطوارئ المحلي أو توجّه إلى أقرب قسم طوارئ.',
  'crisis.notice': 'لا يُقرأ ما تكتبه هنا فور إرساله: سيراه معالجك في المراجعة القادمة، وليس قبل ذلك.',
};
