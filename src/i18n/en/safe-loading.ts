// English for loading the library's own files safely and for addresses it refuses:
// kept apart so the wording of code loading can change without touching other messages.
export const safeLoading = {
  'load.failed':
    'Part of this exercise could not be loaded safely, so it cannot open yet. Anything saved on this device is kept.',
  'load.partial':
    'Part of this page could not be loaded safely (for example its translation). What you write is still saved on this device.',
  'load.tryAgain': 'Try again',
  endpointCredentials: 'The endpoint address must not contain a user name or password.',
  assignmentSrcOrigin:
    'The assignment address must be on the same site as the endpoint, or on a site allowed for it ({details}).',
} as const;
