// Simplified Chinese: what the thinking patterns mean (see ../en/thinking-patterns.ts).
import type { Catalogue } from '../catalogue-types.js';
import type { thinkingPatterns as english } from '../en/thinking-patterns.js';

export const thinkingPatterns: Catalogue<typeof english> = {
  'patterns.help': '这些是什么意思？',
  'patterns.all-or-nothing': '把事情看成完全好或完全坏，没有中间地带。',
  'patterns.overgeneralisation': '把一次不好的经历当作事情总会这样的证据。',
  'patterns.mental-filter': '只注意到出错的部分，忽略其余的。',
  'patterns.disqualifying-the-positive': '认为好的事情不算数。',
  'patterns.jumping-to-conclusions': '没有证据就断定别人在想什么，或将会发生什么。',
  'patterns.magnification-minimisation': '把问题看得比实际更大，或把自己的长处看得更小。',
  'patterns.emotional-reasoning': '因为感觉是真的，就认为它是真的。',
  'patterns.should-statements': '对自己“应该”或“必须”做什么定下严格的规矩。',
  'patterns.labelling': '因为一件事就给自己或别人贴上苛刻的标签，比如“失败者”。',
  'patterns.personalisation': '为并不只取决于自己的事情责怪自己。',
};
