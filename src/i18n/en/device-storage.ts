// English for a full disk at submit and after delivery: the entry sent from memory, or
// copied by hand when it cannot be sent.
export const deviceStorage = {
  'device.sendingUnsaved': 'Not saved on this device (its storage is full): sending now…',
  'device.unsentCopy':
    'Not saved on this device, and it could not be sent. Copy your answers so they are not lost, then try again.',
  'device.answers': 'Your answers',
  'device.copy': 'Copy your answers',
  'device.copied': 'Copied.',
  'device.deliveredNotRecorded':
    'Sent to your clinician. This device’s storage is full, so it could not keep a note of that: free some space.',
} as const;
