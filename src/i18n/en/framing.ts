// English framing intros, shown above an assignment's fields. An assignment is shown only
// once the schemas' chunk has checked it, so they travel in that chunk (core/schemas.ts),
// not in every element's first load.
export const framingIntros = {
  'framing.self-improvement':
    'This exercise is for you: a way to understand your reactions and build skills that help you.',
  'framing.family':
    'This exercise can help you and the people close to you: understanding your reactions helps you care for your family, and lets them support you.',
  'framing.community':
    'This exercise can help you and your community: what you learn here can strengthen the ways you support others and are supported.',
} as const;
