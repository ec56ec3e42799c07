// English only a loaded form shows (Submit, problems, ratings, the assignment's due date and
// note, and what became of a submitted entry): the form waits for the schemas' chunk, so these
// travel there (core/schemas.ts) rather than in every element's first load. Delivery news
// only follows a submit or the outbox check, both after the draft (and so the schemas) loaded;
// an assignment is judged invalid only once the schemas are here (assignment-source.ts too).
export const formMessages = {
  'action.retry': 'Try sending again',
  'problem.title': 'Before you submit:',
  fieldTooLong: 'This text is too long (at most {max} characters). The rest was not kept.',
  'assignment.due': 'Due {date}',
  'assignment.note': 'A note from your clinician',
  'action.submit': 'Submit to my clinician',
  'action.submitting': 'Submitting…',
  'status.sending': 'Sending…',
  'status.sent': 'Sent to your clinician',
  'status.willSend': 'Saved on this device. It will be sent when you are online.',
  'status.retrying': 'Saved on this device. Not sent yet: the server could not be reached. Trying again {time}.',
  'status.retryingServer':
    'Saved on this device. Not sent yet: the server is busy or had a problem. Trying again {time}.',
  'status.authRequired': 'Saved on this device. Not sent yet: please sign in again.',
  'status.linkEnded':
    'Saved on this device. Not sent: this link no longer works. Please ask your therapist for a new link; what you wrote stays here.',
  'status.rejected': 'Not accepted by the server: {message}',
  'status.rejectedKept':
    'Your answers are kept on this device. Nothing more is sent; please tell your clinician what this says.',
  'status.noEndpoint': 'Saved on this device. No address to send it to is set up.',
  'status.waiting.one': '{count} entry is waiting to be sent.',
  'status.waiting.other': '{count} entries are waiting to be sent.',
  'submitted.title': 'Submitted. Thank you for doing this.',
  'submitted.rating': '{name}: {value}',
  'submitted.change': '{name}: {before} → {after}',
  'submitted.mood': 'Mood',
  'submitted.again': 'Start a new one',
  'old.draft': 'You started this on {date} and have not changed it since. Keep it, or discard it?',
  'old.refused':
    'An entry from {date} was not accepted by the server ({message}). It is still kept on this device. Keep it, or discard it?',
  'old.keep': 'Keep it',
  'old.discard': 'Discard it',
  assignmentInvalid: 'The assignment is not valid: {details}',
  assignmentWrongExercise: 'This assignment is for a different exercise ({exercise}).',
} as const;
