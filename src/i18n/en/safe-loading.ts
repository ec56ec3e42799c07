// English for loading the library's own files safely and for addresses it refuses, kept
// apart from other messages. The first two show when code or a translation cannot load,
// so they are in every widget's first load; what fetching `assignment-src` may say is in assignment-fetch.ts.
export const safeLoading = {
  'load.failed': 'Part of this exercise could not be loaded safely. Your saved work is kept.',
  'load.tryAgain': 'Try again',
  endpointCredentials: 'The endpoint must not contain a user name or password.',
} as const;
