// English of the framing intros an assignment may ask for, and of the composer's preview.
// Shown only with an assignment (which waits for the schemas anyway) or in a preview: the
// widget loads these words then (a chunk of their own in the npm build) instead of carrying
// them in its first load.
export const assignmentWords = {
  'framing.self-improvement':
    'This exercise is for you: a way to understand your reactions and build skills that help you.',
  'framing.family':
    'This exercise can help you and the people close to you: understanding your reactions helps you care for your family, and lets them support you.',
  'framing.community':
    'This exercise can help you and your community: what you learn here can strengthen the ways you support others and are supported.',
  'preview.note': 'Preview: this is what your client will see. Nothing is saved or sent from here.',
} as const;
