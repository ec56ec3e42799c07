// Hindi: a full disk at submit and after delivery (see en/device-storage.ts).
import type { Catalogue } from '../catalogue-types.js';
import type { deviceStorage as english } from '../en/device-storage.js';

export const deviceStorage: Catalogue<typeof english> = {
  'device.sendingUnsaved': 'इस डिवाइस पर सहेजा नहीं गया (इसका स्टोरेज भरा है): अभी भेजा जा रहा है…',
  'device.unsentCopy':
    'इस डिवाइस पर सहेजा नहीं गया, और भेजा भी नहीं जा सका। अपने जवाब कॉपी कर लें ताकि वे खो न जाएँ, फिर दोबारा कोशिश करें।',
  'device.answers': 'आपके जवाब',
  'device.copy': 'अपने जवाब कॉपी करें',
  'device.copied': 'कॉपी हो गया।',
  'device.deliveredNotRecorded':
    'आपके थेरेपिस्ट को भेज दिया गया। इस डिवाइस का स्टोरेज भरा है, इसलिए इसका रिकॉर्ड नहीं रखा जा सका: कुछ जगह खाली करें।',
};
