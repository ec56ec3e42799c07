// "Please look at this" beside every exercise's form: shown only with a loaded draft, so it
// travels in the schemas' chunk (core/schemas.ts). Never a promise of a quick reply.
export const flagMessages = {
  'flag.label': 'Please look at this',
  'flag.note': 'Your clinician will see this at your next review, not before.',
} as const;
