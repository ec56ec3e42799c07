// Simplified Chinese: "Need help now?" (see ../en/crisis.ts).
import type { ClientMessages } from '../en/index.js';

export const crisis: Pick<ClientMessages, 'crisis.title' | 'crisis.text' | 'crisis.notice'> = {
  'crisis.title': '现在需要帮助吗？',
  'crisis.text': '如果你身处危险，或有伤害自己的念头，请立即拨打当地的紧急电话，或前往最近的急诊科。',
  'crisis.notice': '你在这里写的内容不会被实时查看：你的治疗师会在下次回顾时看到，在此之前不会。',
};
