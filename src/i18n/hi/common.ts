// Hindi messages every widget uses (आप, the respectful form used in Hindi health materials).
import type { Catalogue } from '../catalogue-types.js';
import type { common as english } from '../en/common.js';
import type { formMessages } from '../en/form.js';
import type { selfReviewMessages } from '../en/self-review.js';
import type { storageMessages } from '../en/storage-messages.js';

export const common: Catalogue<
  typeof english & typeof storageMessages & typeof selfReviewMessages & typeof formMessages
> = {
  'status.loading': 'आपका सहेजा हुआ काम खुल रहा है…',
  'status.saving': 'इस डिवाइस पर सहेजा जा रहा है…',
  'status.saved': 'इस डिवाइस पर सहेज लिया गया',
  'status.sending': 'भेजा जा रहा है…',
  'status.sent': 'आपके थेरेपिस्ट को भेज दिया गया',
  'status.willSend': 'इस डिवाइस पर सहेज लिया गया। इंटरनेट से जुड़ते ही इसे भेज दिया जाएगा।',
  'status.retrying': 'इस डिवाइस पर सहेज लिया गया। अभी भेजा नहीं गया: सर्वर से संपर्क नहीं हो सका। {time} फिर से कोशिश की जाएगी।',
  'status.retryingServer':
    'इस डिवाइस पर सहेज लिया गया। अभी भेजा नहीं गया: सर्वर व्यस्त है या उसमें कोई समस्या आई। {time} फिर से कोशिश की जाएगी।',
  'status.authRequired': 'इस डिवाइस पर सहेज लिया गया। अभी भेजा नहीं गया: कृपया फिर से साइन इन करें।',
  'status.linkEnded':
    'इस डिवाइस पर सहेज लिया गया। भेजा नहीं गया: यह लिंक अब काम नहीं करता। कृपया अपने थेरेपिस्ट से नया लिंक माँगें; आपने जो लिखा वह यहीं है।',
  'status.rejected': 'सर्वर ने इसे स्वीकार नहीं किया: {message}',
  'status.rejectedKept':
    'आपके उत्तर इस डिवाइस पर रखे गए हैं। और कुछ नहीं भेजा जाता; कृपया अपने थेरेपिस्ट को बताएँ कि यह संदेश क्या कहता है।',
  'status.noEndpoint': 'इस डिवाइस पर सहेज लिया गया। इसे भेजने के लिए कोई पता सेट नहीं है।',
  'status.waiting.one': '{count} प्रविष्टि भेजे जाने की प्रतीक्षा में है।',
  'status.waiting.other': '{count} प्रविष्टियाँ भेजे जाने की प्रतीक्षा में हैं।',
  'submitted.title': 'जमा हो गया। इसे करने के लिए धन्यवाद।',
  'submitted.rating': '{name}: {value}',
  'submitted.change': '{name}: {before} → {after}',
  'submitted.mood': 'मूड',
  'submitted.again': 'नया शुरू करें',
  'old.draft': 'आपने इसे {date} को शुरू किया था और तब से इसमें बदलाव नहीं किया। इसे रखें या हटा दें?',
  'old.refused': '{date} की एक प्रविष्टि सर्वर ने स्वीकार नहीं की ({message})। यह अब भी इस डिवाइस पर रखी है। इसे रखें या हटा दें?',
  'old.keep': 'इसे रखें',
  'old.discard': 'इसे हटा दें',
  'action.retry': 'फिर से भेजने की कोशिश करें',
  storageUnavailable: 'यह ब्राउज़र आपका काम इस डिवाइस पर सहेज नहीं सकता (स्टोरेज उपलब्ध नहीं है)। भेजे जाने तक यह पेज खुला रखें।',
  storageTimeout: 'इस डिवाइस पर सहेजना जवाब नहीं दे रहा है। आपका काम सिर्फ़ तब तक रहेगा जब तक यह पेज खुला है।',
  storageFull:
    'इस डिवाइस का स्टोरेज भर गया है। आपका लिखा हुआ अभी भी यहाँ है, पर सहेजा नहीं गया है। कुछ जगह ख़ाली करें या इसे अभी भेज दें।',
  storageOutdated: 'इस पेज का नया संस्करण किसी दूसरे टैब में खुला है। सहेजना जारी रखने के लिए यह पेज फिर से लोड करें।',
  storageCleared:
    'इस डिवाइस पर अब वह काम नहीं है जो आपने पहले यहाँ सहेजा था। अगर इस ब्राउज़र का साइट डेटा मिटाया गया है, तो जो अभी तक भेजा नहीं गया था वह शायद खो गया है।',
  storageFailed: 'आपका काम इस डिवाइस पर सहेजा नहीं जा सका। आपका लिखा हुआ अभी भी यहाँ है।',
  'config.title': 'यह अभ्यास ठीक से सेट नहीं है',
  'config.help': 'कुछ भी भेजा नहीं गया है। कृपया उस व्यक्ति को बताएँ जिसने आपको यह लिंक दिया है।',
  endpointInvalid: 'endpoint एक मान्य पता नहीं है।',
  endpointScheme: 'endpoint एक https पता होना चाहिए।',
  endpointInsecure:
    'endpoint को https का उपयोग करना चाहिए (बिना एन्क्रिप्शन वाला http सिर्फ़ इसी कंप्यूटर पर, जाँच के लिए, चलता है)।',
  credentialsInvalid: 'credentials सेटिंग "omit", "same-origin" या "include" होनी चाहिए।',
  timeoutInvalid: 'टाइमआउट (timeout) मिलीसेकंड में एक संख्या होनी चाहिए, कम से कम 1000।',
  encryptionUnavailable: 'यह ब्राउज़र यहाँ ड्राफ़्ट एन्क्रिप्ट नहीं कर सकता (एन्क्रिप्शन के लिए https पेज ज़रूरी है)।',
  authInvalid: 'getAuthHeaders एक फ़ंक्शन होना चाहिए।',
  assignmentInvalid: 'दिया गया होमवर्क मान्य नहीं है: {details}',
  assignmentWrongExercise: 'यह होमवर्क किसी दूसरे अभ्यास ({exercise}) के लिए है।',
  'problem.title': 'जमा करने से पहले:',
  fieldTooLong: 'यह लेख बहुत लंबा है (ज़्यादा से ज़्यादा {max} अक्षर)। बाक़ी हिस्सा नहीं रखा गया।',
  'assignment.due': 'अंतिम तिथि: {date}',
  'assignment.note': 'आपके थेरेपिस्ट का संदेश',
  'review.legend': 'पीछे मुड़कर देखें (वैकल्पिक)',
  'review.effort': 'मेहनत: मैंने कितनी मेहनत की?',
  'review.usefulness': 'उपयोगिता: यह मेरे लिए कितना उपयोगी रहा?',
  'review.difficulty': 'कठिनाई: यह कितना मुश्किल था?',
  'review.scale.0': 'बिल्कुल नहीं',
  'review.scale.4': 'बहुत ज़्यादा',
  'review.rating': '4 में से {value}',
  'review.obstacles': 'रुकावटें: किस चीज़ ने रास्ता रोका?',
  'obstacle.forgot': 'मुझे याद नहीं रहा',
  'obstacle.too-big': 'यह बहुत बड़ा काम लगा',
  'obstacle.unclear': 'बात साफ़ नहीं थी',
  'obstacle.did-not-fit': 'यह मेरी स्थिति के अनुकूल नहीं था',
  'obstacle.avoided': 'यह टलता रहा',
  'obstacle.other': 'कुछ और',
  'review.reflection': 'इससे मैंने क्या सीखा (एक पंक्ति में)',
  'rating.notRated': 'अभी रेटिंग नहीं दी गई',
  'rating.rate': 'रेटिंग दें',
  'rating.valueText': '{max} में से {value}',
  'action.submit': 'मेरे थेरेपिस्ट को भेजें',
  'action.submitting': 'जमा किया जा रहा है…',
  formatInvalid: 'फ़ॉर्मैट "native" या "fhir" होना चाहिए।',
};
