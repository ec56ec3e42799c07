// English only a loaded form shows (Submit, problems, ratings, the assignment's due date and
// note): the form waits for the schemas' chunk, so these travel there (core/schemas.ts)
// rather than in every element's first load.
export const formMessages = {
  'action.retry': 'Try sending again',
  'problem.title': 'Before you submit:',
  fieldTooLong: 'This text is too long (at most {max} characters). The rest was not kept.',
  'assignment.due': 'Due {date}',
  'assignment.note': 'A note from your clinician',
  'rating.notRated': 'Not rated yet',
  'rating.valueText': '{value} of {max}',
  'action.submit': 'Submit to my clinician',
  'action.submitting': 'Submitting…',
} as const;
