// "Discard this draft" (shared devices): asked in place, then every trace of the draft goes.
// Shown only with a loaded draft, so it travels in the schemas' chunk (core/schemas.ts).
export const discard = {
  'draft.discard': 'Discard this draft',
  'draft.discard.confirm':
    'Discard this draft? Everything written in it is deleted from this device and cannot be brought back. Anything already submitted stays.',
  'draft.discard.yes': 'Discard the draft',
  'draft.discard.no': 'Keep it',
  'draft.kept': 'We kept what you wrote here on {date}. It stays on this device until you submit it or discard it.',
  'draft.replaced':
    'You started typing before your earlier text had loaded. What you typed is kept; you can bring the earlier text back instead.',
  'draft.restoreEarlier': 'Restore earlier text',
} as const;
