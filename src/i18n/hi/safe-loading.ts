// Hindi: loading the library's own files safely, and the addresses it refuses.
import type { Catalogue } from '../catalogue-types.js';
import type { assignmentFetch } from '../en/assignment-fetch.js';
import type { safeLoading as english } from '../en/safe-loading.js';

export const safeLoading: Catalogue<typeof english & typeof assignmentFetch> = {
  'load.failed': 'इस अभ्यास का एक हिस्सा सुरक्षित रूप से लोड नहीं हो सका। आपका सहेजा गया काम सुरक्षित है।',
  'load.tryAgain': 'फिर से कोशिश करें',
  endpointCredentials: 'एंडपॉइंट में उपयोगकर्ता नाम या पासवर्ड नहीं होना चाहिए।',
  assignmentSrcInvalid: 'असाइनमेंट का पता https पता होना चाहिए।',
  assignmentSrcRefused: 'असाइनमेंट लोड नहीं हो सका (सर्वर का जवाब: {details})।',
  assignmentSrcOrigin: 'असाइनमेंट का पता ({details}) एंडपॉइंट की साइट पर या उसके लिए अनुमत साइट पर होना चाहिए।',
};
