// Plain one-line meanings of the thinking patterns (Burns's ten) beside their names: the
// names alone read as jargon to a client. Shown once the form is open, so this English
// travels in the schemas' chunk (core/schemas.ts), not in the thought record's first load.
export const thinkingPatterns = {
  'patterns.help': 'What do these mean?',
  'patterns.all-or-nothing': 'Seeing things as all good or all bad, with nothing in between.',
  'patterns.overgeneralisation': 'Taking one bad event as proof that it will always go this way.',
  'patterns.mental-filter': 'Noticing only what went wrong and missing the rest.',
  'patterns.disqualifying-the-positive': 'Deciding that good things do not count.',
  'patterns.jumping-to-conclusions': 'Deciding what others think, or what will happen, without the facts.',
  'patterns.magnification-minimisation': 'Making problems bigger, or strengths smaller, than they are.',
  'patterns.emotional-reasoning': 'Believing something is true because it feels true.',
  'patterns.should-statements': 'Strict rules about what I “should” or “must” do.',
  'patterns.labelling': 'Giving myself or others a harsh name, like “a failure”, after one event.',
  'patterns.personalisation': 'Blaming myself for things that were not only up to me.',
} as const;
