// English of the closing self-review (effort, usefulness, difficulty, obstacles, one line).
// It shows only inside a loaded form, so it travels in the schemas' chunk (core/schemas.ts);
// the review panel adds it for the obstacles it names.
export const selfReviewMessages = {
  'review.legend': 'Looking back (optional)',
  'review.effort': 'Effort: how much effort did I put in?',
  'review.usefulness': 'Usefulness: how useful was this for me?',
  'review.difficulty': 'Difficulty: how hard was it?',
  'review.scale.0': 'None',
  'review.scale.4': 'A lot',
  'review.rating': '{value} of 4',
  'review.obstacles': 'Obstacles: what got in the way?',
  'obstacle.forgot': 'I forgot',
  'obstacle.too-big': 'It felt too big',
  'obstacle.unclear': 'It was unclear',
  'obstacle.did-not-fit': 'It did not fit my situation',
  'obstacle.avoided': 'I put it off',
  'obstacle.other': 'Something else',
  'review.reflection': 'What I take from this (one line)',
} as const;
