// Hindi: "Need help now?" (see ../en/crisis.ts).
import type { ClientMessages } from '../en/index.js';

export const crisis: Pick<ClientMessages, 'crisis.title' | 'crisis.text' | 'crisis.notice'> = {
  'crisis.title': 'क्या आपको अभी मदद चाहिए?',
  'crisis.text':
    'अगर आप खतरे में हैं या खुद को नुकसान पहुँचाने के बारे में सोच रहे हैं, तो अभी अपने स्थानीय आपातकालीन नंबर पर कॉल करें या नज़दीकी आपातकालीन विभाग में जाएँ।',
  'crisis.notice': 'यहाँ लिखी बातें तुरंत नहीं पढ़ी जातीं: आपके थेरेपिस्ट उन्हें अगली समीक्षा में देखेंगे, उससे पहले नहीं।',
};
