// Hindi: loading the library's own files safely, and the addresses it refuses.
import type { Catalogue } from '../catalogue-types.js';
import type { safeLoading as english } from '../en/safe-loading.js';

export const safeLoading: Catalogue<typeof english> = {
  'load.failed':
    'इस अभ्यास का एक हिस्सा सुरक्षित रूप से लोड नहीं हो सका, इसलिए यह अभी नहीं खुल सकता। इस डिवाइस पर सहेजा गया सब कुछ सुरक्षित है।',
  'load.partial':
    'इस पेज का एक हिस्सा (जैसे इसका अनुवाद) सुरक्षित रूप से लोड नहीं हो सका। आप जो लिखते हैं वह इस डिवाइस पर सहेजा जाता रहेगा।',
  'load.tryAgain': 'फिर से कोशिश करें',
  endpointCredentials: 'एंडपॉइंट के पते में उपयोगकर्ता नाम या पासवर्ड नहीं होना चाहिए।',
  assignmentSrcOrigin: 'असाइनमेंट का पता एंडपॉइंट वाली साइट पर, या उसके लिए अनुमत साइट पर होना चाहिए ({details})।',
};
