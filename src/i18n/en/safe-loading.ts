// English for loading the library's own files safely and for addresses it refuses, kept
// apart from other messages. The first three show when code or a translation cannot load,
// so they are in every widget's first load; the origin message is in assignment-origins.ts.
export const safeLoading = {
  'load.failed': 'Part of this exercise could not be loaded safely. Your saved work is kept.',
  'load.partial': 'Part of this page (such as its translation) could not be loaded safely.',
  'load.tryAgain': 'Try again',
  endpointCredentials: 'The endpoint must not contain a user name or password.',
} as const;
