// English messages every widget uses: the source every locale matches key for key.
export const common = {
  'status.loading': 'Opening your saved work…',
  'status.saving': 'Saving on this device…',
  'status.saved': 'Saved on this device',
  // The fields' own words: they show before the draft (and the form's other words) arrive.
  'rating.notRated': 'Not rated yet',
  'rating.rate': 'Rate it',
  'rating.valueText': '{value} of {max}',
  'config.title': 'This exercise is not set up correctly',
  'config.help': 'Nothing has been sent. Please tell the person who gave you this link.',
  endpointInvalid: 'The endpoint is not a valid address.',
  endpointScheme: 'The endpoint must be an https address.',
  endpointInsecure: 'The endpoint must use https (plain http is only allowed on this computer, for testing).',
  formatInvalid: 'The format must be "native" or "fhir".',
  credentialsInvalid: 'The credentials setting must be "omit", "same-origin" or "include".',
  timeoutInvalid: 'The timeout must be a number of milliseconds, at least 1000.',
  encryptionUnavailable: 'This browser cannot encrypt drafts here (encryption needs an https page).',
  authInvalid: 'getAuthHeaders must be a function.',
} as const;
