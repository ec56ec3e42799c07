// English for a clinician element (review panel, composer) whose translation could not be
// loaded: it works on in English and says so, with "Try again" (load.tryAgain, shared).
export const clinicianLoading = {
  'load.languageFailed': 'Your language could not be loaded, so this is shown in English for now.',
} as const;
