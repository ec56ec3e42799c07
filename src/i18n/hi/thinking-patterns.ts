// Hindi: what the thinking patterns mean (see ../en/thinking-patterns.ts).
import type { Catalogue } from '../catalogue-types.js';
import type { thinkingPatterns as english } from '../en/thinking-patterns.js';

export const thinkingPatterns: Catalogue<typeof english> = {
  'patterns.help': 'इनका मतलब क्या है?',
  'patterns.all-or-nothing': 'चीज़ों को या तो पूरी तरह अच्छा या पूरी तरह बुरा देखना, बीच में कुछ नहीं।',
  'patterns.overgeneralisation': 'एक बुरी घटना को इस बात का सबूत मान लेना कि हमेशा ऐसा ही होगा।',
  'patterns.mental-filter': 'सिर्फ़ वही देखना जो ग़लत हुआ, और बाकी को अनदेखा कर देना।',
  'patterns.disqualifying-the-positive': 'यह मान लेना कि अच्छी बातें गिनती में नहीं आतीं।',
  'patterns.jumping-to-conclusions': 'बिना सबूत के तय कर लेना कि दूसरे क्या सोचते हैं या आगे क्या होगा।',
  'patterns.magnification-minimisation': 'समस्याओं को जितनी हैं उससे बड़ा, या अपनी खूबियों को छोटा, समझना।',
  'patterns.emotional-reasoning': 'किसी बात को सच मान लेना क्योंकि वह सच जैसी महसूस होती है।',
  'patterns.should-statements': 'मुझे क्या “करना चाहिए” या “करना ही है”, इसके कड़े नियम।',
  'patterns.labelling': 'एक घटना के बाद खुद को या दूसरों को कोई कठोर नाम देना, जैसे “नाकाम”।',
  'patterns.personalisation': 'उन बातों के लिए खुद को दोष देना जो सिर्फ़ मेरे हाथ में नहीं थीं।',
};
